import { describe, expect, it } from 'vitest';
import { composePrintSvg } from './compose-print-svg';
import { layoutPrint } from './print-layout';

const figure = {
  title: 'Frontier <China> & “US”',
  subtitle: 'Best score so far',
  legend: [{ label: '深度求索', swatch: { markup: '<circle cx="6" cy="6" r="5" fill="#c04a00"/>', width: 12, height: 12 } }],
  sourceLine: 'Source: Artificial Analysis. Data as of 29 Nov 2026.',
  scaleLine: 'Index: AA index (pre-v2, early Feb 2025).',
  url: 'https://example.org/timeline?a=1&b=2',
};
const theme = { background: 'rgb(18, 20, 24)', text: 'rgb(232, 234, 238)', muted: 'rgb(169, 176, 188)', rule: 'rgb(58, 63, 72)' };

function compose() {
  const layout = layoutPrint(figure, { width: 640, height: 320 });
  return { layout, svg: composePrintSvg(layout, theme, { inner: '<rect class="bar" width="10" height="10" fill="rgb(0, 114, 178)"/>', viewBox: '0 0 640 320' }, figure.title) };
}

describe('composePrintSvg', () => {
  it('is one well-formed SVG document with the layout size and the theme background', () => {
    const { layout, svg } = compose();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe(String(layout.width));
    expect(root.getAttribute('height')).toBe(String(layout.height));
    expect(root.querySelector('rect')?.getAttribute('fill')).toBe(theme.background);
  });

  it('holds the title, the legend, the source line, the scale and the URL as text, escaped', () => {
    const doc = new DOMParser().parseFromString(compose().svg, 'image/svg+xml');
    const text = [...doc.querySelectorAll('text')].map((t) => t.textContent).join('\n');
    for (const part of ['Frontier <China> & “US”', '深度求索', figure.sourceLine, figure.scaleLine, figure.url]) expect(text).toContain(part);
    expect(doc.querySelector('title')?.textContent).toBe(figure.title);
  });

  it('places the chart at its own size, and refers to no stylesheet or CSS variable', () => {
    const { layout, svg } = compose();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const chart = doc.querySelector('svg.print-chart');
    expect(chart?.getAttribute('width')).toBe(String(layout.chart.width));
    expect(chart?.querySelector('rect.bar')).not.toBeNull();
    expect(svg).not.toMatch(/var\(--|<style|<link/);
  });
});
