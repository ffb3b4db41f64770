import { expect, test, type Page, type Route } from '@playwright/test';
import { BROKEN_DATASETS, withScriptInEveryTextField, type Answer, type DatasetJson } from '../fixtures/broken-datasets';
import { LOAD_TIMEOUT, waitForViewLoaded as waitForView } from './wait-long';

// Retries, delays and a 20 s timeout are part of what is tested; a busy machine adds to them.
test.describe.configure({ timeout: 120_000 });

const DATASET = '**/data/dataset.json';

async function realDataset(page: Page): Promise<DatasetJson> {
  return (await (await page.request.get('/data/dataset.json')).json()) as DatasetJson;
}

async function answerWith(page: Page, answer: Answer): Promise<void> {
  await page.route(DATASET, async (route: Route) => {
    if (answer.kind === 'abort') return route.abort('failed');
    if (answer.kind === 'never') return new Promise<void>(() => undefined);
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    return route
      .fulfill({ status: answer.status ?? 200, contentType: answer.contentType, body: answer.body })
      .catch(() => undefined); // the page may have given up on this request already
  });
}

/** Serves the real file again and checks that Retry then draws the view. */
async function expectRetryRecovers(page: Page): Promise<void> {
  await page.unroute(DATASET);
  await page.getByRole('alert').getByRole('button', { name: 'Retry' }).click();
  await waitForView(page, 'Leaderboard');
}

for (const broken of BROKEN_DATASETS) {
  test(`dataset broken (${broken.name}): the panel says what is wrong, and Retry recovers`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await answerWith(page, broken.answer(await realDataset(page)));
    await page.goto('/');
    if (broken.retried) await expect(page.getByText(/Attempt 2 of 3: the previous attempt failed/)).toBeVisible({ timeout: LOAD_TIMEOUT });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(broken.says, { timeout: LOAD_TIMEOUT });
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
    await expectRetryRecovers(page);
    expect(errors).toEqual([]);
  });
}

test('a slow dataset: after a few seconds the page says it is still loading, and "Try again now" works', async ({ page }) => {
  const real = await realDataset(page);
  await answerWith(page, { kind: 'fulfill', contentType: 'application/json', body: JSON.stringify(real), delayMs: 6_000 });
  await page.goto('/');
  await expect(page.getByText('Still loading the dataset.')).toBeVisible({ timeout: LOAD_TIMEOUT });
  // Only the start page's own heading and introduction, drawn before the data; the view is still to come.
  await expect(page.locator('[data-pending-paint] h1')).toHaveText('Leaderboard');
  await expect(page.getByRole('figure')).toHaveCount(0);
  await page.getByRole('button', { name: 'Try again now' }).click();
  await waitForView(page, 'Leaderboard');
});

test('a dataset that never answers: still loading, then after 20 s the request is stopped and Retry recovers', async ({ page }) => {
  test.setTimeout(120_000);
  await answerWith(page, { kind: 'never' });
  const started = Date.now();
  await page.goto('/');
  await expect(page.getByText('Still loading the dataset.')).toBeVisible({ timeout: LOAD_TIMEOUT });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('did not send /data/dataset.json within 20 seconds', { timeout: 60_000 });
  expect(Date.now() - started).toBeGreaterThanOrEqual(19_000);
  await expectRetryRecovers(page);
});

test('script in every text field of the dataset: every view draws it as text, and none of it runs', async ({ page }) => {
  test.setTimeout(120_000);
  const { data, fields } = withScriptInEveryTextField(await realDataset(page));
  expect(fields).toBeGreaterThan(500);
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.route(DATASET, (route) => route.fulfill({ json: data }));
  const model = data.models[0]!;
  const views: Array<[string, string | RegExp]> = [
    ['/', 'Leaderboard'],
    [`/?model=${String(model.id)}`, 'Leaderboard'],
    ['/timeline', 'Timeline'],
    ['/labs', 'Labs'],
    [`/labs/${String(data.labs[0]!.id)}`, /onerror/],
    ['/export-controls', 'Export controls'],
    ['/about', 'About the data'],
  ];
  for (const [path, heading] of views) {
    await page.goto(path);
    await waitForView(page, heading);
    // The first visible one: a chart summary may hold the text in its collapsed part.
    await expect(page.getByText(/<script>window\.__xss=1<\/script>/).filter({ visible: true }).first()).toBeVisible({ timeout: LOAD_TIMEOUT });
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), `script ran on ${path}`).toBeUndefined();
    expect(await page.locator('main img[src="x"], main script, main svg[onload]').count(), `injected element on ${path}`).toBe(0);
  }
  expect(errors).toEqual([]);
});
