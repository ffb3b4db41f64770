import { expect, test, type Page } from '@playwright/test';
import { waitForView } from './helpers';

/** A direct label's box lies inside the plot's box. */
async function expectLabelInPlot(page: Page, modelId: string) {
  const label = page.locator(`.tl-point-label[data-model-id="${modelId}"]`);
  await expect(label).toBeVisible();
  const box = (await label.boundingBox())!;
  const plot = (await page.locator('.tl-plot').boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(plot.x - 0.5);
  expect(box.x + box.width).toBeLessThanOrEqual(plot.x + plot.width + 0.5);
  expect(box.y).toBeGreaterThanOrEqual(plot.y - 0.5);
  expect(box.y + box.height).toBeLessThanOrEqual(plot.y + plot.height + 0.5);
}

for (const width of [1366, 390]) {
  test(`o1 and DeepSeek-R1 are named on the frontier at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    await page.goto('/timeline');
    await waitForView(page, 'Timeline');
    await expectLabelInPlot(page, 'o1');
    await expectLabelInPlot(page, 'deepseek-r1');
    await expect(page.locator('.tl-point-label[data-model-id="o1"]')).toHaveText('o1');
    await expect(page.locator('.tl-point-label[data-model-id="deepseek-r1"]')).toHaveText('DeepSeek-R1');
  });
}

test('at 390 px the frontier tooltip stays inside the viewport, first to last point', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/timeline');
  await waitForView(page, 'Timeline');
  const plot = page.getByRole('group', { name: /Frontier chart with \d+ models/ });
  const tooltip = page.locator('.tl-chart .chart-tooltip');
  await plot.focus();
  for (const key of ['Home', 'PageDown', 'End', 'ArrowLeft']) {
    await page.keyboard.press(key);
    await expect(tooltip).toBeVisible();
    const box = (await tooltip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
});

test('clicking an event label brings its card into view and moves focus into it; Escape gives it back', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/timeline');
  await waitForView(page, 'Timeline');
  const marker = page.getByRole('toolbar', { name: /Export-control events on the axis/ }).getByRole('button', { name: /17 Oct 2023/ });
  await marker.click();
  const card = page.getByRole('region', { name: 'BIS updates the advanced computing rules (October 2023)' });
  await expect(card).toBeFocused();
  await expect(card).toBeInViewport();
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(marker).toBeFocused();
});

test('a link to an unknown model says so and cleans the address', async ({ page }) => {
  await page.goto('/timeline?model=nope&region=china');
  await waitForView(page, 'Timeline');
  await expect(page.getByRole('status').filter({ hasText: 'No model with id “nope” in this dataset' })).toBeVisible();
  await expect(page).toHaveURL(/\/timeline\?region=china$/);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('the earlier events are a disclosure button, not a text field', async ({ page }) => {
  await page.goto('/timeline');
  await waitForView(page, 'Timeline');
  const summary = page.locator('.tl-disclosure[data-list="earlier"] > summary');
  await expect(summary).toHaveText(/^\d+ earlier events?, before the axis starts$/);
  await expect(summary).toHaveCSS('cursor', 'pointer');
  await summary.click();
  await expect(page.locator('.tl-disclosure[data-list="earlier"]')).toHaveAttribute('open', '');
});
