/**
 * The print layout of a figure, as data: where the title, subtitle, legend, chart and footer go, so
 * that nothing is cut off or overlaps. Pure; `compose-print-svg.ts` draws it.
 */
import { estimateTextWidth, wrapText, type MeasureText } from './text-metrics';

export interface LegendSwatch {
  /** Serialised SVG content drawn in a `width` × `height` box (styles already resolved), or null for none. */
  markup: string | null;
  width: number;
  height: number;
}

export interface PrintLegendItem {
  label: string;
  swatch: LegendSwatch | null;
}

export interface PrintFigure {
  title: string;
  subtitle?: string;
  legend: PrintLegendItem[];
  /** "Source: … Data as of …" */
  sourceLine: string;
  /** "Index: AA index (pre-v2, early Feb 2025)." */
  scaleLine?: string;
  /** What the value statuses mean (measured, estimate, as stated). */
  statusLine?: string;
  notes?: string[];
  /** The address of the figure in this state. */
  url: string;
}

export interface TextBlock {
  /** `panel`: the title of one panel of a figure drawn in several (e.g. one per side). */
  role: 'title' | 'subtitle' | 'legend' | 'panel' | 'footer' | 'url';
  x: number;
  /** Baseline of the first line. */
  y: number;
  lines: string[];
  fontSize: number;
  lineHeight: number;
  bold: boolean;
  muted: boolean;
  /** Bounding box, for drawing checks and tests. */
  box: Box;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedSwatch {
  swatch: LegendSwatch;
  box: Box;
}

/** A chart's size as drawn on screen (CSS pixels), and its own title when the figure has several panels. */
export interface ChartSize {
  width: number;
  height: number;
  title?: string;
}

export interface PrintLayout {
  width: number;
  height: number;
  texts: TextBlock[];
  swatches: PlacedSwatch[];
  /** Where each chart goes, in the order given: one beside the other, each under its own title. */
  charts: Box[];
  /** The box around every chart (the one chart when there is one). */
  chart: Box;
  /** The rule between the chart and the footer. */
  ruleY: number;
}

const PAD = 24;
const MIN_WIDTH = 560;
const TYPE = {
  title: { size: 20, lh: 1.25, bold: true },
  subtitle: { size: 14, lh: 1.35, bold: false },
  legend: { size: 12, lh: 1.3, bold: false },
  panel: { size: 14, lh: 1.3, bold: true },
  footer: { size: 11, lh: 1.4, bold: false },
} as const;
/** Space between panels set side by side. */
const PANEL_GAP = 32;

/**
 * `chart` is one chart, or the panels of a figure drawn in several (China and the US side by side): they
 * are set in one row, in the order given, each under its title, so the image shows the figure whole.
 */
export function layoutPrint(figure: PrintFigure, chart: ChartSize | readonly ChartSize[], measure: MeasureText = estimateTextWidth): PrintLayout {
  const panels: readonly ChartSize[] = Array.isArray(chart) ? chart : [chart as ChartSize];
  const rowWidth = panels.reduce((sum, p) => sum + p.width, 0) + PANEL_GAP * Math.max(0, panels.length - 1);
  const width = Math.ceil(Math.max(MIN_WIDTH, rowWidth + 2 * PAD));
  const inner = width - 2 * PAD;
  const texts: TextBlock[] = [];
  const swatches: PlacedSwatch[] = [];
  let y = PAD;

  /** A block of wrapped text at (x, top) within `within` pixels; returns its height. */
  const block = (role: TextBlock['role'], text: string, type: (typeof TYPE)[keyof typeof TYPE], muted: boolean, x: number, top: number, within: number) => {
    const lines = wrapText(text, within, type.size, measure, type.bold);
    if (lines.length === 0) return 0;
    const lineHeight = type.size * type.lh;
    const height = lines.length * lineHeight;
    const widest = Math.max(...lines.map((l) => measure(l, type.size, type.bold)));
    // Baseline sits about 0.8 em below the top of a line box.
    texts.push({ role, x, y: top + (lineHeight - type.size) / 2 + type.size * 0.8, lines, fontSize: type.size, lineHeight, bold: type.bold, muted, box: { x, y: top, width: widest, height } });
    return height;
  };
  const paragraph = (role: TextBlock['role'], text: string, type: (typeof TYPE)[keyof typeof TYPE], muted: boolean) => {
    y += block(role, text, type, muted, PAD, y, inner);
  };

  paragraph('title', figure.title, TYPE.title, false);
  if (figure.subtitle) {
    y += 4;
    paragraph('subtitle', figure.subtitle, TYPE.subtitle, true);
  }

  if (figure.legend.length > 0) {
    y += 12;
    const t = TYPE.legend;
    const rowHeight = Math.max(t.size * t.lh, ...figure.legend.map((i) => i.swatch?.height ?? 0)) + 4;
    let x = PAD;
    let rowTop = y;
    for (const item of figure.legend) {
      const swatchWidth = item.swatch ? item.swatch.width + 6 : 0;
      const labelLines = wrapText(item.label, inner - swatchWidth, t.size, measure);
      const labelWidth = Math.max(...labelLines.map((l) => measure(l, t.size)), 0);
      const itemWidth = swatchWidth + labelWidth;
      const itemHeight = Math.max(rowHeight, labelLines.length * t.size * t.lh + 4);
      if (x > PAD && x + itemWidth > PAD + inner) {
        x = PAD;
        rowTop = y;
      }
      if (item.swatch) {
        swatches.push({ swatch: item.swatch, box: { x, y: rowTop + (rowHeight - item.swatch.height) / 2, width: item.swatch.width, height: item.swatch.height } });
      }
      const lx = x + swatchWidth;
      const lh = t.size * t.lh;
      texts.push({ role: 'legend', x: lx, y: rowTop + (rowHeight - t.size) / 2 + t.size * 0.8, lines: labelLines, fontSize: t.size, lineHeight: lh, bold: false, muted: false, box: { x: lx, y: rowTop, width: labelWidth, height: itemHeight } });
      y = Math.max(y, rowTop + itemHeight);
      x += itemWidth + 16;
    }
  }

  y += 12;
  // The panels' titles on one line of boxes, then the charts under them, tops aligned.
  let x = PAD + (inner - rowWidth) / 2;
  const lefts = panels.map((p) => {
    const left = x;
    x += p.width + PANEL_GAP;
    return left;
  });
  const titlesHeight = Math.max(0, ...panels.map((p, i) => (p.title ? block('panel', p.title, TYPE.panel, false, lefts[i]!, y, p.width) : 0)));
  if (titlesHeight > 0) y += titlesHeight + 6;
  const charts = panels.map((p, i) => ({ x: lefts[i]!, y, width: p.width, height: p.height }));
  const tallest = Math.max(...panels.map((p) => p.height));
  const chartBox = { x: charts[0]!.x, y, width: rowWidth, height: tallest };
  y += tallest + 12;
  const ruleY = y;
  y += 10;

  for (const line of [figure.sourceLine, figure.scaleLine, figure.statusLine, ...(figure.notes ?? [])]) {
    if (line) paragraph('footer', line, TYPE.footer, true);
  }
  paragraph('url', figure.url, TYPE.footer, true);
  y += PAD;

  return { width, height: Math.ceil(y), texts, swatches, charts, chart: chartBox, ruleY };
}
