import { expect, test, type Locator, type Page } from '@playwright/test';
import { waitForView } from './helpers';

/** The tooltip lies inside the viewport, left to right. */
async function expectOnScreen(page: Page, tooltip: Locator) {
  await expect(tooltip).toBeVisible();
  const box = (await tooltip.boundingBox())!;
  const width = page.viewportSize()!.width;
  expect(box.x, 'tooltip left edge').toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, 'tooltip right edge').toBeLessThanOrEqual(width);
}

test.describe('at 360 px, every chart keeps its tooltip on screen', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('the frontier chart: first, middle and last points', async ({ page }) => {
    await page.goto('/timeline');
    await waitForView(page, 'Timeline');
    const plot = page.getByRole('group', { name: /Frontier chart with \d+ models/ });
    const tooltip = page.locator('.tl-chart .chart-tooltip');
    await plot.focus();
    await page.keyboard.press('Home');
    await expectOnScreen(page, tooltip);
    await page.keyboard.press('PageUp');
    await expectOnScreen(page, tooltip);
    await page.keyboard.press('End');
    await expectOnScreen(page, tooltip);
    await page.keyboard.press('PageDown');
    await expectOnScreen(page, tooltip);
  });

  test('the leaderboard bars', async ({ page }) => {
    await page.goto('/');
    await waitForView(page, 'Leaderboard');
    const bar = page.locator('.ranked-chart').first().locator('.ranked-bar').first();
    await bar.hover();
    await expectOnScreen(page, page.locator('.chart-tooltip'));
  });

  test('the chips chart: the leftmost and rightmost chips', async ({ page }) => {
    await page.goto('/export-controls');
    await waitForView(page, 'Export controls');
    const tooltip = page.locator('.ec-chart .chart-tooltip');
    for (const id of ['l2', 'b200', 'h20']) {
      await page.locator(`[data-chip="${id}"]`).focus();
      await expectOnScreen(page, tooltip);
    }
  });

  test('a lab chart', async ({ page }) => {
    await page.goto('/labs/deepseek');
    await waitForView(page, /DeepSeek/);
    const points = page.locator('.lab-chart__point');
    await expect(points.first()).toBeVisible();
    for (const point of [points.first(), points.last()]) {
      await point.hover();
      await expectOnScreen(page, page.locator('.lab-chart__plot .chart-tooltip'));
    }
  });
});
