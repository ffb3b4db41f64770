import { expect, test } from '@playwright/test';
import { firstViewChunks } from '../../scripts/size/first-view-chunks.mjs';
import { LOAD_TIMEOUT, waitForViewLoaded } from './wait-long';

// `npm run size` budgets the start page's JavaScript from the build's files; `npm run bench` measures it
// in the browser (every script until the chart is drawn and the network is idle). This keeps the two the
// same: the browser loads exactly the chunks the size check counts, no more (a lazy chunk the page starts
// on its own, uncounted) and no fewer (a counted chunk that no longer loads there).
test('the start page loads exactly the scripts the size budget counts', async ({ page }) => {
  const loaded = new Set<string>();
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') loaded.add(new URL(response.url()).pathname.split('/').pop() ?? '');
  });
  await page.goto('/', { waitUntil: 'networkidle' });
  await waitForViewLoaded(page, /^Leaderboard$/);
  await expect(page.locator('.ranked-chart__svg').first()).toBeVisible({ timeout: LOAD_TIMEOUT });
  // The frame's buttons are on the first screen: their chunk is part of the first view, and counted.
  await expect(page.getByRole('button', { name: /^Share/ }).first()).toBeVisible({ timeout: LOAD_TIMEOUT });
  const counted = [...firstViewChunks('dist')].sort();
  await expect.poll(() => [...loaded].sort(), { timeout: 60_000 }).toEqual(counted);
});

// The shell paints first; only then do the dataset and the view's chunk start, together (on a slow link,
// bytes fetched alongside the shell's own would hold its first paint back). Another page does not download
// the leaderboard's code it will not show.
test("the dataset and the view's chunk are asked for after the first paint, and only the start page loads the leaderboard's code", async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const started = () =>
    page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity;
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const at = (re: RegExp) => resources.find((r) => re.test(new URL(r.name).pathname))?.startTime ?? -1;
      return { fcp, dataset: at(/\/data\/dataset\.json$/), view: at(/\/leaderboard-view-[\w-]+\.js$/) };
    });
  await page.goto('/');
  await waitForViewLoaded(page, /^Leaderboard$/);
  const first = await started();
  expect(first.fcp).toBeLessThan(Infinity);
  expect(first.dataset).toBeGreaterThanOrEqual(first.fcp);
  expect(first.view).toBeGreaterThanOrEqual(first.fcp);
  await page.goto('/timeline');
  await waitForViewLoaded(page, /^Timeline$/);
  expect((await started()).view).toBe(-1);
  expect(violations).toEqual([]);
});
