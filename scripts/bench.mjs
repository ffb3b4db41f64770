// Interaction benchmarks in Debian's Chromium against the production build. Prints figures; exits 1
// when a budget is missed. Not part of `npm test` (timings belong in a report, not in a flaky test).
// Usage: npm run bench            (builds first if dist/ is missing)
// Each scenario in scripts/bench/scenarios/*.mjs exports { name, budgets, run(ctx) }.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { syntheticDataset } from './bench/synthetic-dataset.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4179);
const BASE = `http://127.0.0.1:${PORT}`;

if (!existsSync('dist/index.html')) {
  console.log('Building…');
  if (spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
const stopServer = () => {
  try {
    process.kill(-server.pid);
  } catch {
    /* already gone */
  }
};
process.on('exit', stopServer);
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(BASE)).ok) break;
  } catch {
    /* not up yet */
  }
  await sleep(100);
}

const real = JSON.parse(readFileSync('public/data/dataset.json', 'utf8'));
const datasets = { real, synthetic5000: syntheticDataset(real, 5000) };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** A page at `path` whose dataset request is answered with `dataset`. */
async function openPage(path, dataset, viewport = { width: 1366, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.route('**/data/dataset.json', (route) => route.fulfill({ json: dataset }));
  await page.goto(BASE + path, { waitUntil: 'networkidle' });
  return { page, close: () => context.close() };
}

/**
 * Times one interaction inside the page: from just before `trigger` runs to the next paint after the
 * DOM satisfies `ready` (React commits discrete events synchronously; the paint is one frame later).
 * `trigger` and `ready` are function sources evaluated in the page.
 */
async function timeInteraction(page, trigger, ready = '() => true', arg = null) {
  return page.evaluate(
    async ({ trigger, ready, arg }) => {
      const t = new Function(`return (${trigger})`)();
      const r = new Function(`return (${ready})`)();
      const nextPaint = () => new Promise((res) => requestAnimationFrame(() => setTimeout(res, 0)));
      const t0 = performance.now();
      t(arg);
      const deadline = t0 + 5000;
      while (!r(arg)) {
        if (performance.now() > deadline) throw new Error('interaction did not finish within 5 s');
        await new Promise((res) => setTimeout(res, 0));
      }
      await nextPaint();
      return performance.now() - t0;
    },
    { trigger, ready, arg },
  );
}

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { n: s.length, median: at(0.5), p95: at(0.95), max: s[s.length - 1] };
}

const ctx = { openPage, timeInteraction, datasets };
const dir = new URL('./bench/scenarios/', import.meta.url);
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort() : [];
let failed = false;
console.log(`Chromium ${browser.version()}, ${files.length} scenario file(s)\n`);
for (const file of files) {
  const scenario = (await import(new URL(file, dir))).default;
  for (const [label, samples] of Object.entries(await scenario.run(ctx))) {
    const st = stats(samples);
    const budget = scenario.budgets?.[label];
    let verdict = '';
    if (budget) {
      const value = st[budget.stat];
      const ok = value < budget.ms;
      failed ||= !ok;
      verdict = `  budget ${budget.stat} < ${budget.ms} ms: ${ok ? 'PASS' : 'FAIL'}`;
    }
    console.log(
      `${scenario.name} — ${label}: n=${st.n} median ${st.median.toFixed(1)} ms, p95 ${st.p95.toFixed(1)} ms, max ${st.max.toFixed(1)} ms${verdict}`,
    );
  }
}
await browser.close();
stopServer();
process.exit(failed ? 1 : 0);
