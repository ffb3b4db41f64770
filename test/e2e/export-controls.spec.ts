import { expect, test } from '@playwright/test';
import { expectAxeClean, expectNoHorizontalScroll, waitForView, watchConsole } from './helpers';

/** Where a partial ISO date sits in time: a month mid-month, a year mid-year (as the dashboard places them). */
function timeOf(date: string) {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  return m === undefined ? Date.UTC(y, 6, 1) : d === undefined ? Date.UTC(y, m - 1, 15) : Date.UTC(y, m - 1, d);
}

test('the export controls view lists every event in date order, later ones set apart', async ({ page, request }) => {
  const noConsoleErrors = watchConsole(page);
  const dataset = await (await request.get('/data/dataset.json')).json();
  await page.goto('/export-controls');
  await waitForView(page, 'Export controls');
  const before = await page.getByRole('list', { name: /up to the report, in date order/ }).locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
  const after = await page.getByRole('list', { name: /after the report, in date order/ }).locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
  const all = [...before, ...after];
  expect(all).toHaveLength(dataset.events.length);
  expect(all.map(timeOf)).toEqual([...all.map(timeOf)].sort((a, b) => a - b));
  expect(after.every((d) => d > dataset.meta.report.publishedBy)).toBe(true);
  expect(before.every((d) => d <= dataset.meta.report.publishedBy)).toBe(true);
  for (const title of ['Licence required for NVIDIA H20 and AMD MI308 exports to China', 'BIS rescinds the AI Diffusion Rule; guidance on Huawei Ascend chips', 'US allows H20 and MI308 sales to China again'])
    await expect(page.getByRole('region', { name: 'After the report' }).getByRole('heading', { name: title })).toBeVisible();
  noConsoleErrors();
});

test('the chip table shows A100/H100 → A800/H800 → H20/L20/L2, and China in Tier 3', async ({ page }) => {
  await page.goto('/export-controls');
  await waitForView(page, 'Export controls');
  // Lists read as the language writes them (Intl.ListFormat): "A, B and C".
  await expect(page.getByText(/October 2022 rule:.*Restricted: A100 SXM4 80GB, H100 SXM5, H100 PCIe.*Designed to fit under it: A800 SXM and H800 SXM\./)).toBeVisible();
  await expect(page.getByText(/October 2023 rule:.*Moved from allowed to restricted: A800 SXM, H800 SXM and L40S\..*Designed to fit under it: H20, L20, L2/)).toBeVisible();
  const table = page.getByRole('table', { name: /Accelerators against the rules/ });
  await expect(table.getByRole('row', { name: /^NVIDIA H20 designed/ })).toContainText('Fits under (designed to)');
  await expect(page.getByText('China falls in Tier 3.')).toBeVisible();
  const entity = page.getByRole('table', { name: /Labs added to the US Entity List/ });
  await expect(entity.getByRole('rowheader')).toHaveText(['Huawei', 'Zhipu AI']);
});

test('the kind filter is kept in the address and survives a reload', async ({ page }) => {
  await page.goto('/export-controls');
  await waitForView(page, 'Export controls');
  await page.getByRole('checkbox', { name: /^Chip rule/ }).uncheck();
  await page.getByRole('checkbox', { name: /^China-specific chip/ }).uncheck();
  await expect(page).toHaveURL(/\?kinds=diffusion-rule,entity-list,reported-deliberation$/);
  await page.reload();
  await waitForView(page, 'Export controls');
  await expect(page.getByRole('checkbox', { name: /^Chip rule/ })).not.toBeChecked();
  await expect(page.getByRole('list', { name: /up to the report/ }).getByRole('heading', { level: 3 })).toHaveText([
    'Huawei added to the US Entity List',
    'Framework for Artificial Intelligence Diffusion (three-tier rule)',
    'Zhipu AI and Sophgo added to the US Entity List',
    'Reports: Trump administration considers restricting H20 sales to China',
  ]);
});

