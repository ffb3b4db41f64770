/**
 * The downloads of the figures as a reader gets them, read back: China vs US holds both sides, each
 * image keys only its own figure, files are named for the report's month, and an image downloaded in
 * dark mode has its own background with text that reads on it.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { waitForView, watchConsole } from './helpers';

const DATASET = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as { meta: { asOf: string; report: { publishedBy: string } } };
// What the files are named for: the report's month, from the dataset (not the day it was compiled).
const REPORT_MONTH = DATASET.meta.report.publishedBy.slice(0, 7);

async function download(page: Page, figure: Locator, item: string): Promise<{ name: string; text: string; bytes: Buffer }> {
  const menu = figure.getByRole('button', { name: 'Download', exact: true });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  const [file] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: item }).click()]);
  const bytes = readFileSync(await file.path());
  return { name: file.suggestedFilename(), text: bytes.toString('utf8'), bytes };
}

/** The texts of an SVG by their print role (print-title, print-panel, print-legend, print-footer…). */
async function svgParts(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    // A wrapped text is one <tspan> per line: its words are the lines joined by a space.
    const of = (role: string) => [...doc.querySelectorAll(`text.print-${role}`)].map((t) => [...t.querySelectorAll('tspan')].map((l) => l.textContent ?? '').join(' '));
    return {
      error: doc.querySelector('parsererror') !== null,
      charts: doc.querySelectorAll('svg.print-chart').length,
      panels: of('panel'),
      legend: of('legend'),
      footer: of('footer').join(' '),
      background: doc.querySelector(':root > rect')?.getAttribute('fill') ?? '',
      titleFill: doc.querySelector('text.print-title')?.getAttribute('fill') ?? '',
    };
  }, svg);
}

/** One CSV line into cells (RFC 4180 quotes). */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

/** WCAG relative luminance contrast of two `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
  const lum = (rgb: string) => {
    const [r, g, bl] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

for (const size of [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'phone', width: 360, height: 740 },
]) {
  test(`China vs US side by side downloads both sides (${size.name})`, async ({ page }) => {
    const clean = watchConsole(page);
    await page.setViewportSize(size);
    await page.goto('/?mode=compare');
    await waitForView(page, /leaderboard/i);
    const figure = page.locator('figure.chart-frame', { has: page.getByRole('heading', { name: 'Best models of each side, on one scale' }) });
    await expect(figure.locator('[data-export-panel] svg').nth(1)).toBeVisible();
    const titles = await figure.locator('[data-export-title]').allTextContents();
    expect(titles).toHaveLength(2);

    const svg = await download(page, figure, 'Image (SVG)');
    expect(svg.name).toBe(`china-ai-china-vs-us-${REPORT_MONTH}.svg`);
    const parts = await svgParts(page, svg.text);
    expect(parts.error).toBe(false);
    expect(parts.charts).toBe(2);
    expect(parts.panels.map((t) => t.replace(/\s+/g, ' '))).toEqual(titles.map((t) => t.replace(/\s+/g, ' ').trim()));
    expect(svg.text).toContain('DeepSeek-R1');
    expect(svg.text).toContain('o1');

    const png = await download(page, figure, 'Image (PNG, 2×)');
    expect(png.name).toBe(`china-ai-china-vs-us-${REPORT_MONTH}.png`);
    const width = Number(/<svg[^>]* width="([\d.]+)"/.exec(svg.text)?.[1]);
    expect(png.bytes.readUInt32BE(16)).toBe(Math.round(width * 2));

    const csv = await download(page, figure, 'Data shown (CSV)');
    const lines = csv.text.slice(1).trimEnd().split('\r\n').map(csvCells);
    const side = lines[0]!.indexOf('Side');
    expect(side).toBeGreaterThanOrEqual(0);
    expect(lines[0]).toEqual(expect.arrayContaining(['Index status', 'Source ids', 'Release date']));
    expect(new Set(lines.slice(1).map((l) => l[side]))).toEqual(new Set(['United States', 'China']));
    // Every model drawn on both sides is a row, in the order of the table twin.
    const bars = await figure.locator('[data-export-panel] .ranked-tick__name title').count();
    expect(lines.length - 1).toBe(bars);
    await page.keyboard.press('Escape');
    await figure.getByRole('tab', { name: 'Table', exact: true }).click();
    const shown = await figure.locator('table tbody tr').evaluateAll((rows) => rows.map((r) => r.querySelector('th, td')?.textContent?.trim() ?? ''));
    expect(lines.slice(1).map((l) => l[0])).toEqual(shown);
    clean();
  });
}

test('each image keys only what its figure draws: the cadence chart has its own legend and no status line', async ({ page }) => {
  await page.goto('/timeline');
  await waitForView(page, /timeline/i);
  const cadence = page.locator('figure.chart-frame', { has: page.getByRole('heading', { name: /Release cadence/ }) });
  await expect(cadence.locator('.chart-frame__body svg').first()).toBeVisible();
  const svg = await download(page, cadence, 'Image (SVG)');
  expect(svg.name).toBe(`china-ai-cadence-${REPORT_MONTH}.svg`);
  const parts = await svgParts(page, svg.text);
  expect(parts.legend).toEqual(expect.arrayContaining(['China', 'United States']));
  expect(parts.legend.join(' ')).toMatch(/Reasoning models/);
  expect(parts.footer).not.toMatch(/Status|measured|estimate/);

  // The leaderboard's image keys its bar styles (its status encoding) with its own legend: in a scope
  // with estimates, both marks.
  await page.goto('/?scope=all');
  await waitForView(page, /leaderboard/i);
  const ranked = page.locator('figure.chart-frame').first();
  await expect(ranked.locator('.chart-frame__body svg').first()).toBeVisible();
  const lb = await svgParts(page, (await download(page, ranked, 'Image (SVG)')).text);
  expect(lb.legend.join(' ')).toContain('plus: AA estimate (+)');
  expect(lb.legend.join(' ')).toContain('diamond: stated only in a write-up');
});

test('an image downloaded in dark mode has its own dark background, and its text reads on it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/timeline');
  await waitForView(page, /timeline/i);
  const frontier = page.locator('figure.chart-frame').first();
  await expect(frontier.locator('.chart-frame__body svg').first()).toBeVisible();
  const svg = await download(page, frontier, 'Image (SVG)');
  expect(svg.name).toBe(`china-ai-frontier-${REPORT_MONTH}.svg`);
  const parts = await svgParts(page, svg.text);
  expect(parts.background).toMatch(/^rgb\(/);
  expect(contrast(parts.background, 'rgb(255, 255, 255)')).toBeGreaterThan(10);
  expect(contrast(parts.titleFill, parts.background)).toBeGreaterThanOrEqual(7);
});
