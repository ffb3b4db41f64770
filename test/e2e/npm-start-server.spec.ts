import { expect, test } from '@playwright/test';
import { watchConsole } from './helpers';
import { LOAD_TIMEOUT, waitForViewLoaded as waitForView } from './wait-long';

// Each test loads the app at least once; on a busy machine that alone can take many seconds.
test.describe.configure({ timeout: 90_000 });

// The same preview server `npm start` runs (vite preview with scripts/vite/preview-server-plugin.ts).
for (const path of ['/labs/%E0%A4%A', '/%%', '/timeline/%ZZ']) {
  test(`the server answers ${path} with the app's own not-found view`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    page.on('console', (msg) => {
      // The browser logs the page's own 404 status as a failed resource; anything else is an error of ours.
      if (msg.type() === 'error' && !msg.text().includes('status of 404')) errors.push(msg.text());
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await waitForView(page, 'Page not found');
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible({ timeout: LOAD_TIMEOUT });
    expect(errors).toEqual([]);
  });
}

test('a URL over 16 KB reaches the app, which cleans it', async ({ page }) => {
  const noConsoleErrors = watchConsole(page);
  const long = `/timeline?q=${'a'.repeat(20_000)}&region=china`;
  const response = await page.goto(long);
  expect(response?.status()).toBe(200);
  await waitForView(page, 'Timeline');
  await expect.poll(() => new URL(page.url()).search.length, { timeout: LOAD_TIMEOUT }).toBeLessThan(100);
  noConsoleErrors();
});

test('a URL too long for the server goes to the start page instead of an empty 431', async ({ page }) => {
  await page.goto(`/labs?q=${'b'.repeat(100_000)}`);
  await waitForView(page, 'Leaderboard');
  expect(new URL(page.url()).pathname).toBe('/');
});
