import { expect, test, type Page } from '@playwright/test';
import { expectAxeClean, expectNoHorizontalScroll, waitForView } from './helpers';

const table = (page: Page) => page.getByRole('table', { name: /in this selection/ });
const headers = (page: Page) => table(page).locator('thead th').allTextContents();
const picker = (page: Page) => page.getByRole('group', { name: 'Columns' });

async function columnTexts(page: Page, header: string): Promise<string[]> {
  const names = (await headers(page)).map((h) => h.replace(/[↕↑↓▲▼]/g, '').trim());
  const i = names.indexOf(header);
  expect(i, `column "${header}" in ${names.join(' | ')}`).toBeGreaterThan(-1);
  // Row cells in document order (the model is a th): the same index as the header's.
  return table(page)
    .locator('tbody tr')
    .evaluateAll((rows, j) => rows.map((r) => r.children[j]?.textContent?.trim() ?? ''), i);
}

test.describe('leaderboard: the new columns', () => {
  test('price is shown by default and sorts cheapest first, unknown last, never $0', async ({ page }) => {
    await page.goto('/');
    await waitForView(page, 'Leaderboard');
    await table(page).getByRole('columnheader', { name: /Price/ }).getByRole('button').click();
    await expect(page).toHaveURL(/\?sort=price-asc$/);
    await expect(table(page).getByRole('columnheader', { name: /Price/ })).toHaveAttribute('aria-sort', 'ascending');
    const prices = await columnTexts(page, 'Price (USD/M, blended)');
    const known = prices.filter((p) => p.startsWith('$')).map((p) => Number(p.slice(1)));
    expect(known.length).toBeGreaterThan(10);
    expect(known).toEqual([...known].sort((a, b) => a - b));
    // Every priced model comes before every unpriced one, and no price reads as 0.
    expect(prices.slice(0, known.length).every((p) => p.startsWith('$'))).toBe(true);
    expect(prices.some((p) => /^\$0(\.0+)?$/.test(p))).toBe(false);
    expect(prices.slice(known.length).every((p) => /unknown|not disclosed|n\/a/.test(p))).toBe(true);
  });

  test('columns are shown and hidden through the URL, and the choice survives a reload', async ({ page }) => {
    await page.goto('/?cols=context,params&sort=context-desc');
    await waitForView(page, 'Leaderboard');
    let names = await headers(page);
    expect(names.some((h) => h.startsWith('Context'))).toBe(true);
    expect(names.some((h) => h.startsWith('Parameters'))).toBe(true);
    expect(names.some((h) => h.startsWith('Price'))).toBe(false);
    await expect(table(page).getByRole('columnheader', { name: /Context/ })).toHaveAttribute('aria-sort', 'descending');
    const first = (await columnTexts(page, 'Context'))[0];
    expect(first).toMatch(/^2(\.1)?M/);

    // Hiding the sorted column goes back to the default order; the URL says what is shown.
    await picker(page).getByRole('checkbox', { name: 'Context' }).uncheck();
    await expect(page).toHaveURL(/\?cols=params$/);
    await picker(page).getByRole('checkbox', { name: 'Parameters' }).uncheck();
    await expect(page).toHaveURL(/\?cols=none$/);
    names = await headers(page);
    expect(names.some((h) => /^(Price|Parameters|Context|Licence)/.test(h))).toBe(false);
    await page.reload();
    await waitForView(page, 'Leaderboard');
    await expect(picker(page).getByRole('checkbox', { name: 'Licence' })).not.toBeChecked();
    expect((await headers(page)).some((h) => h.startsWith('Price'))).toBe(false);
    await picker(page).getByRole('checkbox', { name: 'Licence' }).check();
    await expect(page).toHaveURL(/\?cols=licence$/);
    // The columns belong to the leaderboard: another view's URL does not carry them.
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Price' }).click();
    await waitForView(page, 'Intelligence vs price');
    await expect(page).toHaveURL(/\/price$/);
  });

  test('all columns shown: axe clean, and the page fits 360 px (the table scrolls in its own box)', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto('/?cols=context,licence,params,price');
    await waitForView(page, 'Leaderboard');
    await expect(table(page)).toBeVisible();
    await expectNoHorizontalScroll(page);
    await expectAxeClean(page);
  });
});
