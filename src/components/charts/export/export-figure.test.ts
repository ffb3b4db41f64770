import { afterEach, describe, expect, it } from 'vitest';
import { buildFigurePng, buildFigureSvg, legendFromDom, overlayMarkup } from './export-figure';

const figure = {
  title: 'The frontier: DeepSeek (深度求索) vs OpenAI',
  sourceLine: 'Source: Artificial Analysis. Data as of 29 Nov 2026.',
  scaleLine: 'Index: AA index (pre-v2, early Feb 2025).',
  url: 'https://example.org/timeline?region=cn',
};

function mount() {
  document.body.innerHTML = `
    <figure id="fig">
      <ul id="legend"><li><svg width="12" height="12"><circle cx="6" cy="6" r="5" class="dot"></circle></svg> China</li><li><span class="legend-mark">R</span>reasoning</li><li>estimate (<!-- -->+<!-- -->)</li></ul>
      <svg id="chart" width="400" height="200" viewBox="0 0 400 200"><g class="recharts-layer"><rect class="bar" style="fill: rgb(192, 74, 0)" width="50" height="20"></rect><text class="label">DeepSeek-R1</text><rect style="display: none" class="hidden-thing"></rect></g></svg>
    </figure>`;
  return {
    chart: document.querySelector<SVGSVGElement>('#chart'),
    legend: document.querySelector('#legend'),
    themeFrom: document.querySelector('#fig')!,
  };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('buildFigureSvg', () => {
  it('composes a standalone SVG with the title, source line, legend and chart, with no classes or inline styles left', () => {
    const result = buildFigureSvg({ ...mount(), figure });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const doc = new DOMParser().parseFromString(result.value.svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const text = doc.documentElement.textContent ?? '';
    for (const part of [figure.title, figure.sourceLine, figure.scaleLine, figure.url, 'China', 'R reasoning', 'DeepSeek-R1']) expect(text).toContain(part);
    const chart = doc.querySelector('svg.print-chart')!;
    expect(chart.querySelectorAll('[class], [style]')).toHaveLength(0);
    expect(chart.querySelectorAll('rect')).toHaveLength(1);
    expect(chart.querySelector('text')?.getAttribute('font-family')).toMatch(/Noto Sans CJK/);
    expect(result.value.width).toBeGreaterThanOrEqual(400);
  });

  it('draws a figure in panels whole: every panel under its own title, and every legend given', () => {
    const { legend, themeFrom } = mount();
    const us = document.querySelector<SVGSVGElement>('#chart')!;
    const cn = us.cloneNode(true) as SVGSVGElement;
    cn.id = 'chart-cn';
    cn.querySelector('text')!.textContent = 'Qwen2.5-Max';
    themeFrom.append(cn);
    const marks = document.createElement('ul');
    marks.innerHTML = '<li><span>†</span>released after the report</li>';
    const result = buildFigureSvg({
      chart: null,
      panels: [
        { title: 'United States: top 1 of 2 rated', chart: us },
        { title: 'China: top 1 of 3 rated', chart: cn },
      ],
      legend: [legend!, marks],
      themeFrom,
      figure,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const doc = new DOMParser().parseFromString(result.value.svg, 'image/svg+xml');
    const charts = [...doc.querySelectorAll('svg.print-chart')];
    expect(charts.map((c) => c.textContent)).toEqual(['DeepSeek-R1', 'Qwen2.5-Max']);
    expect(Number(charts[1]!.getAttribute('x'))).toBeGreaterThanOrEqual(Number(charts[0]!.getAttribute('x')) + 400);
    expect([...doc.querySelectorAll('text.print-panel')].map((t) => t.textContent)).toEqual(['United States: top 1 of 2 rated', 'China: top 1 of 3 rated']);
    expect([...doc.querySelectorAll('text.print-legend')].map((t) => t.textContent)).toEqual(['China', 'R reasoning', 'estimate (+)', '† released after the report']);
    expect(result.value.width).toBeGreaterThanOrEqual(800);
  });

  it('returns a failure, not an exception, when there is no chart', () => {
    const { legend, themeFrom } = mount();
    expect(buildFigureSvg({ chart: null, legend, themeFrom, figure })).toEqual({ ok: false, error: 'no-chart' });
    const empty = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    expect(buildFigureSvg({ chart: empty, themeFrom, figure })).toEqual({ ok: false, error: 'no-chart' });
  });
});

describe('overlayMarkup', () => {
  it('draws an HTML label over the chart as a box with its words, where it is relative to the chart', () => {
    const { chart } = mount();
    const button = document.createElement('button');
    button.textContent = 'Diffusion rule';
    button.style.cssText = 'border: 1px dashed rgb(120, 90, 200); background: rgb(255, 255, 255); color: rgb(22, 24, 29); font-size: 12px';
    document.body.append(button);
    const at = (x: number, y: number, w: number, h: number) => () => ({ x, y, left: x, top: y, width: w, height: h, right: x + w, bottom: y + h, toJSON: () => ({}) }) as DOMRect;
    chart!.getBoundingClientRect = at(100, 50, 400, 200);
    button.getBoundingClientRect = at(180, 60, 90, 20);
    const markup = overlayMarkup(chart!, [button]);
    const doc = new DOMParser().parseFromString(`<svg xmlns="http://www.w3.org/2000/svg">${markup}</svg>`, 'image/svg+xml');
    const rect = doc.querySelector('rect')!;
    expect([rect.getAttribute('x'), rect.getAttribute('y'), rect.getAttribute('width'), rect.getAttribute('height')]).toEqual(['80', '10', '90', '20']);
    expect(rect.getAttribute('stroke-dasharray')).not.toBeNull();
    expect(doc.querySelector('text')?.textContent).toBe('Diffusion rule');
    expect(doc.querySelector('text')?.getAttribute('x')).toBe('125');
  });
});

describe('legendFromDom', () => {
  it('reads one entry per item, with its icon when it has one', () => {
    const items = legendFromDom(mount().legend!);
    expect(items.map((i) => i.label)).toEqual(['China', 'R reasoning', 'estimate (+)']);
    expect(items[0]?.swatch?.markup).toContain('<circle');
    expect(items[1]?.swatch).toBeNull();
  });
});

describe('buildFigurePng', () => {
  it('reports a failure when the browser cannot render the image (jsdom loads no images)', async () => {
    Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => {} });
    const img = Object.getOwnPropertyDescriptor(HTMLImageElement.prototype, 'src');
    Object.defineProperty(HTMLImageElement.prototype, 'src', {
      configurable: true,
      set(this: HTMLImageElement) {
        queueMicrotask(() => this.onerror?.(new Event('error')));
      },
    });
    try {
      const result = await buildFigurePng({ ...mount(), figure });
      expect(result).toEqual({ ok: false, error: 'image-load' });
    } finally {
      if (img) Object.defineProperty(HTMLImageElement.prototype, 'src', img);
    }
  });
});
