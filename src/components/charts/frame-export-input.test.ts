import { afterEach, describe, expect, it, vi } from 'vitest';
import { frameExportInput } from './frame-actions';

const figure = { title: 'T', sourceLine: 'S', url: 'u' };

/** jsdom lays nothing out: every <svg> gets the size its width and height attributes say. */
function sized() {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const w = Number(this.getAttribute('width') ?? 0);
    const h = Number(this.getAttribute('height') ?? 0);
    return { x: 0, y: 0, left: 0, top: 0, right: w, bottom: h, width: w, height: h, toJSON: () => ({}) } as DOMRect;
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

const LEGENDS = `
  <ul aria-label="Legend"><li><svg width="12" height="12"></svg> China</li></ul>
  <svg id="chart" width="600" height="300"></svg>
  <ul aria-label="Marks"><li><span>R</span> reasoning</li></ul>`;

describe('frameExportInput', () => {
  it('takes the chart and every legend in the chart body, and nothing from the footer or other tabs', () => {
    sized();
    document.body.innerHTML = `<figure id="f">
      <div class="chart-frame__body">${LEGENDS}</div>
      <div class="chart-frame__body" hidden><ul aria-label="Other tab"><li>x</li></ul><svg width="900" height="900"></svg></div>
      <figcaption><ul aria-label="Footer list"><li>not a key</li></ul></figcaption></figure>`;
    const input = frameExportInput(document.querySelector('figure'), figure)!;
    expect(input.chart?.id).toBe('chart');
    expect(input.panels).toEqual([]);
    expect((input.legend as Element[]).map((l) => l.getAttribute('aria-label'))).toEqual(['Legend', 'Marks']);
  });

  it('takes the labels drawn in HTML over the chart (data-export-label)', () => {
    sized();
    document.body.innerHTML = `<figure><div class="chart-frame__body"><div><div role="toolbar"><button data-export-label>H20 rule</button></div>${LEGENDS}</div></div></figure>`;
    const input = frameExportInput(document.querySelector('figure'), figure)!;
    expect(input.overlays?.map((o) => o.textContent)).toEqual(['H20 rule']);
  });

  it('takes every panel of a figure drawn in panels, each with its title', () => {
    sized();
    document.body.innerHTML = `<figure><div class="chart-frame__body"><div>
      <div data-export-panel><h3 data-export-title>United  States: top 10</h3><svg id="us" width="300" height="300"></svg></div>
      <div data-export-panel><h3 data-export-title>China: top 10</h3><svg id="cn" width="300" height="320"></svg></div>
    </div></div></figure>`;
    const input = frameExportInput(document.querySelector('figure'), figure)!;
    expect(input.panels?.map((p) => [p.title, p.chart.id])).toEqual([
      ['United States: top 10', 'us'],
      ['China: top 10', 'cn'],
    ]);
    expect(input.chart).toBeNull();
  });
});
