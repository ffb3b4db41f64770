import { expect, test, type Page } from '@playwright/test';
import { expectAxeClean, expectNoHorizontalScroll, waitForView, watchConsole } from './helpers';

interface DatasetJson {
  labs: Array<{ id: string; country: string }>;
  models: Array<{ id: string; labId: string; price: { inputUsdPerM: number | null; outputUsdPerM: number | null }; scores: Array<{ preferred?: boolean }> }>;
}

const dots = (page: Page) => page.locator('.price-dot');
const twin = (page: Page) => page.getByRole('table', { name: 'The plotted models: index value and blended price' });
const readout = (page: Page) => page.getByTestId('cost-readout');
/** Table twin columns after the model (row header): lab, country, index, status, input, output, blended, date, provider, frontier. */
const COL = { lab: 0, country: 1, index: 2, blended: 6, frontier: 9 };

async function column(page: Page, i: number): Promise<string[]> {
  return twin(page)
    .locator('tbody tr')
    .evaluateAll((rows, j) => rows.map((r) => r.querySelectorAll('td')[j]?.textContent?.trim() ?? ''), i);
}
async function showTable(page: Page) {
  await page.getByRole('tab', { name: 'Table', exact: true }).click();
  await expect(twin(page)).toBeVisible();
}

/** Models with a preferred score and both prices, from the dataset itself. */
function plottable(data: DatasetJson, keep: (m: DatasetJson['models'][number]) => boolean = () => true): string[] {
  return data.models.filter((m) => m.price.inputUsdPerM !== null && m.price.outputUsdPerM !== null && m.scores.some((s) => s.preferred) && keep(m)).map((m) => m.id);
}

test.describe('intelligence vs price', () => {
  test('the scatter and its table twin follow the region filter and the URL', async ({ page, request }) => {
    const data = (await (await request.get('/data/dataset.json')).json()) as DatasetJson;
    const country = new Map(data.labs.map((l) => [l.id, l.country]));
    const all = plottable(data);
    const chinese = plottable(data, (m) => country.get(m.labId) === 'CN');
    const noConsoleErrors = watchConsole(page);
    await page.goto('/price');
    await waitForView(page, 'Intelligence vs price');
    await expect(dots(page)).toHaveCount(all.length);
    await page.getByRole('group', { name: 'Region' }).getByRole('button', { name: 'China' }).click();
    await expect(page).toHaveURL(/\/price\?region=china$/);
    await expect(dots(page)).toHaveCount(chinese.length);
    expect(new Set(await dots(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-model'))))).toEqual(new Set(chinese));
    await showTable(page);
    await expect(twin(page).locator('tbody tr')).toHaveCount(chinese.length);
    expect((await column(page, COL.country)).every((c) => c === 'China')).toBe(true);
    // Models without a blended price are listed, never drawn at 0.
    await expect(page.getByTestId('not-priced')).toContainText('Qwen2.5-Max');
    await expect(page.getByTestId('not-priced')).toContainText('input only');
    noConsoleErrors();
  });

  test('the lab filter: only DeepSeek is drawn and tabulated; the readout says the US side has nothing', async ({ page, request }) => {
    const data = (await (await request.get('/data/dataset.json')).json()) as DatasetJson;
    const deepseek = plottable(data, (m) => m.labId === 'deepseek');
    await page.goto('/price?labs=deepseek');
    await waitForView(page, 'Intelligence vs price');
    await expect(dots(page)).toHaveCount(deepseek.length);
    await expect(readout(page)).toContainText('No US model that passes the filters has both an index value and a blended price');
    await showTable(page);
    expect(new Set(await column(page, COL.lab))).toEqual(new Set(['DeepSeek']));
  });

  test('the frontier line joins exactly the cheapest model at or above each level', async ({ page }) => {
    await page.goto('/price');
    await waitForView(page, 'Intelligence vs price');
    const frontierDots = page.locator('.price-dot--frontier');
    const n = await frontierDots.count();
    expect(n).toBeGreaterThan(1);
    // A staircase through n models has 2n - 1 vertices.
    const d = (await page.getByTestId('price-frontier').getAttribute('d')) ?? '';
    expect(d.match(/[ML]/g)).toHaveLength(2 * n - 1);
    await showTable(page);
    const values = (await column(page, COL.index)).map(parseFloat);
    const prices = (await column(page, COL.blended)).map(parseFloat);
    const onFrontier = (await column(page, COL.frontier)).map((c) => c === 'yes');
    expect(onFrontier.filter(Boolean)).toHaveLength(n);
    values.forEach((v, i) => {
      const cheapestAtOrAbove = Math.min(...prices.filter((_, j) => (values[j] ?? -1) >= v));
      if (onFrontier[i]) expect(prices[i]).toBe(cheapestAtOrAbove);
      else expect(prices[i]).toBeGreaterThanOrEqual(cheapestAtOrAbove);
    });
  });

  test('the cost readout compares the cheapest Chinese and US models at the level both reach', async ({ page }) => {
    await page.goto('/price');
    await waitForView(page, 'Intelligence vs price');
    await expect(readout(page)).toContainText('At index 89 or above, the cheapest Chinese model is DeepSeek-R1 at $0.96');
    await expect(readout(page)).toContainText('the cheapest US model is o3-mini at $1.93');
    await expect(readout(page)).toContainText('The US model costs 2.0× as much.');
    // The region filter does not change it.
    await page.getByRole('group', { name: 'Region' }).getByRole('button', { name: 'United States' }).click();
    await expect(page).toHaveURL(/region=us/);
    await expect(readout(page)).toContainText('DeepSeek-R1 at $0.96');
  });

  test('axe clean, and fits 360 px', async ({ page }) => {
    await page.goto('/price');
    await waitForView(page, 'Intelligence vs price');
    await expect(dots(page).first()).toBeVisible();
    await expectAxeClean(page);
    await page.setViewportSize({ width: 360, height: 780 });
    await expect(dots(page).first()).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectAxeClean(page);
  });
});
