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
  role: 'title' | 'subtitle' | 'legend' | 'footer' | 'url';
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

export interface PrintLayout {
  width: number;
  height: number;
  texts: TextBlock[];
  swatches: PlacedSwatch[];
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
  footer: { size: 11, lh: 1.4, bold: false },
} as const;

export function layoutPrint(figure: PrintFigure, chart: { width: number; height: number }, measure: MeasureText = estimateTextWidth): PrintLayout {
  const width = Math.ceil(Math.max(MIN_WIDTH, chart.width + 2 * PAD));
  const inner = width - 2 * PAD;
  const texts: TextBlock[] = [];
  const swatches: PlacedSwatch[] = [];
  let y = PAD;

  const paragraph = (role: TextBlock['role'], text: string, type: (typeof TYPE)[keyof typeof TYPE], muted: boolean) => {
    const lines = wrapText(text, inner, type.size, measure, type.bold);
    if (lines.length === 0) return;
    const lineHeight = type.size * type.lh;
    const height = lines.length * lineHeight;
    const widest = Math.max(...lines.map((l) => measure(l, type.size, type.bold)));
    // Baseline sits about 0.8 em below the top of a line box.
    texts.push({ role, x: PAD, y: y + (lineHeight - type.size) / 2 + type.size * 0.8, lines, fontSize: type.size, lineHeight, bold: type.bold, muted, box: { x: PAD, y, width: widest, height } });
    y += height;
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
  const chartBox = { x: PAD + (inner - chart.width) / 2, y, width: chart.width, height: chart.height };
  y += chart.height + 12;
  const ruleY = y;
  y += 10;

  for (const line of [figure.sourceLine, figure.scaleLine, figure.statusLine, ...(figure.notes ?? [])]) {
    if (line) paragraph('footer', line, TYPE.footer, true);
  }
  paragraph('url', figure.url, TYPE.footer, true);
  y += PAD;

  return { width, height: Math.ceil(y), texts, swatches, chart: chartBox, ruleY };
}
