import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { waitForView } from './helpers';

async function downloadSvg(page: Page, figure: Locator): Promise<string> {
  const menu = figure.getByRole('button', { name: 'Download', exact: true });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  const [file] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: 'Image (SVG)' }).click()]);
  return readFileSync(await file.path(), 'utf8');
}

/** The status marks in the chart of a downloaded SVG (not its legend), by shape: a closed four-point diamond, a plus of two strokes. */
async function marksIn(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const paths = [...doc.querySelectorAll('svg.print-chart path')].map((p) => ({ d: p.getAttribute('d') ?? '', stroke: p.getAttribute('stroke') ?? '' }));
    return {
      diamonds: paths.filter((p) => /^M[\d.,-]+(L[\d.,-]+){3}Z$/.test(p.d)),
      pluses: paths.filter((p) => /^M[\d.,-]+H[\d.-]+M[\d.,-]+V[\d.-]+$/.test(p.d)),
      dashedBars: [...doc.querySelectorAll('svg.print-chart rect[stroke-dasharray]')].filter((r) => !['none', '0', ''].includes(r.getAttribute('stroke-dasharray') ?? '')).length,
    };
  }, svg);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the ranked bars carry their status as marks on screen and in the downloaded SVG (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1366, height: 900 });
    // Estimates are in the chart once the shared scope takes them in (the default scope leaves them out).
    await page.goto('/?scope=all');
    await waitForView(page, 'Leaderboard');
    const figure = page.getByRole('figure', { name: /Models ranked by intelligence index/ });
    const chart = figure.locator('.ranked-chart');
    await expect(chart.locator('.ranked-bar').first()).toBeVisible();
    const asStated = await chart.locator('.status-mark--as-stated').count();
    const estimates = await chart.locator('.status-mark--estimate').count();
    expect(asStated, 'values stated only in a write-up are marked').toBeGreaterThan(0);
    expect(estimates, 'estimates are marked').toBeGreaterThan(0);
    // Every bar is in full colour: no pale or outlined bar is left.
    const fills = await chart.locator('.ranked-bar > rect:first-child').evaluateAll((rects) => rects.map((r) => getComputedStyle(r).fill));
    expect(new Set(fills).size, 'one fill per region').toBeLessThanOrEqual(3);
    // The legend keys both marks.
    const legend = figure.getByRole('list', { name: 'Bar styles and marks' });
    await expect(legend).toContainText('diamond: stated only in a write-up');
    await expect(legend).toContainText('plus: AA estimate');

    const marks = await marksIn(page, await downloadSvg(page, figure));
    expect(marks.diamonds.length).toBe(asStated);
    expect(marks.pluses.length).toBe(estimates);
    expect(marks.dashedBars).toBe(0);
    // Drawn in the text colour of the theme, resolved (the file does not depend on the page's stylesheet).
    for (const mark of [...marks.diamonds, ...marks.pluses]) expect(mark.stroke).toBe(scheme === 'dark' ? 'rgb(232, 234, 238)' : 'rgb(22, 24, 29)');
  });
}

test('in the default scope (no estimates, nothing after the report) the marks legend keys neither, in both modes', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  for (const [url, name] of [
    ['/', /Models ranked by intelligence index/],
    ['/?mode=compare', /Best models of each side/],
  ] as const) {
    await page.goto(url);
    await waitForView(page, 'Leaderboard');
    const figure = page.getByRole('figure', { name });
    await expect(figure.locator('.ranked-bar').first()).toBeVisible();
    await expect(figure.locator('.status-mark--estimate')).toHaveCount(0);
    const legend = figure.getByRole('list', { name: 'Bar styles and marks' });
    await expect(legend).toContainText('diamond: stated only in a write-up');
    await expect(legend).not.toContainText('estimate');
    await expect(legend).not.toContainText('after the report');
  }
});

test('a lab chart marks an estimate beside its full-colour marker, and keys it', async ({ page }) => {
  await page.goto('/labs/openai');
  const figure = page.getByRole('figure', { name: /OpenAI: index of its models/ });
  await expect(figure.locator('.lab-chart__plot .status-mark--estimate')).toHaveCount(1);
  await expect(figure.getByRole('list', { name: 'Legend' }).locator('.status-mark--estimate')).toHaveCount(1);
});
