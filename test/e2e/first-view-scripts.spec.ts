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
  await expect(page.locator('svg.recharts-surface').first()).toBeVisible({ timeout: LOAD_TIMEOUT });
  // The frame's buttons are on the first screen: their chunk is part of the first view, and counted.
  await expect(page.getByRole('button', { name: /^Share/ }).first()).toBeVisible({ timeout: LOAD_TIMEOUT });
  const counted = [...firstViewChunks('dist')].sort();
  await expect.poll(() => [...loaded].sort(), { timeout: 60_000 }).toEqual(counted);
});

// The start page asks for its view's chunks with the entry (an inline script in index.html, allowed by
// its hash); another page does not download the leaderboard's code it will not show.
test("only the start page preloads the leaderboard's chunks, and the policy allows the script that does it", async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const preloaded = () => page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map((l) => new URL(l.href).pathname.split('/').pop() ?? ''));
  await page.goto('/');
  await waitForViewLoaded(page, /^Leaderboard$/);
  expect((await preloaded()).some((f) => /^leaderboard-view-/.test(f))).toBe(true);
  await page.goto('/timeline');
  await waitForViewLoaded(page, /^Timeline$/);
  expect((await preloaded()).some((f) => /^leaderboard-view-/.test(f))).toBe(false);
  expect(violations).toEqual([]);
});
