import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAxeClean, expectNoHorizontalScroll, waitForView, watchConsole } from './helpers';
import { LOAD_TIMEOUT } from './wait-long';

const markers = (page: Page) => page.getByRole('toolbar', { name: /Export-control events on the axis/ }).getByRole('button');

/** Bounding boxes of every visible element matched, for overlap checks. */
async function boxes(locator: Locator) {
  return locator.evaluateAll((els) =>
    els
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { name: el.getAttribute('aria-label') ?? el.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      })
      .filter((b) => b.right > b.left && b.bottom > b.top),
  );
}

function overlaps(list: Array<{ name: string; left: number; right: number; top: number; bottom: number }>) {
  const bad: string[] = [];
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!;
      const b = list[j]!;
      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) bad.push(`${a.name} ⟷ ${b.name}`);
    }
  return bad;
}

test('the timeline shows markers dated 2023-10-17 and 2025-01-13, and lists the 2022-10-07 rule before the axis', async ({ page }) => {
  const noConsoleErrors = watchConsole(page);
  await page.goto('/timeline');
  await waitForView(page, 'Timeline');
  for (const day of ['17 Oct 2023', '13 Jan 2025']) await expect(markers(page).filter({ has: page.locator(`xpath=self::*[contains(@aria-label, ": ${day},")]`) })).toHaveCount(1);
  // The axis starts at the data (the first model, November 2023): earlier events are behind a disclosure button.
  await expect(markers(page).and(page.locator('[aria-label*="7 Oct 2022"]'))).toHaveCount(0);
  await page.getByText(/^\d+ earlier events, before the axis starts$/).click();
  await expect(page.getByRole('button', { name: /^7 Oct 2022 BIS advanced computing/ })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'The US and Chinese frontiers over time' })).toContainText('In January 2025 DeepSeek-R1 (89) came within one point of o1 (90).');
  noConsoleErrors();
});

test('the 2023-10-17 marker’s “models released after this” sets the release window and opens the leaderboard', async ({ page }) => {
  await page.goto('/timeline');
  await waitForView(page, 'Timeline');
  await markers(page).and(page.locator('[aria-label*="17 Oct 2023"]')).click();
  const card = page.getByRole('region', { name: 'BIS updates the advanced computing rules (October 2023)' });
  await expect(card).toContainText('A800');
  await expect(card).toContainText('TPP ≥ 4800');
  await card.getByRole('button', { name: 'Models released after this' }).click();
  await waitForView(page, 'Leaderboard');
  expect(new URL(page.url()).pathname).toBe('/');
  expect(new URL(page.url()).search).toBe('?from=2023-10-17');
  // Back returns to the timeline as it was: one history entry for the action.
  await page.goBack();
  await waitForView(page, 'Timeline');
  expect(new URL(page.url()).search).toBe('');
});

test('choosing the 2023-10-17 marker’s “models released after this” narrows the leaderboard’s rows', async ({ page }) => {
  await page.goto('/');
  await waitForView(page, 'Leaderboard');
  const rows = page.getByRole('table').first().getByRole('row');
  // The table follows the chart by a frame: count its rows once they are there.
  await expect(rows.nth(1)).toBeVisible({ timeout: LOAD_TIMEOUT });
  const before = await rows.count();
  await page.goto('/timeline');
  await markers(page).and(page.locator('[aria-label*="17 Oct 2023"]')).click();
  await page.getByRole('button', { name: 'Models released after this' }).click();
  await waitForView(page, 'Leaderboard');
  await expect(page.getByRole('table').first().getByRole('rowheader', { name: 'GPT-4', exact: true })).toHaveCount(0);
  await expect.poll(() => rows.count(), { timeout: LOAD_TIMEOUT }).toBeLessThan(before);
});

test('a typed window narrows the chart and survives a reload', async ({ page }) => {
  await page.goto('/timeline');
  await waitForView(page, 'Timeline');
  await page.getByLabel('From', { exact: true }).fill('2024-12-01');
  await page.getByLabel('To', { exact: true }).fill('2025-01-31');
  await expect(page).toHaveURL(/\?from=2024-12-01&to=2025-01-31$/);
  const figure = page.getByRole('figure', { name: 'The US and Chinese frontiers over time' });
  await expect(figure).toContainText(/The chart plots \d+ models released between 3 Dec 2024 and 31 Jan 2025\./);
  await page.reload();
  await waitForView(page, 'Timeline');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2024-12-01');
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('2025-01-31');
  await expect(figure).toContainText(/released between 3 Dec 2024 and 31 Jan 2025/);
  await expect(page.getByRole('slider', { name: 'Window start' })).toHaveAttribute('aria-valuetext', '1 Dec 2024');
});

