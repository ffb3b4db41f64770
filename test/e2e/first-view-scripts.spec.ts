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
