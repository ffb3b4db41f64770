/**
 * Share, Download and Cite on the real figures, and the embed page, at a laptop and a phone width.
 * Each download is read back and checked, not just triggered.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseDataset } from '../../src/data/validate-dataset';
import { expectAxeClean, waitForView, watchConsole } from './helpers';

const DATASET = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as { models: Array<{ id: string; name: string }>; meta: { report: { publishedBy: string } } };
// A Chinese name, so the CSV is seen to keep it intact (the dataset's names are Latin today).
const CJK_NAME = 'DeepSeek-R1 深度求索';
const withCjkName = { ...DATASET, models: DATASET.models.map((m) => (m.id === 'deepseek-r1' ? { ...m, name: CJK_NAME } : m)) };

const LEADERBOARD_CHART = 'Models ranked by intelligence index';
const WIDTHS = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'phone', width: 360, height: 740 },
];

async function download(page: Page, figure: ReturnType<Page['locator']>, item: string): Promise<{ name: string; bytes: Buffer }> {
  const menu = figure.getByRole('button', { name: 'Download', exact: true });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  const [file] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: item }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** One CSV line into cells (RFC 4180 quotes). */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

for (const size of WIDTHS) {
  test.describe(`at ${size.width} px`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('Share copies a link that reopens exactly this state', async ({ page, context, baseURL }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
      const clean = watchConsole(page);
      await page.goto('/timeline?region=china&from=2024-06-01&frontier=open');
      await waitForView(page, /timeline/i);
      const frame = page.locator('figure.chart-frame').first();
      await frame.getByRole('button', { name: 'Share', exact: true }).click();
      await frame.getByRole('button', { name: 'Copy link to this figure' }).click();
      await expect(frame.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(page.url());
      const again = await context.newPage();
      await again.goto(copied);
      await waitForView(again, /timeline/i);
      await expect(again).toHaveURL(copied);
      const points = async (p: Page) => p.locator('.tl-frontier').first().getAttribute('data-points');
      await expect.poll(() => points(again)).toBe(await points(page));
      clean();
    });

    test('every download of the leaderboard chart is a real, complete file', async ({ page }) => {
      const clean = watchConsole(page);
      await page.route('**/data/dataset.json', (route) => route.fulfill({ json: withCjkName }));
      await page.goto('/?region=china');
      await waitForView(page, /leaderboard/i);
      const figure = page.locator('figure.chart-frame', { has: page.getByRole('heading', { name: LEADERBOARD_CHART }) });
      const chart = figure.locator('.chart-frame__body svg').first();
      await expect(chart).toBeVisible();

      const svg = await download(page, figure, 'Image (SVG)');
      expect(svg.name).toBe(`china-ai-leaderboard-${DATASET.meta.report.publishedBy.slice(0, 7)}.svg`);
      const svgText = svg.bytes.toString('utf8');
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return { error: doc.querySelector('parsererror') !== null, width: Number(doc.documentElement.getAttribute('width')), text: doc.documentElement.textContent ?? '' };
      }, svgText);
      expect(parsed.error).toBe(false);
      expect(parsed.text).toContain(LEADERBOARD_CHART);
      expect(parsed.text).toContain('Artificial Analysis Intelligence Index');
      expect(parsed.text.replace(/\s+/g, '')).toContain('Dataasof');

      const png = await download(page, figure, 'Image (PNG, 2×)');
      expect(png.name).toBe(`china-ai-leaderboard-${DATASET.meta.report.publishedBy.slice(0, 7)}.png`);
      const box = (await chart.boundingBox())!;
      const { width, height } = pngSize(png.bytes);
      // The image is the print layout at twice its size; the chart inside it is drawn at its CSS size.
      expect(width).toBe(parsed.width * 2);
      expect(width).toBeGreaterThanOrEqual(Math.round(box.width) * 2);
      expect(height).toBeGreaterThan(Math.round(box.height) * 2);

      const csv = await download(page, figure, 'Data shown (CSV)');
      expect(csv.name).toBe(`china-ai-leaderboard-${DATASET.meta.report.publishedBy.slice(0, 7)}.csv`);
      const text = csv.bytes.toString('utf8');
      expect(text.charCodeAt(0), 'UTF-8 byte-order mark').toBe(0xfeff);
      const lines = text.slice(1).trimEnd().split('\r\n').map(csvCells);
      expect(lines[0]).toEqual(expect.arrayContaining(['Index status', 'Index scale', 'Source ids', 'Source URLs', 'Release date']));
      // Exactly the rows on screen: the table twin lists the bars drawn. Close the menu first: on a phone
      // its panel covers the tabs.
      await page.keyboard.press('Escape');
      await expect(figure.getByRole('button', { name: 'Download', exact: true })).toHaveAttribute('aria-expanded', 'false');
      await figure.getByRole('tab', { name: 'Table', exact: true }).click();
      const shown = await figure.locator('table tbody tr').evaluateAll((rows) => rows.map((r) => r.querySelector('th, td')?.textContent?.trim() ?? ''));
      expect(lines.slice(1).map((l) => l[0])).toEqual(shown);
      expect(shown).toContain(CJK_NAME);

      const json = await download(page, figure, 'Whole dataset (JSON)');
      expect(json.name).toMatch(/^china-ai-dashboard-dataset-\d{4}-\d{2}-\d{2}\.json$/);
      expect(parseDataset(JSON.parse(json.bytes.toString('utf8'))).ok).toBe(true);
      clean();
    });

    test('the embed page shows one figure without the site chrome, and passes axe', async ({ page }) => {
      const clean = watchConsole(page);
      await page.goto('/embed/frontier?region=china');
      await expect(page.getByRole('heading', { level: 1, name: /frontier/i })).toBeVisible();
      await expect(page.locator('.tl-frontier svg').first()).toBeVisible();
      await expect(page.getByRole('banner')).toHaveCount(0);
      await expect(page.getByRole('contentinfo')).toHaveCount(0);
      await expect(page.getByRole('navigation')).toHaveCount(0);
      await expect(page.getByRole('link', { name: 'Open the full view' })).toHaveAttribute('href', '/timeline?region=china');
      await expect(page.locator('.embed__source')).toContainText('Data as of');
      await expectAxeClean(page);
      clean();
    });

    test('an embed address with hostile parameters shows the default figure under a clean address', async ({ page }) => {
      const clean = watchConsole(page);
      await page.goto('/embed/%3Cscript%3Ealert(1)%3C%2Fscript%3E?region=%3Cimg%20src%3Dx%3E&sort=__proto__&labs=..%2F..');
      await expect(page.getByRole('heading', { level: 1, name: LEADERBOARD_CHART })).toBeVisible();
      await expect(page.locator('.embed__figure svg').first()).toBeVisible();
      await expect.poll(() => new URL(page.url()).pathname).toBe('/embed/leaderboard');
      await expect.poll(() => new URL(page.url()).search).toBe('');
      clean();
    });
  });
}

