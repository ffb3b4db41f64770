/**
 * The figure-export engine in a real Chromium, on the real leaderboard chart, without touching the
 * views: the module is bundled here and injected into the page. PNG and SVG are checked, not just made,
 * in light and dark, and a blocked canvas gives a failure result, not an exception.
 */
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { waitForView, watchConsole } from './helpers';

// The engine is injected as an inline script, which the page's Content-Security-Policy refuses; this
// spec tests the engine, so it bypasses the policy. The wired-in downloads run under the policy in
// share-embed.spec.ts.
test.use({ bypassCSP: true });

let bundle = '';
// The engine is injected as an inline script, which the built page's Content-Security-Policy rightly
// refuses; this spec tests the engine, not the policy (csp-and-links.spec.ts does that).
test.use({ bypassCSP: true });

test.beforeAll(async () => {
  const { build } = await import('vite');
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: 'src/components/charts/export/export-figure.ts', formats: ['iife'], name: 'figureExport', fileName: 'figure-export' },
    },
  });
  const outputs = Array.isArray(output) ? output : [output];
  for (const out of outputs) {
    if ('output' in out) for (const chunk of out.output) if (chunk.type === 'chunk') bundle += chunk.code;
  }
  expect(bundle).toContain('buildFigurePng');
});

interface Exported {
  ok: boolean;
  error?: string;
  svg?: string;
  width?: number;
  height?: number;
  png?: string;
  chartWidth?: number;
  chartHeight?: number;
  pageBackground?: string;
}

const FIGURE = {
  title: 'Leaderboard: the AA index, highest first',
  subtitle: 'Every model with a value on the primary scale.',
  sourceLine: 'Source: Artificial Analysis, “State of AI: China Q1 2025”. Data as of 29 Nov 2026.',
  scaleLine: 'Index: AA index (pre-v2, early Feb 2025).',
  statusLine: 'Status: measured, estimate (“+”), or as stated in a write-up.',
  url: 'http://127.0.0.1/?region=cn',
};

async function exportChart(page: Page): Promise<Exported> {
  await page.addScriptTag({ content: bundle });
  return page.evaluate(async (figure) => {
    type Api = typeof import('../../src/components/charts/export/export-figure');
    const api = (window as unknown as { figureExport: Api }).figureExport;
    // The largest SVG in the main content is the chart.
    const svgs = [...document.querySelectorAll<SVGSVGElement>('main svg')];
    const area = (s: SVGSVGElement) => s.getBoundingClientRect().width * s.getBoundingClientRect().height;
    const chart = svgs.sort((a, b) => area(b) - area(a))[0] ?? null;
    const frame = chart?.closest('figure') ?? document.body;
    const input = { chart, legend: frame.querySelector('ul[aria-label]'), figure, themeFrom: frame };
    const svg = api.buildFigureSvg(input);
    if (!svg.ok) return { ok: false, error: svg.error };
    const png = await api.buildFigurePng(input);
    if (!png.ok) return { ok: false, error: png.error };
    const bytes = new Uint8Array(await png.value.arrayBuffer());
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    const rect = chart!.getBoundingClientRect();
    return {
      ok: true,
      svg: svg.value.svg,
      width: svg.value.width,
      height: svg.value.height,
      png: btoa(binary),
      chartWidth: Math.round(rect.width),
      chartHeight: Math.round(rect.height),
      pageBackground: getComputedStyle(frame).backgroundColor,
    };
  }, FIGURE);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the leaderboard chart exports as a print-layout SVG and a 2× PNG (${scheme})`, async ({ page }, info) => {
    const noErrors = watchConsole(page);
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto('/');
    await waitForView(page, /leaderboard/i);
    await expect(page.locator('main svg').first()).toBeVisible();
    const result = await exportChart(page);
    expect(result.ok, result.error).toBe(true);

    // The PNG is a real PNG, twice the layout's CSS size (so the chart in it is twice its CSS size).
    const png = Buffer.from(result.png!, 'base64');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(result.width! * 2);
    expect(png.readUInt32BE(20)).toBe(result.height! * 2);
    expect(result.width!).toBeGreaterThanOrEqual(result.chartWidth!);

    // The SVG parses, holds the title and the source line, and carries the theme's background.
    const checked = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        text: doc.documentElement.textContent ?? '',
        background: doc.querySelector('rect')?.getAttribute('fill') ?? '',
        usesVariables: /var\(--|light-dark\(/.test(svg),
      };
    }, result.svg!);
    expect(checked.error).toBeNull();
    expect(checked.text).toContain(FIGURE.title);
    expect(checked.text).toContain(FIGURE.sourceLine);
    expect(checked.text).toContain(FIGURE.url);
    expect(checked.usesVariables).toBe(false);
    expect(checked.background).toBe(result.pageBackground);
    expect(checked.background).toBe(scheme === 'dark' ? 'rgb(18, 20, 24)' : 'rgb(255, 255, 255)');

    writeFileSync(info.outputPath(`leaderboard-${scheme}.png`), png);
    writeFileSync(info.outputPath(`leaderboard-${scheme}.svg`), result.svg!);
    noErrors();
  });
}

test('a blocked canvas gives a clear failure, not an exception, and the page keeps working', async ({ page }) => {
  await page.goto('/');
  await waitForView(page, /leaderboard/i);
  await expect(page.locator('main svg').first()).toBeVisible();
  await page.evaluate(() => {
    HTMLCanvasElement.prototype.toBlob = function () {
      throw new DOMException('The canvas has been tainted', 'SecurityError');
    };
  });
  const result = await exportChart(page);
  expect(result).toEqual({ ok: false, error: 'canvas-blocked' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