test('the export controls view is axe clean (light and dark) and fits a phone', async ({ page }) => {
  // Two whole-page axe scans: each takes many seconds on a busy machine.
  test.slow();
  await page.goto('/export-controls');
  await waitForView(page, 'Export controls');
  await expectAxeClean(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectAxeClean(page);
  await page.setViewportSize({ width: 360, height: 780 });
  await expectNoHorizontalScroll(page);
});

test('“Models released after this” is a link to the timeline with the event pinned and the window set', async ({ page }) => {
  await page.goto('/export-controls');
  await waitForView(page, 'Export controls');
  const link = page.getByRole('article', { name: 'BIS updates the advanced computing rules (October 2023)' }).getByRole('link', { name: /^Models released after:/ });
  await expect(link).toHaveAttribute('href', '/timeline?from=2023-10-17&event=2023-10-bis-advanced-computing-update');
  await link.click();
  await waitForView(page, 'Timeline');
  await expect(page).toHaveURL(/\/timeline\?from=2023-10-17&event=2023-10-bis-advanced-computing-update$/);
  await expect(page.locator('.tl-frontier')).toHaveAttribute('data-from', '2023-10-17');
  await expect(page.locator('.tl-events [data-event-id="2023-10-bis-advanced-computing-update"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.tl-card')).toBeVisible();
});

test('the action is not offered where no model follows the event, with the reason', async ({ page, request }) => {
  const dataset = await (await request.get('/data/dataset.json')).json();
  const latest = dataset.models.filter((m: { releaseDate: string | null }) => m.releaseDate).sort((a: { releaseDate: string }, b: { releaseDate: string }) => b.releaseDate.localeCompare(a.releaseDate))[0];
  await page.goto('/export-controls');
  await waitForView(page, 'Export controls');
  const item = page.locator('article', { has: page.locator('time[datetime="2025-07"]') });
  const off = item.getByRole('link', { name: 'Models released after this' });
  await expect(off).toHaveAttribute('aria-disabled', 'true');
  await expect(off).not.toHaveAttribute('href');
  await expect(item.getByText(`No model in the data was released after Jul 2025; the latest is ${latest.name}`)).toBeVisible();
});

test('the October 2022 rule’s before/after readout says “not enough data”, and why', async ({ page }) => {
  await page.goto('/export-controls');
  await waitForView(page, 'Export controls');
  const item = page.locator('article', { has: page.locator('time[datetime="2022-10-07"]') });
  await expect(item.getByText('Not enough data to compare before and after this rule.')).toBeVisible();
  await expect(item.getByRole('table').getByText('not enough data')).toHaveCount(8);
  await expect(item.getByText(/the earliest Chinese model in the data is DeepSeek LLM 67B, released 29 Nov 2023/)).toBeVisible();
});

test('the chips chart shows each chip’s status under the chosen rule, with a table twin', async ({ page, request }) => {
  const dataset = await (await request.get('/data/dataset.json')).json();
  await page.goto('/export-controls');
  await waitForView(page, 'Export controls');
  const figure = page.getByRole('figure', { name: 'Chips against the export-control thresholds' });
  await expect(figure.getByRole('radio', { name: 'October 2023' })).toBeChecked();
  for (const id of ['h20', 'l20']) await expect(figure.locator(`[data-chip="${id}"]`)).toHaveAttribute('data-status', 'designed-to-fit');
  await figure.getByRole('radio', { name: 'October 2022' }).check();
  for (const id of ['a800-sxm', 'h800-sxm']) await expect(figure.locator(`[data-chip="${id}"]`)).toHaveAttribute('data-status', 'designed-to-fit');
  await expect(figure.locator('[data-chip="a100-sxm4-80gb"]')).toHaveAttribute('data-status', 'controlled');
  // Unknown values are never drawn at 0: a chip without a TPP is not drawn.
  await expect(figure.locator('[data-chip="mi308x"]')).toHaveCount(0);
  await figure.getByRole('tab', { name: 'Table' }).click();
  const rows = figure.getByRole('tabpanel', { name: 'Table' }).getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(dataset.chips.length);
});
