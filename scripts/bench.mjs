// The performance budgets, measured side by side with the floor (../shared/perf/floor: the same stack
// drawing the same 43 bars and table) in one run on this machine, and printed. Not a test: timings
// belong in a report. Needs Node 20 and Debian's Chromium (CHROMIUM_PATH / CHROME_PATH).
//   npm run bench                 everything (about 10 minutes on two cores)
//   BENCH_SKIP=js,lighthouse,5000 npm run bench   leave parts out; BENCH_ONLY=regex picks interactions;
//   BENCH_NO_BUILD=1 serves the dist/ there is
// Ports: APP_PORT (4602) for the app, FLOOR_PORT (4601) for the floor.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { cpuPerClick } from './bench/cpu-per-click.mjs';
import { lighthouse } from './bench/lighthouse.mjs';
import { buildApp, buildFloor, serve } from './bench/servers.mjs';
import { syntheticDataset } from './bench/synthetic-dataset.mjs';

const APP = `http://127.0.0.1:${process.env.APP_PORT ?? 4602}`;
const FLOOR = `http://127.0.0.1:${process.env.FLOOR_PORT ?? 4601}`;
const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
/** Budgets as ratios to the floor (issue 8). */
const JS_RATIO = 1.1;
const CPU_RATIO = 1.0;
const CPU_STRETCH = 0.7;
const CHART = '.ranked-chart__svg, svg.recharts-surface, main svg';

const stopApp = await serve(process.env.BENCH_NO_BUILD ? process.cwd() : buildApp(), Number(new URL(APP).port));
const stopFloor = await serve(buildFloor(), Number(new URL(FLOOR).port));

const real = JSON.parse(readFileSync('public/data/dataset.json', 'utf8'));
const big = syntheticDataset(real, 5000);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
console.log(`\nChromium ${browser.version()}, Node ${process.version}\n`);

/** A page at `url`, the chart drawn; with `dataset`, the app's dataset request is answered with it. */
async function open(url, dataset) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  const scripts = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.push(r);
  });
  if (dataset) await page.route('**/data/dataset.json', (route) => route.fulfill({ json: dataset }));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator(CHART).first().waitFor({ timeout: 120_000 });
  await page.waitForTimeout(1000);
  return { page, scripts, close: () => context.close() };
}

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const ms = (x) => `${x.toFixed(1).padStart(6)} ms`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

// First-view JavaScript: every script loaded until the first chart is drawn, gzipped (level 9).
async function firstViewJs(url) {
  const { page, scripts, close } = await open(url);
  let total = 0;
  // A worker's script: the protocol keeps no body for it, so it is fetched again (from the same server).
  const bodyOf = (r) => r.body().catch(() => page.request.get(r.url()).then((again) => again.body()));
  for (const r of scripts) total += gzipSync(await bodyOf(r), { level: 9 }).length;
  await close();
  return { total, files: scripts.length };
}
if (!skip.has('js')) {
  const jsApp = await firstViewJs(`${APP}/`);
  const jsFloor = await firstViewJs(`${FLOOR}/`);
  console.log('First-view JavaScript (gzip, every script until the first chart)');
  console.log(`  app   ${kb(jsApp.total)} in ${jsApp.files} files`);
  console.log(`  floor ${kb(jsFloor.total)} in ${jsFloor.files} files`);
  console.log(`  ratio ${ratio(jsApp.total, jsFloor.total)} (budget ≤ ${JS_RATIO}×: ${jsApp.total <= JS_RATIO * jsFloor.total ? 'met' : 'MISSED'})\n`);
}

// CPU per filter click.
const ACTIONS = [
  ['leaderboard region toggle', '/', { role: 'button', on: 'China', off: 'All' }],
  ['leaderboard lab checkbox', '/', { role: 'checkbox', on: 'DeepSeek' }],
  ['leaderboard search keystroke', '/', { type: 'input[type=search]', keys: ['d', 'Backspace'] }],
  ['timeline region toggle', '/timeline', { role: 'button', on: 'China', off: 'All' }],
  ['price scatter region toggle', '/price', { role: 'button', on: 'China', off: 'All' }],
];
async function measure(url, action, dataset) {
  const { page, close } = await open(url, dataset);
  try {
    return await cpuPerClick(page, action);
  } finally {
    await close();
  }
}
const floor = await measure(`${FLOOR}/`, { role: 'checkbox', on: 'Only fruit' });
const line = (label, r) =>
  `  ${label.padEnd(40)} CPU median ${ms(r.cpu.median)} (p90 ${ms(r.cpu.p90)})   wall median ${ms(r.wall.median)}`;
console.log('CPU per filter click (ThreadTime, click to settled, median of 20; wall time = input to next paint)');
console.log(line('floor: "Only fruit" checkbox', floor));
for (const dataset of skip.has('5000') ? ['real'] : ['real', '5000']) {
  for (const [label, path, action] of ACTIONS.filter(([l]) => new RegExp(process.env.BENCH_ONLY ?? '').test(l))) {
    const r = await measure(APP + path, action, dataset === 'real' ? undefined : big);
    const x = r.cpu.median / floor.cpu.median;
    const verdict = x <= CPU_STRETCH ? 'stretch met' : x <= CPU_RATIO ? 'met' : 'MISSED';
    console.log(`${line(`${dataset === 'real' ? '' : '5,000 models: '}${label}`, r)}   ${x.toFixed(2)}× floor${dataset === 'real' ? ` (budget ≤ ${CPU_RATIO}×: ${verdict})` : ''}`);
  }
}
await browser.close();

if (!skip.has('lighthouse')) {
  console.log('\nLighthouse 12.2.3, mobile, performance (two runs each)');
  console.log('                  score  main-thread  TBT       CLS     LCP');
  for (const [name, url] of [['app', `${APP}/`], ['floor', `${FLOOR}/`]]) {
    for (let i = 0; i < 2; i++) {
      const r = lighthouse(url);
      console.log(`  ${name.padEnd(6)} run ${i + 1}   ${String(r.score).padStart(3)}    ${r.mainThreadS.toFixed(1).padStart(5)} s   ${String(Math.round(r.tbtMs)).padStart(5)} ms  ${r.cls.toFixed(3)}   ${r.lcpS.toFixed(1)} s`);
    }
  }
}
stopApp();
stopFloor();
