// Screenshots of views at desktop and phone widths, in light and dark, for looking at what we built.
// Usage: npm run build && npx vite preview --port 4173 & node scripts/screenshots.mjs [path ...]
// Env: BASE_URL (default http://127.0.0.1:4173), OUT (default screenshots/), SCREENS (tiles per page, default 3), CHROMIUM_PATH.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173';
const out = process.env.OUT ?? 'screenshots';
const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/', '/timeline', '/labs', '/labs/deepseek', '/export-controls', '/about'];
const sizes = [
  { name: 'desktop', width: 1366, height: 900 },
  { name: 'phone', width: 360, height: 780 },
];
const schemes = ['light', 'dark'];

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
for (const scheme of schemes) {
  for (const size of sizes) {
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, colorScheme: scheme, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(base + path, { waitUntil: 'networkidle' });
      // Wait for state, not for time: the view's heading is drawn, no loading skeleton is left, and nothing
      // waits for the first paint (the leaderboard's readouts and table).
      await page.waitForFunction(() => document.querySelector('main h1') && !document.querySelector('.skeleton, [data-pending-paint]'), null, { timeout: 60_000 });
      // Then its charts: every figure's body holds a chart laid out at a real width (not a legend's icon, not
      // a chart still being measured). A figure that draws none (an empty selection) is captured as it is.
      await page
        .waitForFunction(
          () => [...document.querySelectorAll('.chart-frame__body:not([hidden])')].every((body) => [...body.querySelectorAll('svg')].some((svg) => svg.getBoundingClientRect().width > 150)),
          null,
          { timeout: 20_000 },
        )
        .catch(() => console.warn(`${path}: a figure drew no chart within 20 s; captured as it is`));
      await page.evaluate(() => document.fonts.ready);
      // Sections below the fold skip rendering until scrolled near (content-visibility: auto), and a
      // full-page capture does not scroll: draw them as a reader scrolling there would see them.
      // (Set through the CSSOM: the page's CSP refuses an injected <style>.)
      await page.evaluate(() => {
        for (const el of document.querySelectorAll('body *')) if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
      });
      // Their first layout can add a line (a table's scroll hint): let it draw.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 100)))));
      const name = (path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home').slice(0, 80);
      // Screen-sized tiles (readable in an image viewer), up to SCREENS of them.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const screens = Math.min(Number(process.env.SCREENS ?? 3), Math.ceil(height / size.height));
      for (let i = 0; i < screens; i++) {
        const file = `${out}/${name}.${size.name}.${scheme}${i ? `.${i + 1}` : ''}.png`;
        await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: i * size.height, width: size.width, height: Math.min(size.height, height - i * size.height) } });
        console.log(file);
      }
    }
    await context.close();
  }
}
await browser.close();
