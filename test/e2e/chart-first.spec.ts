import { expect, test, type Page } from '@playwright/test';
import { expectAxeClean, watchConsole } from './helpers';
import { LOAD_TIMEOUT, waitForViewLoaded } from './wait-long';

// Every view's main figure starts in the first screen, with the filters collapsed (a phone's default).
const VIEWS: ReadonlyArray<{ path: string; heading: RegExp }> = [
  { path: '/', heading: /^Leaderboard$/ },
  { path: '/timeline', heading: /^Timeline$/ },
  { path: '/labs', heading: /^Labs$/ },
  { path: '/labs/deepseek', heading: /^DeepSeek/ },
  { path: '/labs/compare/deepseek/openai', heading: /^Compare labs: DeepSeek and OpenAI$/ },
  { path: '/export-controls', heading: /^Export controls$/ },
  { path: '/price', heading: /^Intelligence vs price$/ },
];
const SIZES = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'phone', width: 360, height: 740 },
] as const;
/** At least this much of the plot shows above the fold, not just its top edge. */
const VISIBLE_SLICE = 24;

async function plotTop(page: Page): Promise<number> {
  const plot = page.locator('[data-plot-area]').first();
  await expect(plot).toBeVisible({ timeout: LOAD_TIMEOUT });
  // Where the plot starts on the page as first shown (not scrolled).
  return plot.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
}

for (const size of SIZES) {
  test.describe(`chart first at ${size.width}×${size.height}`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });
    for (const view of VIEWS) {
      test(`${view.path}: the main figure's plot area starts above the fold`, async ({ page }) => {
        const noErrors = watchConsole(page);
        await page.goto(view.path);
        await waitForViewLoaded(page, view.heading);
        if (size.name === 'phone') {
          // Filters start collapsed on a phone: the disclosure says how many are active.
          const toggle = page.getByRole('button', { name: /^Filters \(\d+ active\)$/ });
          if ((await toggle.count()) > 0) await expect(toggle).toHaveAttribute('aria-expanded', 'false');
        }
        expect(await plotTop(page)).toBeLessThanOrEqual(size.height - VISIBLE_SLICE);
        noErrors();
      });
    }
  });
}

test.describe('the figure frame', () => {
  test('Chart, Table and Sources are tabs that work from the keyboard', async ({ page }) => {
    await page.goto('/');
    await waitForViewLoaded(page, /^Leaderboard$/);
    const figure = page.getByRole('figure', { name: 'Models ranked by intelligence index' });
    const tablist = figure.getByRole('tablist');
    const tab = (name: string) => tablist.getByRole('tab', { name });
    await expect(tab('Chart')).toHaveAttribute('aria-selected', 'true');
    await expect(figure.getByRole('tabpanel')).toHaveCount(1);

    await tab('Chart').focus();
    await page.keyboard.press('ArrowRight');
    await expect(tab('Table')).toBeFocused();
    await expect(tab('Table')).toHaveAttribute('aria-selected', 'true');
    await expect(figure.getByRole('tabpanel', { name: 'Table' }).getByRole('table')).toBeVisible();

    await page.keyboard.press('ArrowRight');
    await expect(tab('Sources')).toBeFocused();
    const sources = figure.getByRole('tabpanel', { name: 'Sources' });
    await expect(sources.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);

    await page.keyboard.press('ArrowRight');
    await expect(tab('Chart')).toBeFocused();
    await page.keyboard.press('End');
    await expect(tab('Sources')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Home');
    await expect(tab('Chart')).toHaveAttribute('aria-selected', 'true');
    await expect(figure.locator('[data-plot-area]')).toBeVisible();
    // Only the selected tab is in the tab order.
    await expect(tab('Table')).toHaveAttribute('tabindex', '-1');
  });

  test('the subtitle is one sentence with the rest on demand; the whole summary describes the figure', async ({ page }) => {
    await page.goto('/');
    await waitForViewLoaded(page, /^Leaderboard$/);
    const figure = page.getByRole('figure', { name: 'Models ranked by intelligence index' });
    const description = await figure.evaluate((el) => {
      const ids = (el.getAttribute('aria-describedby') ?? '').split(' ');
      return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    });
    expect(description).toMatch(/models shown/);
    expect(description).toMatch(/best US model/);
    const more = figure.locator('.chart-frame__more');
    await expect(more).not.toHaveAttribute('open');
    await more.locator('summary').click();
    await expect(more.getByText(/best US model/)).toBeVisible();
  });

  test('a readout shows its figure; how it is computed opens on demand', async ({ page }) => {
    await page.goto('/');
    await waitForViewLoaded(page, /^Leaderboard$/);
    const readout = page.getByRole('article', { name: 'Best US vs best Chinese model' });
    const how = readout.getByText('The highest index value on each side', { exact: false });
    await expect(how).toBeHidden();
    await readout.getByText('How it is computed').click();
    await expect(how).toBeVisible();
  });

  test('on a phone the actions are icons beside the title, named by their words', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/timeline');
    await waitForViewLoaded(page, /^Timeline$/);
    const figure = page.getByRole('figure', { name: 'The US and Chinese frontiers over time' });
    const title = figure.getByRole('heading', { name: 'The US and Chinese frontiers over time' });
    const buttons = ['Share', 'Download', 'Cite'].map((name) => figure.getByRole('button', { name, exact: true }));
    for (const button of buttons) await expect(button).toBeVisible({ timeout: LOAD_TIMEOUT });
    const head = (await title.boundingBox())!;
    for (const button of buttons) {
      const box = (await button.boundingBox())!;
      // One row: beside the title, not under it, and each at least a 24 px target.
      expect(box.y).toBeLessThan(head.y + head.height);
      expect(box.x).toBeGreaterThanOrEqual(head.x + head.width - 1);
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
    }
  });
});

test.describe('axe on every view at phone width', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const view of VIEWS) {
    test(`${view.path} is axe clean`, async ({ page }) => {
      test.slow();
      await page.goto(view.path);
      await waitForViewLoaded(page, view.heading);
      await expect(page.locator('[data-plot-area]').first()).toBeVisible({ timeout: LOAD_TIMEOUT });
      await expectAxeClean(page);
    });
  }

  test('the Sources tab is axe clean', async ({ page }) => {
    test.slow();
    await page.goto('/timeline');
    await waitForViewLoaded(page, /^Timeline$/);
    const figure = page.getByRole('figure', { name: 'The US and Chinese frontiers over time' });
    await figure.getByRole('tab', { name: 'Sources' }).click();
    await expect(figure.getByRole('tabpanel', { name: 'Sources' }).getByRole('listitem').first()).toBeVisible();
    await expectAxeClean(page);
  });
});
