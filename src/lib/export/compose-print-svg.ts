/**
 * Draws a print layout (see print-layout.ts) as one standalone SVG document: every colour and font is
 * an attribute, nothing refers to the page's stylesheet, so the file looks the same wherever it is
 * opened. Pure string building.
 *
 * Fonts: text stays text, set in a system font stack that names a CJK face on every common system
 * (PingFang / Hiragino on Apple, Microsoft YaHei / Yu Gothic on Windows, Noto Sans CJK on Android,
 * ChromeOS and Linux with fonts-noto-cjk). Weighed against the alternatives:
 * - embedding a font: a CJK face is megabytes; subsetting it in the browser needs a font library and
 *   the font file itself shipped with the app, for a handful of Chinese names;
 * - converting text to paths: needs the same font data and parser, and the title and source line would
 *   no longer be text: not selectable, searchable or read by a screen reader, and not checkable.
 * The PNG is rasterised on the reader's own machine, where the page has just drawn the same names with
 * the same fonts, so it never depends on fonts the reader lacks; the SVG is the editable format, meant
 * for people who will open it in a design tool on a system that has these faces.
 */
import type { PrintLayout } from './print-layout';

export const PRINT_FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, 'PingFang SC', 'Hiragino Sans', 'Microsoft YaHei', 'Yu Gothic', 'Noto Sans CJK SC', 'Noto Sans CJK JP', sans-serif";

export interface PrintTheme {
  background: string;
  text: string;
  muted: string;
  rule: string;
}

export interface ChartMarkup {
  /** The chart's content, serialised, with every style resolved into attributes. */
  inner: string;
  /** The chart's own viewBox (its CSS size, in CSS pixels). */
  viewBox: string;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const n = (v: number) => String(Math.round(v * 100) / 100);

/** `chart`: the chart, or one markup per panel in the layout's `charts` order. */
export function composePrintSvg(layout: PrintLayout, theme: PrintTheme, chart: ChartMarkup | readonly ChartMarkup[], title: string): string {
  const charts: readonly ChartMarkup[] = Array.isArray(chart) ? chart : [chart as ChartMarkup];
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${n(layout.width)}" height="${n(layout.height)}" viewBox="0 0 ${n(layout.width)} ${n(layout.height)}" font-family="${escapeXml(PRINT_FONT_STACK)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="100%" height="100%" fill="${escapeXml(theme.background)}"/>`,
  );
  for (const t of layout.texts) {
    const attrs = `font-size="${n(t.fontSize)}"${t.bold ? ' font-weight="700"' : ''} fill="${escapeXml(t.muted ? theme.muted : theme.text)}"`;
    const tspans = t.lines.map((line, i) => `<tspan x="${n(t.x)}" y="${n(t.y + i * t.lineHeight)}">${escapeXml(line)}</tspan>`).join('');
    parts.push(`<text class="print-${t.role}" ${attrs}>${tspans}</text>`);
  }
  for (const s of layout.swatches) {
    if (s.swatch.markup === null) continue;
    const b = s.box;
    parts.push(`<svg x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}" viewBox="0 0 ${n(s.swatch.width)} ${n(s.swatch.height)}" overflow="visible">${s.swatch.markup}</svg>`);
  }
 layout.charts.forEach((c, i) => {
    const markup = charts[i];
    if (!markup) return;
    parts.push(`<svg class="print-chart" x="${n(c.x)}" y="${n(c.y)}" width="${n(c.width)}" height="${n(c.height)}" viewBox="${escapeXml(markup.viewBox)}" overflow="hidden">${markup.inner}</svg>`);
  });
  const c = layout.chart;
  parts.push(`<line x1="${n(c.x > 24 ? 24 : c.x)}" x2="${n(layout.width - 24)}" y1="${n(layout.ruleY)}" y2="${n(layout.ruleY)}" stroke="${escapeXml(theme.rule)}" stroke-width="1"/>`);
  parts.push('</svg>');
  return parts.join('\n');
}
