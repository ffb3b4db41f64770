import { expect, test, type Page } from '@playwright/test';
import { LOAD_TIMEOUT, waitForViewLoaded } from './wait-long';

// The dataset is parsed and validated in a module worker; where the worker cannot run, the page runs the
// same checks itself (a chunk it loads only then). Both ways draw the view, and both say what is wrong
// with a broken dataset in the same words.
test.describe.configure({ timeout: 120_000 });

const WORKER_SCRIPT = '**/assets/dataset.worker-*.js';

/** The script files the page and its workers fetch. */
function watchScripts(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => seen.push(new URL(request.url()).pathname.split('/').pop() ?? ''));
  return seen;
}

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** The real dataset with a wrong type in it: a release date given as a number. */
async function wrongType(page: Page): Promise<string> {
  const real = (await (await page.request.get('/data/dataset.json')).json()) as { models: Array<Record<string, unknown>> };
  real.models[0]!.releaseDate = 20250120;
  return JSON.stringify(real);
}

test('the dataset is checked in a worker: the page draws the view without loading the checks itself', async ({ page }) => {
  const scripts = watchScripts(page);
  const errors = watchErrors(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('/');
  await waitForViewLoaded(page, /^Leaderboard$/);
  expect(workers.some((url) => /\/assets\/dataset\.worker-[\w-]+\.js$/.test(url))).toBe(true);
  expect(scripts.filter((name) => name.startsWith('dataset-check-'))).toEqual([]);
  expect(errors).toEqual([]);
});

test("when the worker's script does not load, the page checks the dataset itself and draws the view", async ({ page }) => {
  const scripts = watchScripts(page);
  const errors = watchErrors(page);
  await page.route(WORKER_SCRIPT, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }));
  await page.goto('/');
  await waitForViewLoaded(page, /^Leaderboard$/);
  await expect(page.locator('.ranked-chart__svg').first()).toBeVisible({ timeout: LOAD_TIMEOUT });
  expect(scripts.some((name) => name.startsWith('dataset-check-'))).toBe(true);
  expect(errors).toEqual([]);
});

for (const host of ['worker', 'page'] as const) {
  test(`an invalid dataset checked by the ${host}: the panel names the field and says what is wrong in words`, async ({ page }) => {
    const body = await wrongType(page);
    const scripts = watchScripts(page);
    if (host === 'page') await page.route(WORKER_SCRIPT, (route) => route.abort('failed'));
    await page.route('**/data/dataset.json', (route) => route.fulfill({ contentType: 'application/json', body }));
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('failed validation', { timeout: LOAD_TIMEOUT });
    await expect(alert).toContainText(/models\[0\]\.releaseDate: .*expected string, received number/i);
    await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
    expect(scripts.some((name) => name.startsWith('dataset-check-'))).toBe(host === 'page');
  });
}
