import { expect, test, type Page } from '@playwright/test';
import { expectAxeClean, expectNoHorizontalScroll, waitForView, watchConsole } from './helpers';

interface DatasetJson {
  labs: Array<{ id: string; name: string; country: string }>;
  meta: { report: { publishedBy: string } };
  models: Array<{ id: string; name: string; labId: string; releaseDate: string | null }>;
}

const table = (page: Page) => page.getByRole('table', { name: /in this selection/ });
const bodyRows = (page: Page) => table(page).locator('tbody tr');
/** Cells of a body row: rank, index, lab, country, released, open weights, reasoning (the model is the row header). */
const LAB = 2;
const COUNTRY = 3;

async function labsShown(page: Page): Promise<string[]> {
  return bodyRows(page).evaluateAll((rows, i) => rows.map((r) => r.querySelectorAll('td')[i]?.firstChild?.textContent?.trim() ?? ''), LAB);
}
async function countriesShown(page: Page): Promise<string[]> {
  return bodyRows(page).evaluateAll((rows, i) => rows.map((r) => r.querySelectorAll('td')[i]?.textContent?.trim() ?? ''), COUNTRY);
}
const gapReadout = (page: Page) => page.getByRole('article', { name: 'Best US vs best Chinese model' });

test.describe('leaderboard journeys', () => {
  test('filter to Alibaba: only Alibaba models remain, each lab shows its count, unticking brings others back', async ({ page, request }) => {
    const data = (await (await request.get('/data/dataset.json')).json()) as DatasetJson;
    // As of the report (the default scope): Alibaba's models released by the report's day (or undated).
    const inScope = (m: DatasetJson['models'][number]) => m.releaseDate === null || m.releaseDate <= data.meta.report.publishedBy;
    const alibabaModels = data.models.filter((m) => m.labId === 'alibaba' && inScope(m)).map((m) => m.name);
    const noConsoleErrors = watchConsole(page);
    await page.goto('/');
    await waitForView(page, 'Leaderboard');
    const labs = page.getByRole('group', { name: 'Labs' });
    const alibaba = labs.getByRole('checkbox', { name: /^Alibaba/ });
    await expect(alibaba).toHaveAccessibleName(new RegExp(`${alibabaModels.length} models$`));
    await labs.getByRole('button', { name: 'Only Alibaba' }).click();
    await expect(page).toHaveURL(/[?&]labs=alibaba(&|$)/);
    await expect(bodyRows(page)).toHaveCount(alibabaModels.length);
    expect(new Set(await labsShown(page))).toEqual(new Set(['Alibaba']));
    await expect(page.getByRole('button', { name: 'Remove filter: Lab: Alibaba' })).toBeVisible();
    // The last ticked lab cannot be unticked (no lab at all would mean every lab); ticking another adds it.
    await expect(alibaba).toBeDisabled();
    await labs.getByRole('checkbox', { name: /^DeepSeek/ }).check();
    await expect(page).toHaveURL(/[?&]labs=alibaba,deepseek(&|$)/);
    expect(new Set(await labsShown(page))).toEqual(new Set(['Alibaba', 'DeepSeek']));
    noConsoleErrors();
  });

  test('region China in one click: no US model remains, the URL says so; back restores, reload keeps it', async ({ page }) => {
    await page.goto('/');
    await waitForView(page, 'Leaderboard');
    const all = await bodyRows(page).count();
    const region = page.getByRole('group', { name: 'Region' });
    await region.getByRole('button', { name: 'China' }).click();
    await expect(region.getByRole('button', { name: 'China' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/\?region=china$/);
    await expect(bodyRows(page)).not.toHaveCount(all);
    const countries = await countriesShown(page);
    expect(countries.length).toBeGreaterThan(0);
    expect(countries.every((c) => c === 'China')).toBe(true);

    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(bodyRows(page)).toHaveCount(all);
    await expect(region.getByRole('button', { name: 'All' })).toHaveAttribute('aria-pressed', 'true');

    await page.goForward();
    await expect(page).toHaveURL(/\?region=china$/);
    await page.reload();
    await waitForView(page, 'Leaderboard');
    await expect(region.getByRole('button', { name: 'China' })).toHaveAttribute('aria-pressed', 'true');
    expect((await countriesShown(page)).every((c) => c === 'China')).toBe(true);
  });

  test('the open-weights filter changes the gap readout: China ahead, as the data says', async ({ page }) => {
    // With estimates and later releases (o3's 94+), the measured-only gap is given beside the headline.
    await page.goto('/?scope=all');
    await waitForView(page, 'Leaderboard');
    await expect(gapReadout(page)).toContainText('US ahead by 5 points');
    await expect(gapReadout(page)).toContainText('o3’s 94 is an Artificial Analysis estimate');
    await expect(gapReadout(page)).toContainText('Measured values only: o1 90 (US) vs DeepSeek-R1 89 (CN): US ahead by 1 point');
    await page.getByRole('group', { name: 'Open weights' }).getByRole('radio', { name: 'Open' }).check();
    await expect(page).toHaveURL(/\?scope=all&open=open$/);
    // Phi-4 (76) is the best open US model in the leaderboard snapshot.
    await expect(gapReadout(page)).toContainText('China ahead by 13 points');
    await expect(page.getByRole('article', { name: 'Months behind' })).toContainText('China ahead');
    await expect(page.getByRole('article', { name: 'Open-weights leader' })).toContainText('DeepSeek-R1 (China), 89');
    // The summary above the chart uses the same numbers and describes the chart.
    await expect(page.getByRole('figure', { name: 'Models ranked by intelligence index' })).toHaveAccessibleDescription(/leads the best US model.*by 13 points/);
  });

  test('the detail panel of DeepSeek-R1 shows 89 with its sources, and closes back to its row', async ({ page }) => {
    const noConsoleErrors = watchConsole(page);
    await page.goto('/');
    await waitForView(page, 'Leaderboard');
    const opener = table(page).getByRole('button', { name: 'DeepSeek-R1', exact: true });
    await opener.click();
    await expect(page).toHaveURL(/[?&]model=deepseek-r1/);
    const dialog = page.getByRole('dialog', { name: 'DeepSeek-R1' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { level: 2, name: 'DeepSeek-R1' })).toBeFocused();
    await expect(dialog.locator('.detail-index__value')).toHaveText('89');
    await expect(dialog).toContainText('measured');
    for (const id of ['S1', 'S2']) await expect(dialog.getByRole('link', { name: new RegExp(`^Source ${id}:`) }).first()).toBeVisible();
    await expect(dialog.getByRole('link', { name: 'DeepSeek: lab profile' })).toHaveAttribute('href', '/labs/deepseek');
    await expectAxeClean(page);

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page).not.toHaveURL(/model=/);
    await expect(opener).toBeFocused();
    noConsoleErrors();
  });

  test('the detail panel has its own URL, on any view, and back closes it', async ({ page }) => {
    await page.goto('/about?model=o1');
    const dialog = page.getByRole('dialog', { name: 'o1' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByText('Values in conflict')).toBeVisible();
    await expect(dialog).toContainText('94');
    await dialog.getByRole('button', { name: 'Close details of o1' }).click();
    await expect(dialog).toBeHidden();
    await page.goBack();
    await expect(page.getByRole('dialog', { name: 'o1' })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('the lab link in the detail panel goes to the lab and closes the panel', async ({ page }) => {
    await page.goto('/?region=china&model=qwen2-5-max');
    await page.getByRole('dialog', { name: 'Qwen2.5-Max' }).getByRole('link', { name: 'Alibaba: lab profile' }).click();
    await expect(page).toHaveURL(/\/labs\/alibaba\?region=china$/);
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('search finds labs by their Chinese names', async ({ page }) => {
    await page.goto('/');
    await waitForView(page, 'Leaderboard');
    const search = page.getByRole('searchbox', { name: 'Search models and labs' });
    await search.fill('通义千问');
    await expect(page).toHaveURL(/q=%E9%80%9A/);
    expect(new Set(await labsShown(page))).toEqual(new Set(['Alibaba']));
    await search.fill('月之暗面');
    await expect(table(page).getByRole('rowheader', { name: 'Kimi k1.5' })).toBeVisible();
    await expect(bodyRows(page)).toHaveCount(1);
  });

  test('an empty result says which filters emptied it and removes them', async ({ page }) => {
    await page.goto('/?region=us&labs=alibaba');
    await waitForView(page, 'Leaderboard');
    const empty = page.getByRole('region', { name: 'No model matches these filters' });
    await expect(empty).toBeVisible();
    await expect(table(page)).toHaveCount(0);
    await expectAxeClean(page);
    await empty.getByRole('button', { name: /^Remove Lab: Alibaba/ }).click();
    await expect(page).toHaveURL(/\?region=us$/);
    await expect(bodyRows(page).first()).toBeVisible();
  });

  test('chips say what each filter does; removing one and Reset all work', async ({ page }) => {
    await page.goto('/?region=china&open=open&reasoning=yes&from=2024-06-01');
    await waitForView(page, 'Leaderboard');
    const chips = page.getByRole('list', { name: 'Active filters' });
    await expect(chips.getByRole('button')).toHaveText([/Region: China/, /Open weights only/, /Reasoning models only/, /Released on or after 1 Jun 2024/]);
    await chips.getByRole('button', { name: 'Remove filter: Reasoning models only' }).click();
    await expect(page).toHaveURL(/\?region=china&open=open&from=2024-06-01$/);
    await page.getByRole('button', { name: 'Reset all filters' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByText('No filters: every model is shown.')).toBeVisible();
  });

  test('every column sorts, with aria-sort, in the URL', async ({ page }) => {
    await page.goto('/');
    await waitForView(page, 'Leaderboard');
    const header = table(page).getByRole('columnheader', { name: /Model/ });
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    await expect(page).toHaveURL(/\?sort=model-asc$/);
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');
    const names = await table(page).getByRole('rowheader').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => b.localeCompare(a, 'en', { numeric: true, sensitivity: 'base' })));
    // "Not rated" models are never ranked and come last when sorting by index.
    await table(page).getByRole('columnheader', { name: /Index/ }).getByRole('button').click();
    const lastRow = bodyRows(page).last();
    await expect(lastRow).toContainText('not rated');
    await expect(lastRow.locator('td').first()).toHaveText('–');
  });

  test('the chart: hover shows the tooltip, the keyboard moves through bars and Enter opens details', async ({ page }) => {
    // With estimates and later releases, so that the first bar is o3's estimate.
    await page.goto('/?scope=all');
    await waitForView(page, 'Leaderboard');
    const chart = page.locator('.ranked-chart').first();
    await chart.locator('.ranked-bar').first().hover();
    const tooltip = page.locator('.chart-tooltip');
    await expect(tooltip).toContainText('o3');
    await expect(tooltip).toContainText('OpenAI');
    await expect(tooltip).toContainText('estimate');
    await expect(tooltip).toContainText('released after the report');
    await page.mouse.move(0, 0);

    await chart.locator('.ranked-chart__svg').focus();
    await expect(tooltip).toContainText('o3');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(tooltip).toContainText('o3-mini');
    await page.keyboard.press('ArrowUp');
    await expect(tooltip).toContainText('DeepSeek-R1');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'DeepSeek-R1' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(chart.locator('.ranked-chart__svg')).toBeFocused();
    // Back on the bar the keys were on, not the first one.
    await expect(tooltip).toContainText('DeepSeek-R1');
  });

  test('China vs US side by side: two aligned columns on one scale, axe clean', async ({ page }) => {
    await page.goto('/');
    await waitForView(page, 'Leaderboard');
    await page.getByRole('button', { name: 'China vs US side by side' }).click();
    await expect(page).toHaveURL(/\?mode=compare$/);
    await expect(page.getByRole('heading', { name: /^United States: top 10 of/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: /^China: top 10 of/ })).toBeVisible();
    // At a laptop's width each column gives its names room: no long name is cut where it fits.
    // (The text drawn, without the <title> every name carries in full.)
    const drawn = () =>
      page.locator('.compare-col--us .ranked-chart text.ranked-tick__name').evaluateAll((texts) => texts.map((t) => [...t.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('')));
    await expect.poll(drawn).toContain('Claude 3.5 Sonnet (Oct 2024)');
    expect(await drawn()).toContain('Gemini 1.5 Pro (Sep 2024)');
    await expectAxeClean(page);
  });

  test('with filters set, the view is axe clean', async ({ page }) => {
    await page.goto('/?region=china&open=open&q=deep');
    await waitForView(page, 'Leaderboard');
    await expect(bodyRows(page).first()).toBeVisible();
    await expectAxeClean(page);
  });
});

test.describe('leaderboard at 360 px', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('filters collapse into a panel, China vs US stays one click, nothing scrolls sideways', async ({ page }) => {
    await page.goto('/?open=open');
    await waitForView(page, 'Leaderboard');
    const toggle = page.getByRole('button', { name: 'Filters (1 active)' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('searchbox', { name: 'Search models and labs' })).toBeHidden();
    await page.getByRole('group', { name: 'Region' }).getByRole('button', { name: 'China' }).click();
    await expect(page).toHaveURL(/region=china/);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('searchbox', { name: 'Search models and labs' })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectAxeClean(page);
  });

  test('the table scrolls inside its own box and the detail panel is full width', async ({ page }) => {
    await page.goto('/');
    await waitForView(page, 'Leaderboard');
    const box = table(page).locator('xpath=ancestor::div[contains(@class,"table-scroll")][1]');
    const [scrollWidth, clientWidth] = await box.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    await expectNoHorizontalScroll(page);
    await table(page).getByRole('button', { name: 'o1', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'o1' });
    await expect(dialog).toBeVisible();
    const width = await dialog.evaluate((el) => el.getBoundingClientRect().width);
    expect(width).toBeGreaterThanOrEqual(359);
    await expectNoHorizontalScroll(page);
  });
});
