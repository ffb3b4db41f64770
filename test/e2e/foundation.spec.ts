import { expect, test } from '@playwright/test';
import { expectAxeClean, expectNoHorizontalScroll, waitForView, watchConsole } from './helpers';

const VIEWS = [
  { path: '/', heading: 'Leaderboard' },
  { path: '/timeline', heading: 'Timeline' },
  { path: '/price', heading: 'Intelligence vs price' },
  { path: '/labs', heading: 'Labs' },
  { path: '/labs/deepseek', heading: /DeepSeek/ },
  { path: '/export-controls', heading: 'Export controls' },
  { path: '/about', heading: 'About the data' },
  { path: '/no-such-view', heading: 'Page not found' },
];

for (const view of VIEWS) {
  test(`${view.path} renders, logs no console error and is axe clean`, async ({ page }) => {
    const noConsoleErrors = watchConsole(page);
    await page.goto(view.path);
    await waitForView(page, view.heading);
    await expectAxeClean(page);
    noConsoleErrors();
  });

  test(`${view.path} fits a 360 px phone screen`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(view.path);
    await waitForView(page, view.heading);
    await expectNoHorizontalScroll(page);
  });
}

test('the leaderboard lists every model in the dataset as a table once the scope takes in later releases', async ({ page, request }) => {
  const dataset = await (await request.get('/data/dataset.json')).json();
  await page.goto('/?scope=all');
  const table = page.getByRole('table').first();
  await expect(table).toBeVisible();
  for (const model of dataset.models) {
    await expect(table.getByRole('rowheader', { name: model.name, exact: true })).toBeVisible();
  }
  await expect(table.getByRole('rowheader', { name: 'DeepSeek-R1', exact: true }).locator('xpath=..')).toContainText('89');
});

test('by default the leaderboard table holds the models released by the report, and no later one', async ({ page, request }) => {
  const dataset = await (await request.get('/data/dataset.json')).json();
  const reportDay: string = dataset.meta.report.publishedBy;
  const later = dataset.models.filter((m: { releaseDate: string | null }) => m.releaseDate !== null && m.releaseDate > reportDay);
  expect(later.length).toBeGreaterThan(0);
  await page.goto('/');
  const table = page.getByRole('table').first();
  await expect(table.getByRole('rowheader', { name: 'DeepSeek-R1', exact: true })).toBeVisible();
  for (const model of later) await expect(table.getByRole('rowheader', { name: model.name, exact: true })).toHaveCount(0);
});

test('a hostile URL renders normally and is cleaned', async ({ page }) => {
  const noConsoleErrors = watchConsole(page);
  await page.goto('/?region=mars&labs=%3Cscript%3E');
  await waitForView(page, 'Leaderboard');
  await expect(page).toHaveURL(/\/$/);
  expect(new URL(page.url()).search).toBe('');
  noConsoleErrors();
});

test('a corrupted dataset shows the error panel naming the bad field', async ({ page, request }) => {
  const dataset = await (await request.get('/data/dataset.json')).json();
  dataset.models[2].scores = [{ value: 'ninety', scale: 'aa-pre-v2-2025-02', status: 'measured', preferred: true, sources: ['S6'] }];
  await page.route('**/data/dataset.json', (route) => route.fulfill({ json: dataset }));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('failed validation');
  await expect(alert).toContainText('models[2].scores[0].value');
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
});

test('a network failure shows the error panel, and Retry recovers', async ({ page }) => {
  await page.route('**/data/dataset.json', (route) => route.abort('failed'));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('network request failed');
  await page.unroute('**/data/dataset.json');
  await alert.getByRole('button', { name: 'Retry' }).click();
  await waitForView(page, 'Leaderboard');
});

test('filters travel between views, and back and forward restore each step', async ({ page }) => {
  await page.goto('/?region=china');
  await waitForView(page, 'Leaderboard');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'About the data' }).click();
  await waitForView(page, 'About the data');
  expect(new URL(page.url()).search).toBe('?region=china');
  await page.goBack();
  await waitForView(page, 'Leaderboard');
  await page.goForward();
  await waitForView(page, 'About the data');
  await page.reload();
  await waitForView(page, 'About the data');
  expect(new URL(page.url()).search).toBe('?region=china');
});

test('About the data lists every source with its link, the caveat and how to cite', async ({ page, request }) => {
  const dataset = await (await request.get('/data/dataset.json')).json();
  await page.goto('/about');
  await expect(page.getByText(/pre-v2/).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'How to cite' })).toBeVisible();
  const sources = page.getByRole('table', { name: /Every source/ });
  await expect(sources.getByRole('row')).toHaveCount(dataset.sources.length + 1);
  await expect(page.getByText(new RegExp(`^Version ${dataset.meta.datasetVersion.replace(/\./g, "\\.")}, as of`))).toBeVisible();
});

test('on a phone the views scroll sideways, and an edge shadow says so until the end is reached', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await waitForView(page, 'Leaderboard');
  const list = page.getByRole('navigation', { name: 'Views' }).getByRole('list');
  const state = () =>
    list.evaluate((ul) => ({
      overflows: ul.scrollWidth > ul.clientWidth + 1,
      atEnd: ul.scrollLeft + ul.clientWidth >= ul.scrollWidth - 1,
      attachments: getComputedStyle(ul).backgroundAttachment,
      shadows: (getComputedStyle(ul).backgroundImage.match(/radial-gradient/g) ?? []).length,
    }));
  const before = await state();
  expect(before.overflows).toBe(true);
  expect(before.atEnd).toBe(false);
  // Two shadows fixed at the edges, two covers that travel with the list's ends and hide them there.
  expect(before.shadows).toBe(2);
  expect(before.attachments).toBe('local, local, scroll, scroll');
  // The last view is reachable by scrolling the list.
  await list.getByRole('link', { name: 'Story' }).scrollIntoViewIfNeeded();
  await expect(list.getByRole('link', { name: 'Story' })).toBeInViewport();
  expect((await state()).atEnd).toBe(true);
});