test('a refused clipboard and a blocked canvas say so, and the page keeps working', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    HTMLCanvasElement.prototype.toBlob = function () {
      throw new DOMException('The canvas has been tainted', 'SecurityError');
    };
  });
  await page.goto('/');
  await waitForView(page, /leaderboard/i);
  const figure = page.locator('figure.chart-frame', { has: page.getByRole('heading', { name: LEADERBOARD_CHART }) });
  await expect(figure.locator('.chart-frame__body svg').first()).toBeVisible();

  await figure.getByRole('button', { name: 'Share', exact: true }).click();
  await figure.getByRole('button', { name: 'Copy link to this figure' }).click();
  await expect(figure.getByRole('textbox', { name: 'Link to this figure' })).toHaveValue(page.url());
  await expect(figure.getByText('The browser did not allow copying')).toBeVisible();

  await figure.getByRole('button', { name: 'Download', exact: true }).click();
  await figure.getByRole('button', { name: 'Image (PNG, 2×)' }).click();
  await expect(figure.getByRole('status').filter({ hasText: 'canvas blocked' })).toBeVisible();

  // Still working: the CSV downloads and the table opens.
  const [file] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: 'Data shown (CSV)' }).click()]);
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  await figure.getByRole('tab', { name: 'Table', exact: true }).click();
  await expect(figure.locator('table')).toBeVisible();
});
