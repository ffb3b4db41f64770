// Leaderboard: time from a filter change (a click on a Region button) to the updated chart and table,
// painted. Alternates United States → China → All, so every change redraws both. Run with `npm run bench`.

const REGION_OF = { US: 'us', CN: 'cn' };
const CYCLE = [
  { label: 'United States', region: 'us' },
  { label: 'China', region: 'cn' },
  { label: 'All', region: 'all' },
];
const CHANGES = 60;
const WARM_UP = 6;
/** The chart draws at most this many bars (src/features/leaderboard/lib/chart-data.ts, MAX_BARS). */
const MAX_BARS = 50;

/** What the view must show after each change: the table caption's count and the number of bars. */
function expectations(dataset) {
  const country = new Map(dataset.labs.map((l) => [l.id, l.country]));
  const scale = dataset.meta.primaryScale;
  const out = {};
  for (const { region } of CYCLE) {
    const models = dataset.models.filter((m) => region === 'all' || (REGION_OF[country.get(m.labId)] ?? 'other') === region);
    const rated = models.filter((m) => m.scores.some((s) => s.preferred && s.scale === scale)).length;
    out[region] = { count: models.length, bars: Math.min(MAX_BARS, rated) };
  }
  return out;
}

// Evaluated in the page.
const trigger = `(arg) => {
  const group = [...document.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent === 'Region');
  const button = [...group.querySelectorAll('button')].find((b) => b.textContent.trim() === arg.label);
  button.click();
}`;
const ready = `(arg) => {
  const caption = document.querySelector('.lb-table caption');
  if (!caption || !caption.textContent.startsWith(arg.count + ' model')) return false;
  return document.querySelectorAll('.ranked-chart .ranked-bar').length === arg.bars;
}`;

async function measure(ctx, dataset) {
  const { page, close } = await ctx.openPage('/', dataset);
  await page.waitForSelector('.lb-table caption');
  const expected = expectations(dataset);
  const samples = [];
  for (let i = 0; i < WARM_UP + CHANGES; i++) {
    const step = CYCLE[(i % CYCLE.length + 0) % CYCLE.length];
    const arg = { label: step.label, ...expected[step.region] };
    const ms = await ctx.timeInteraction(page, trigger, ready, arg);
    if (i >= WARM_UP) samples.push(ms);
  }
  await close();
  return samples;
}

export default {
  name: 'leaderboard filter change → chart + table',
  budgets: {
    'real: region click': { stat: 'median', ms: 50 },
    'synthetic 5000: region click': { stat: 'p95', ms: 200 },
  },
  async run(ctx) {
    return {
      'real: region click': await measure(ctx, ctx.datasets.real),
      'synthetic 5000: region click': await measure(ctx, ctx.datasets.synthetic5000),
    };
  },
};
