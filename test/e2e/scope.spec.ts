import { expect, test, type Page } from '@playwright/test';
import { waitForView, watchConsole } from './helpers';

const points = (text: string | null, pattern: RegExp): number => {
  const m = pattern.exec(text ?? '');
  expect(m, `"${pattern}" in "${text}"`).not.toBeNull();
  return Number(m![1]);
};

/** The gap each view states, read from what it shows. */
async function leaderboardGap(page: Page): Promise<number> {
  const gap = page.getByRole('article', { name: 'Best US vs best Chinese model' });
  await expect(gap).toContainText(/US ahead by \d+ points?/);
  return points(await gap.textContent(), /US ahead by (\d+) points?/);
}

async function timelineGap(page: Page): Promise<number> {
  const figure = page.getByRole('figure', { name: /frontiers over time/ });
  await expect(figure).toHaveAccessibleDescription(/US frontier stood at \d+/);
  const text = await figure.evaluate((el) => el.getAttribute('aria-describedby')?.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ') ?? '');
  const us = points(text, /US frontier stood at (\d+)/);
  const cn = points(text, /China’s at (\d+)/);
  return us - cn;
}

async function labCompareGap(page: Page): Promise<number> {
  const lead = page.getByRole('region', { name: 'Best index of each lab' });
  await expect(lead).toContainText(/OpenAI ahead by \d+ points?/);
  return points(await lead.textContent(), /OpenAI ahead by (\d+) points?/);
}

test.describe('one scope for every view', () => {
  test('the default gap is the same on the leaderboard, the timeline and lab compare, each saying its scope', async ({ page }) => {
    const noConsoleErrors = watchConsole(page);
    await page.goto('/');
    await waitForView(page, 'Leaderboard');
    const lb = await leaderboardGap(page);
    await expect(page.getByRole('region', { name: 'China vs US' })).toContainText('As of the report (Feb 2025): measured and as-stated values');

    await page.goto('/timeline');
    await waitForView(page, /Timeline/);
    const tl = await timelineGap(page);

    await page.goto('/labs/compare/deepseek/openai');
    await waitForView(page, /Compare labs/);
    const lc = await labCompareGap(page);
    await expect(page.getByRole('region', { name: 'Best index of each lab' })).toContainText('As of the report (Feb 2025)');

    expect([lb, tl, lc]).toEqual([1, 1, 1]);
    noConsoleErrors();
  });

  test('the scope toggle is kept in the URL, carried to the other views, and the old later=show still works', async ({ page }) => {
    await page.goto('/');
    await waitForView(page, 'Leaderboard');
    const scope = page.getByRole('group', { name: 'Scope' });
    await scope.getByRole('button', { name: 'Include estimates and later releases' }).click();
    await expect(page).toHaveURL(/\?scope=all$/);
    await expect(page.getByRole('article', { name: 'Best US vs best Chinese model' })).toContainText('US ahead by 5 points');
    await expect(page.getByRole('button', { name: 'Remove filter: Estimates and later releases included' })).toBeVisible();

    await page.reload();
    await waitForView(page, 'Leaderboard');
    await expect(page.getByRole('group', { name: 'Scope' }).getByRole('button', { name: 'Include estimates and later releases' })).toHaveAttribute('aria-pressed', 'true');

    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Timeline' }).click();
    await waitForView(page, /Timeline/);
    await expect(page).toHaveURL(/\/timeline\?scope=all$/);
    expect(await timelineGap(page)).toBe(5);

    await page.goBack();
    await waitForView(page, 'Leaderboard');
    await page.getByRole('group', { name: 'Scope' }).getByRole('button', { name: 'As of the report' }).click();
    await expect(page).toHaveURL(/\/$/);

    await page.goto('/timeline?later=show');
    await waitForView(page, /Timeline/);
    await expect(page).toHaveURL(/\/timeline\?scope=all$/);
  });

  test('open weights and 2025: no comparison, and the filter that emptied the US side is named', async ({ page }) => {
    await page.goto('/?open=open&from=2025-01-01&to=2025-12-31');
    await waitForView(page, 'Leaderboard');
    const gap = page.getByRole('article', { name: 'Best US vs best Chinese model' });
    await expect(gap).toContainText('No comparison possible');
    await expect(gap).toContainText('“Open weights only”');
    await expect(page.getByRole('article', { name: 'Months behind' })).not.toContainText('China ahead');
  });
});
