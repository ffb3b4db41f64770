import { describe, expect, it } from 'vitest';
import { layoutPrint, type Box, type PrintFigure } from './print-layout';
import { estimateTextWidth, wrapText } from './text-metrics';

const swatch = { markup: '<rect width="22" height="12"/>', width: 22, height: 12 };
const figure: PrintFigure = {
  title: 'The frontier over time: the best index value so far, China vs the United States',
  subtitle: 'Each step is a model that raised its region’s best score. Hollow markers are estimates.',
  legend: [
    { label: 'China', swatch },
    { label: 'United States', swatch },
    { label: 'Estimate (AA “+”, not yet independently evaluated)', swatch },
    { label: '深度求索 DeepSeek', swatch: null },
  ],
  sourceLine: 'Source: Artificial Analysis, “State of AI: China Q1 2025”, compiled in the China AI Dashboard dataset v1.0.0. Data as of 29 Nov 2026.',
  scaleLine: 'Index: AA index (pre-v2, early Feb 2025).',
  statusLine: 'Status: measured = AA leaderboard; estimate = AA “+”; as stated = only a write-up gives it.',
  url: 'https://example.org/timeline?region=cn,us&from=2024-01&to=2025-02&model=deepseek-r1&some=very-long-parameter-list-that-goes-on',
};

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (a: Box, w: number, h: number) => a.x >= 0 && a.y >= 0 && a.x + a.width <= w + 0.01 && a.y + a.height <= h + 0.01;

describe('layoutPrint', () => {
  it.each([
    [360, 300],
    [800, 400],
    [1200, 520],
  ])('a %i × %i chart: everything inside the page, nothing overlapping', (width, height) => {
    const layout = layoutPrint(figure, { width, height });
    const boxes = [...layout.texts.map((t) => t.box), ...layout.swatches.map((s) => s.box), layout.chart];
    for (const box of boxes) expect(inside(box, layout.width, layout.height)).toBe(true);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
    expect(layout.chart.width).toBe(width);
    expect(layout.chart.height).toBe(height);
  });

  it('keeps the order: title, subtitle, legend, chart, rule, footer, URL', () => {
    const layout = layoutPrint(figure, { width: 800, height: 400 });
    const top = (role: string) => Math.min(...layout.texts.filter((t) => t.role === role).map((t) => t.box.y));
    expect(top('title')).toBeLessThan(top('subtitle'));
    expect(top('subtitle')).toBeLessThan(top('legend'));
    expect(top('legend')).toBeLessThan(layout.chart.y);
    expect(layout.chart.y + layout.chart.height).toBeLessThanOrEqual(layout.ruleY);
    expect(layout.ruleY).toBeLessThan(top('footer'));
    expect(top('footer')).toBeLessThan(top('url'));
  });

  it('keeps every word: wrapped lines join back to the text', () => {
    const layout = layoutPrint(figure, { width: 360, height: 300 });
    const text = (role: string) => layout.texts.filter((t) => t.role === role).flatMap((t) => t.lines);
    expect(text('title').join(' ')).toBe(figure.title);
    expect(text('url').join('')).toBe(figure.url);
    expect(text('footer').join(' ')).toBe([figure.sourceLine, figure.scaleLine, figure.statusLine].join(' '));
  });

  it('sets the panels of a figure side by side, each at its own size under its own title, nothing overlapping', () => {
    const panels = [
      { width: 340, height: 330, title: 'United States: top 10 of 27 rated' },
      { width: 340, height: 356, title: 'China: top 10 of 22 rated (11 with ties at the cut)' },
    ];
    const layout = layoutPrint(figure, panels);
    expect(layout.charts.map((c) => [c.width, c.height])).toEqual([
      [340, 330],
      [340, 356],
    ]);
    expect(layout.charts[0]!.y).toBe(layout.charts[1]!.y);
    const titles = layout.texts.filter((t) => t.role === 'panel');
    expect(titles.map((t) => t.lines.join(' '))).toEqual(panels.map((p) => p.title));
    titles.forEach((t, i) => expect(t.box.y + t.box.height).toBeLessThanOrEqual(layout.charts[i]!.y));
    const boxes = [...layout.texts.map((t) => t.box), ...layout.swatches.map((s) => s.box), ...layout.charts];
    for (const box of boxes) expect(inside(box, layout.width, layout.height)).toBe(true);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
    expect(layout.chart.y + layout.chart.height).toBeLessThanOrEqual(layout.ruleY);
  });

  it('omits what is not given', () => {
    const layout = layoutPrint({ title: 'T', legend: [], sourceLine: 'S', url: 'u' }, { width: 600, height: 300 });
    expect(layout.texts.map((t) => t.role)).toEqual(['title', 'footer', 'url']);
    expect(layout.swatches).toEqual([]);
  });
});

describe('wrapText', () => {
  it('breaks a run of Chinese characters or a long URL between characters, and no line is too wide', () => {
    const lines = wrapText('深度求索'.repeat(20), 200, 12);
    expect(lines.join('')).toBe('深度求索'.repeat(20));
    for (const line of lines) expect(estimateTextWidth(line, 12)).toBeLessThanOrEqual(200);
  });
});
