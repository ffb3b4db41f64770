// Timeline: how long a change of the release window takes to reach the screen on the frontier chart
// (and everything else on the view that follows the window: the cadence chart, the tables' data).
// The 5,000-model case uses the generated dataset (benchmark only). Each sample is one window change,
// from the input event to the next paint after the chart shows the new window.

/** Types a day into the "From" date input the way the browser reports it (an input event). */
const typeFrom = `(day) => {
  const input = document.querySelector('.tl-window input[type=date]');
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  setter.call(input, day);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}`;
const showsFrom = `(day) => document.querySelector('.tl-frontier')?.dataset.from === day`;

/** Clicks a quick-window button by its text ("2023", "Whole period"). */
const clickPreset = `(label) => {
  const button = [...document.querySelectorAll('.tl-window__presets button')].find((b) => b.textContent === label);
  button.click();
}`;
const presetShown = `(label) => {
  const from = document.querySelector('.tl-frontier')?.dataset.from;
  return label === 'Whole period' ? from === '' : from === label + '-01-01';
}`;

const DAYS = ['2023-02-01', '2024-03-15', '2023-06-10', '2024-09-01', '2023-11-20', '2024-12-05', '2023-04-04', '2024-06-30'];
const PRESETS = ['2023', '2024', 'Whole period', '2025'];

async function sample(ctx, page, trigger, ready, args, n) {
  const out = [];
  // Two warm-up changes, not counted.
  for (let i = 0; i < n + 2; i++) {
    const ms = await ctx.timeInteraction(page, trigger, ready, args[i % args.length]);
    if (i >= 2) out.push(ms);
  }
  return out;
}

export default {
  name: 'timeline',
  budgets: {
    'synthetic 5000: window change (typed from date)': { stat: 'p95', ms: 200 },
    'synthetic 5000: window change (quick window)': { stat: 'p95', ms: 200 },
    'real: window change (typed from date)': { stat: 'p95', ms: 200 },
  },
  async run(ctx) {
    const results = {};
    {
      const { page, close } = await ctx.openPage('/timeline', ctx.datasets.synthetic5000);
      await page.waitForSelector('.tl-frontier');
      results['synthetic 5000: window change (typed from date)'] = await sample(ctx, page, typeFrom, showsFrom, DAYS, 60);
      results['synthetic 5000: window change (quick window)'] = await sample(ctx, page, clickPreset, presetShown, PRESETS, 60);
      await close();
    }
    {
      const { page, close } = await ctx.openPage('/timeline', ctx.datasets.real);
      await page.waitForSelector('.tl-frontier');
      results['real: window change (typed from date)'] = await sample(ctx, page, typeFrom, showsFrom, DAYS, 60);
      await close();
    }
    return results;
  },
};