test('dragging on the overview strip sets the window in one history entry', async ({ page }) => {
  await page.goto('/timeline');
  await waitForView(page, 'Timeline');
  const strip = page.locator('.tl-brush__area');
  // The release window sits under the chart it sets: bring it into view before dragging.
  await strip.scrollIntoViewIfNeeded();
  const box = (await strip.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.55, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.7, box.y + 20, { steps: 8 });
  await page.mouse.move(box.x + box.width * 0.8, box.y + 20, { steps: 8 });
  await page.mouse.up();
  await expect(page).toHaveURL(/\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/);
  const { from, to } = Object.fromEntries(new URL(page.url()).searchParams);
  expect(from! < to!).toBe(true);
  await page.goBack();
  expect(new URL(page.url()).search).toBe('');
});

test('keyboard: step through the models and open one; markers move with the arrow keys', async ({ page }) => {
  await page.goto('/timeline');
  await waitForView(page, 'Timeline');
  const plot = page.getByRole('group', { name: /Frontier chart with \d+ models/ });
  await plot.focus();
  await page.keyboard.press('End');
  await expect(page.locator('.tl-chart .chart-tooltip')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/model=o3-mini/);
  // The dialog is a lazy chunk: wait until it is open and holds focus (its title), then close it. Focus
  // goes back to the plot that opened it. While the modal is open the page behind it is inert.
  const dialog = page.getByRole('dialog', { name: 'o3-mini' });
  await expect(dialog.getByRole('heading', { name: 'o3-mini' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(plot).toBeFocused();

  const first = markers(page).first();
  await first.focus();
  await page.keyboard.press('ArrowRight');
  await expect(markers(page).nth(1)).toBeFocused();
  await expect(page.locator('.tl-card')).toBeVisible();
  await page.keyboard.press('Escape');
});

test('hovering a point shows the model, and a click opens its details', async ({ page }) => {
  await page.goto('/timeline');
  await waitForView(page, 'Timeline');
  // Find where the latest model sits: the keyboard highlight is drawn on it.
  const plot = page.getByRole('group', { name: /Frontier chart with \d+ models/ });
  await plot.focus();
  await page.keyboard.press('End');
  const ring = (await page.locator('.tl-highlight').boundingBox())!;
  await page.keyboard.press('Escape');
  await expect(page.locator('.tl-chart .chart-tooltip')).toHaveCount(0);
  await page.mouse.move(ring.x + ring.width / 2, ring.y + ring.height / 2);
  const tooltip = page.locator('.tl-chart .chart-tooltip');
  await expect(tooltip).toContainText('o3-mini');
  await expect(tooltip).toContainText('Index 89 (measured)');
  await page.mouse.click(ring.x + ring.width / 2, ring.y + ring.height / 2);
  await expect(page).toHaveURL(/[?&]model=o3-mini/);
});

for (const width of [360, 390, 768, 1024, 1366, 1920]) {
  test(`no event labels or frontier labels overlap at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    for (const url of ['/timeline', '/timeline?later=show&frontier=open']) {
      await page.goto(url);
      await waitForView(page, 'Timeline');
      await expect(markers(page).first()).toBeVisible();
      expect(overlaps(await boxes(markers(page))), `event labels at ${url}`).toEqual([]);
      expect(overlaps(await boxes(page.locator('.tl-end-label'))), `frontier labels at ${url}`).toEqual([]);
      await expectNoHorizontalScroll(page);
    }
  });
}

test('phone: 2024 onwards by default (said, widenable, not in the URL), named rules, and the typed dates work', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/timeline');
  await waitForView(page, 'Timeline');
  const note = page.getByRole('status').filter({ hasText: 'On a small screen the timeline starts at 1 Jan 2024.' });
  await expect(note).toBeVisible();
  expect(new URL(page.url()).search).toBe('');
  await expect(page.locator('.tl-frontier')).toHaveAttribute('data-from', '2024-01-01');
  await expect(markers(page).and(page.locator('[aria-label*="13 Jan 2025"]'))).toHaveText('Diffusion rule');
  await markers(page).and(page.locator('[aria-label*="13 Jan 2025"]')).click();
  await expect(page.getByRole('region', { name: 'Framework for Artificial Intelligence Diffusion (three-tier rule)' })).toBeInViewport();
  await page.keyboard.press('Escape');
  await expectNoHorizontalScroll(page);
  await note.getByRole('button', { name: 'Show all dates' }).click();
  await expect(page.locator('.tl-frontier')).toHaveAttribute('data-from', '');
  expect(new URL(page.url()).search).toBe('');
  await page.getByLabel('From', { exact: true }).fill('2024-06-01');
  await expect(page).toHaveURL(/\?from=2024-06-01$/);
  await expect(page.getByRole('figure', { name: 'The US and Chinese frontiers over time' })).toContainText(/released between 7 Jun 2024 and/);
  await expectNoHorizontalScroll(page);
});

test('the timeline is axe clean with a card open, with the tables shown, and in dark mode', async ({ page }) => {
  // Three whole-page axe scans over every model (69 since dataset 1.1.0) with all tables open.
  test.slow();
  await page.goto('/timeline?later=show&frontier=open');
  await waitForView(page, 'Timeline');
  await markers(page).first().click();
  await expectAxeClean(page);
  for (const figure of await page.getByRole('figure').all()) await figure.getByRole('tab', { name: 'Table' }).click();
  await expectAxeClean(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/timeline');
  await waitForView(page, 'Timeline');
  await expectAxeClean(page);
});

test('a filter that empties the chart says which one, and removing it brings the chart back', async ({ page }) => {
  await page.goto('/timeline?q=no-such-model');
  await waitForView(page, 'Timeline');
  await expect(page.getByText('No model to plot')).toBeVisible();
  await page.getByRole('button', { name: /^Remove Search: “no-such-model” \(\d+ models to plot\)$/ }).click();
  await expect(page.getByText('No model to plot')).toHaveCount(0);
  expect(new URL(page.url()).search).toBe('');
});

test('the chart keeps a short key and says each value’s status in the table, and the measured-only gap in the summary', async ({ page }) => {
  await page.goto('/timeline');
  await waitForView(page, 'Timeline');
  const figure = page.getByRole('figure', { name: 'The US and Chinese frontiers over time' });
  const legend = figure.getByRole('list', { name: 'Markers, lines and events' });
  // A short key: the line, the gap, the events, and where the statuses went.
  await expect(legend.getByRole('listitem')).toHaveCount(4);
  await expect(legend).toContainText('Each value’s status (measured, stated in a write-up, estimate), openness and reasoning: in the tooltip and the Table tab.');
  await expect(legend).not.toContainText('China’s frontier is ahead');
  // ERNIE 4.0 Turbo's 76 is stated only in a write-up: on measured values China's frontier was Qwen2's 68.
  await expect(figure).toContainText('The two readings differ most from June 2024: on measured values the US led by 10 points; as drawn, the US led by 2 points.');
  await figure.getByRole('tab', { name: 'Table' }).click();
  const table = page.getByRole('table', { name: /Models on the frontier chart/ });
  await expect(table.getByRole('row').filter({ has: page.getByRole('button', { name: 'Open details for ERNIE 4.0 Turbo' }) })).toContainText('as stated in a write-up');
  // Review 2: the "+" on Baichuan-M1-preview's 83 came from a garbled write-up, so it is stated, not an estimate.
  await expect(table.getByRole('row').filter({ has: page.getByRole('button', { name: 'Open details for Baichuan-M1-preview' }) })).toContainText('as stated in a write-up');
  await expect(page.getByRole('table', { name: /cannot be plotted/ })).toContainText('a write-up states 84; not used, see the model’s details');
});

test('with open weights only, the China-ahead gap is hatched and keyed', async ({ page }) => {
  await page.goto('/timeline?open=open');
  await waitForView(page, 'Timeline');
  await expect(page.getByRole('figure', { name: 'The US and Chinese frontiers over time' }).getByRole('list', { name: 'Markers, lines and events' })).toContainText(
    'Gap where China’s frontier is ahead (hatched)',
  );
});

test('in Table mode an event opens its card, which takes focus and gives it back on Escape', async ({ page }) => {
  await page.goto('/timeline');
  await waitForView(page, 'Timeline');
  await page.getByRole('figure', { name: 'The US and Chinese frontiers over time' }).getByRole('tab', { name: 'Table' }).click();
  const opener = page.getByRole('table', { name: 'Export-control events on the axis' }).getByRole('button', { name: 'BIS updates the advanced computing rules (October 2023)' });
  await opener.click();
  const card = page.getByRole('region', { name: 'BIS updates the advanced computing rules (October 2023)' });
  await expect(card).toBeFocused();
  await expect(card).toContainText('TPP ≥ 4800');
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(opener).toBeFocused();
});

test('an event listed off the axis opens its card, and Close gives focus back to it', async ({ page }) => {
  await page.goto('/timeline');
  await waitForView(page, 'Timeline');
  await page.getByText(/^\d+ earlier events, before the axis starts$/).click();
  const opener = page.getByRole('button', { name: /^2019 Huawei added to the US Entity List/ });
  await opener.click();
  const card = page.getByRole('region', { name: /Huawei/ });
  await expect(card).toBeFocused();
  await card.getByRole('button', { name: 'Close' }).click();
  await expect(card).toHaveCount(0);
  await expect(opener).toBeFocused();
});
