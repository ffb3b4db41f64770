import { expect, test, type Page } from '@playwright/test';
import { expectNoHorizontalScroll, waitForView } from './helpers';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 768 };

/** Every drawn table's scroll box: whether it fits, and whether it shows its cue (the hint line and an edge). */
async function tableBoxes(page: Page) {
  return page.locator('.table-scroll').evaluateAll((boxes) =>
    boxes
      .filter((box) => (box as HTMLElement).offsetParent !== null)
      .map((box) => {
        const wrap = box.closest('.table-scroll-wrap');
        const describedBy = box.getAttribute('aria-describedby');
        return {
          name: box.getAttribute('aria-label') ?? '',
          fits: box.scrollWidth - box.clientWidth <= 2,
          hint: !!describedBy && !!wrap?.querySelector(`[id="${describedBy}"]`)?.textContent,
          edge: (box.parentElement?.getAttribute('data-cue') ?? '').includes('right'),
        };
      }),
  );
}

test.describe('phone-ready tables', () => {
  test('at 390 px the leaderboard shows each model’s index beside its name without scrolling sideways', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/');
    await waitForView(page, 'Leaderboard');
    const table = page.getByRole('table', { name: /in this selection/ });
    const first = table.locator('tbody tr').first();
    const name = first.getByRole('rowheader');
    const index = first.locator('td.lb-table__index');
    await name.scrollIntoViewIfNeeded();
    await expect(index).toBeVisible();
    const box = await index.boundingBox();
    const nameBox = await name.boundingBox();
    expect(box, 'index cell drawn').not.toBeNull();
    expect(nameBox!.x + nameBox!.width).toBeLessThanOrEqual(box!.x + 1);
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width, 'index cell inside the viewport').toBeLessThanOrEqual(PHONE.width);
    expect(await table.locator('xpath=ancestor::div[contains(@class,"table-scroll")][1]').evaluate((e) => e.scrollLeft)).toBe(0);
    await expectNoHorizontalScroll(page);
  });

  for (const [path, heading] of [
    ['/', 'Leaderboard'],
    ['/about', /About/],
    ['/export-controls', /Export controls/],
    ['/labs/deepseek', 'DeepSeek'],
    ['/?model=deepseek-r1', 'Leaderboard'],
  ] as const) {
    test(`at 390 px every table on ${path} fits or shows its scroll cue`, async ({ page }) => {
      await page.setViewportSize(PHONE);
      await page.goto(path);
      await waitForView(page, heading);
      if (path.includes('model=')) await expect(page.getByRole('dialog')).toBeVisible();
      await expect(page.locator('.table-scroll').first()).toBeAttached();
      // A table far below the fold is laid out only once scrolled near (content-visibility: auto), as a
      // reader would scroll to it: bring each one into view.
      for (const box of await page.locator('.table-scroll').all()) await box.scrollIntoViewIfNeeded();
      // The cue follows layout (a resize observer): wait for every overflowing box to show it.
      await expect
        .poll(async () => (await tableBoxes(page)).filter((b) => !b.fits && !(b.hint && b.edge)).map((b) => b.name), { timeout: 45_000 })
        .toEqual([]);
      expect((await tableBoxes(page)).length).toBeGreaterThan(0);
      await expectNoHorizontalScroll(page);
    });
  }

  test('the model dialog’s score table fits the dialog at 1366 px', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto('/?model=deepseek-r1');
    const dialog = page.getByRole('dialog');
    const records = dialog.getByRole('region', { name: /Every index value the sources give/ });
    await expect(records).toBeVisible();
    await expect.poll(() => records.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(2);
    await expect(dialog.getByText(/Scroll sideways for more columns/)).toHaveCount(0);
  });

  test('scrolling a wide table moves its cue to the other edge, and the pinned name stays in view', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/');
    await waitForView(page, 'Leaderboard');
    const box = page.locator('.table-scroll').filter({ has: page.getByRole('table', { name: /in this selection/ }) });
    const frame = page.locator('.table-scroll-frame').filter({ has: box });
    // Below the chart: laid out (and so measured) once scrolled near.
    await box.scrollIntoViewIfNeeded();
    await expect(frame).toHaveAttribute('data-cue', 'right');
    await box.evaluate((e) => e.scrollTo({ left: e.scrollWidth }));
    await expect(frame).toHaveAttribute('data-cue', 'left');
    // The model's name stays in view over the scrolled columns.
    const name = box.getByRole('rowheader').first();
    const rect = await name.boundingBox();
    expect(rect!.x).toBeGreaterThanOrEqual(0);
    expect(rect!.x).toBeLessThan(40);
  });

  test('the tables below the fold skip rendering until scrolled near, and print in full', async ({ page }) => {
    await page.setViewportSize(PHONE);
    for (const [path, heading, section] of [
      ['/', 'Leaderboard', '.lb-table'],
      ['/timeline', 'Timeline', '.tl-first'],
    ] as const) {
      await page.goto(path);
      await waitForView(page, heading);
      const el = page.locator(section);
      const style = () =>
        el.evaluate((e) => ({ visibility: getComputedStyle(e).contentVisibility, tableSkipped: !e.querySelector('table')!.checkVisibility({ contentVisibilityAuto: true }) }));
      // Far below the first screen: its table is in the document (find, screen readers) but not rendered yet.
      await expect(el.getByRole('table')).toBeAttached();
      expect(await style()).toEqual({ visibility: 'auto', tableSkipped: true });
      // Scrolled to, it is drawn.
      await el.scrollIntoViewIfNeeded();
      await expect.poll(async () => (await style()).tableSkipped).toBe(false);
      await page.emulateMedia({ media: 'print' });
      expect((await style()).visibility).toBe('visible');
      await page.emulateMedia({ media: 'screen' });
    }
  });
});
