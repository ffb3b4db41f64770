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
  await expect(page.getByText(/October 2022 rule:.*Restricted: A100 SXM4 80GB, H100 SXM5, H100 PCIe.*Designed to fit under it: A800 SXM, H800 SXM\./)).toBeVisible();
  await expect(page.getByText(/October 2023 rule:.*Moved from allowed to restricted: A800 SXM, H800 SXM, L40S\..*Designed to fit under it: H20, L20, L2/)).toBeVisible();
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
