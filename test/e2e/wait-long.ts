import { expect, type Page } from '@playwright/test';

/** Loading the dataset and a view's chunk can take many seconds on a busy machine: wait for state, generously. */
export const LOAD_TIMEOUT = 30_000;

/** Waits until the view's heading is drawn (the dataset loaded and the view's chunk arrived). */
export async function waitForViewLoaded(page: Page, heading: string | RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({ timeout: LOAD_TIMEOUT });
  // A part drawn just after the first paint (the leaderboard's table) is there too.
  await expect(page.locator('[data-pending-paint]')).toHaveCount(0, { timeout: LOAD_TIMEOUT });
}
