import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Collects console errors and uncaught exceptions; call the returned function to assert there were none. */
export function watchConsole(page: Page): () => void {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return () => expect(errors, 'console errors').toEqual([]);
}

/** An axe scan of the whole page (WCAG 2.x A and AA): no serious or critical violations. */
export async function expectAxeClean(page: Page): Promise<void> {
  // Judge colours once finite transitions and fades have ended (a colour-scheme switch or a fade-in
  // caught half-way reads as low contrast); endless ones, such as a loading shimmer, are not waited for.
  await page.waitForFunction(
    () => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
    null,
    { timeout: 60_000 },
  );
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(bad, 'serious or critical axe violations').toEqual([]);
}

/** The page does not scroll sideways (tables and charts scroll inside their own boxes). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  // Polled: after a viewport change the charts measure their new width on the next frames, not at once.
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), { message: 'horizontal page overflow in px', timeout: 30_000 })
    .toBeLessThanOrEqual(0);
}

/** Waits until the dataset has loaded and the view's heading is drawn. */
export async function waitForView(page: Page, heading: string | RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  // A part drawn just after the first paint (the leaderboard's table) is there too.
  await expect(page.locator('[data-pending-paint]')).toHaveCount(0);
}
