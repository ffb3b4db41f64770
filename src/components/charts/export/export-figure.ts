/**
 * The figure as a file: the print-layout SVG and its 2× PNG, composed from the chart's own <svg>, the
 * legend on screen and the figure's metadata. Loaded on demand (dynamic import) when a download is
 * asked for, so none of this is in the first view's JavaScript. Every failure is a result, never an
 * exception into React.
 */
import { composePrintSvg, escapeXml, PRINT_FONT_STACK, type PrintTheme } from '../../../lib/export/compose-print-svg';
import { inlineSvgStyles, serialiseChart, type SerialisedChart } from '../../../lib/export/inline-svg-styles';
import { layoutPrint, type PrintFigure, type PrintLegendItem } from '../../../lib/export/print-layout';
import { svgToPng, type ExportResult } from '../../../lib/export/svg-to-png';

/** One panel of a figure drawn in several (e.g. one per side): its title and its chart. */
export interface FigurePanel {
  title: string;
  chart: SVGSVGElement;
}

export interface FigureExportInput {
  /** The chart's own <svg> as drawn on the page (unused when `panels` are given). */
  chart: SVGSVGElement | null;
  /** A figure drawn in several charts: all of them go into the image, side by side, each under its title. */
  panels?: readonly FigurePanel[];
  /**
   * Labels drawn in HTML over the chart (e.g. the timeline's event markers, `data-export-label`): each
   * goes into the image as a box with its words, where it is on screen.
   */
  overlays?: readonly Element[];
  /** The legends on screen (lists: one <li> per key); their swatches and words go into the image. */
  legend?: Element | readonly Element[] | null;
  /** Title, subtitle, source line, scale, status encoding, notes and URL. */
  figure: Omit<PrintFigure, 'legend'>;
  /** The element whose colours (light or dark) the image takes; the figure itself. */
  themeFrom: Element;
}

export interface FigureSvg {
  svg: string;
  width: number;
  height: number;
}

/** A CSS colour expression (e.g. `var(--fg-muted)`) as the browser resolves it at `within`. */
function resolveColour(within: Element, expression: string, fallback: string): string {
  const probe = within.ownerDocument.createElement('span');
  probe.style.color = expression;
  probe.hidden = true;
  within.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value || fallback;
}

function transparent(colour: string): boolean {
  return !colour || colour === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(colour);
}

function resolveTheme(from: Element): PrintTheme {
  let background = '';
  for (let e: Element | null = from; e && transparent(background); e = e.parentElement) background = getComputedStyle(e).backgroundColor;
  const text = getComputedStyle(from).color || '#16181d';
  return {
    background: transparent(background) ? resolveColour(from, 'var(--bg, #ffffff)', '#ffffff') : background,
    text,
    muted: resolveColour(from, `var(--fg-muted, ${text})`, text),
    rule: resolveColour(from, `var(--border, ${text})`, text),
  };
}

/** HTML labels over a chart as SVG in the chart's coordinates (its viewBox is its CSS size), styles resolved. */
export function overlayMarkup(chart: SVGSVGElement, overlays: readonly Element[]): string {
  const origin = chart.getBoundingClientRect();
  return overlays
    .map((element) => {
      const r = element.getBoundingClientRect();
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (r.width <= 0 || r.height <= 0 || !text) return '';
      const style = getComputedStyle(element);
      const x = r.left - origin.left;
      const y = r.top - origin.top;
      const dash = style.borderTopStyle === 'dashed' ? ' stroke-dasharray="3 2"' : '';
      const rect = `<rect x="${x}" y="${y}" width="${r.width}" height="${r.height}" rx="${parseFloat(style.borderTopLeftRadius) || 0}" fill="${escapeXml(style.backgroundColor)}" stroke="${escapeXml(style.borderTopColor)}" stroke-width="${parseFloat(style.borderTopWidth) || 0}"${dash}/>`;
      const label = `<text x="${x + r.width / 2}" y="${y + r.height / 2}" text-anchor="middle" dominant-baseline="central" font-size="${escapeXml(style.fontSize)}" font-weight="${escapeXml(style.fontWeight)}" fill="${escapeXml(style.color)}" font-family="${escapeXml(PRINT_FONT_STACK)}">${escapeXml(text)}</text>`;
      return `<g>${rect}${label}</g>`;
    })
    .join('');
}

/** One legend entry per <li>: its first icon (styles resolved) and its words. */
export function legendFromDom(legend: Element): PrintLegendItem[] {
  const serializer = new XMLSerializer();
  return [...legend.querySelectorAll('li')].flatMap((li): PrintLegendItem[] => {
    // Words of each part, spaced: on screen a mark ("R") and its meaning are apart by CSS, not by text.
    // Adjacent text stays as written ("estimate (" "+" ")" is "estimate (+)"); an element is a word of its own.
    const label = [...li.childNodes]
      .filter((node) => node.nodeName.toLowerCase() !== 'svg' && (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.ELEMENT_NODE))
      .map((node) => (node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '') : ` ${node.textContent ?? ''} `))
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    if (!label) return [];
    const icon = li.querySelector('svg');
    if (!icon) return [{ label, swatch: null }];
    const width = Number(icon.getAttribute('width')) || icon.getBoundingClientRect().width || 12;
    const height = Number(icon.getAttribute('height')) || icon.getBoundingClientRect().height || 12;
    const copy = inlineSvgStyles(icon, PRINT_FONT_STACK);
    const markup = [...copy.childNodes].map((n) => serializer.serializeToString(n)).join('');
    return [{ label, swatch: { markup, width, height } }];
  });
}

export function buildFigureSvg(input: FigureExportInput): ExportResult<FigureSvg> {
  try {
    const sources: ReadonlyArray<{ title?: string; chart: SVGSVGElement | null }> = input.panels?.length ? input.panels : [{ chart: input.chart }];
    const drawn: Array<SerialisedChart & { title?: string }> = [];
    for (const p of sources) {
      const chart = p.chart ? serialiseChart(p.chart, PRINT_FONT_STACK) : null;
      if (!chart) return { ok: false, error: 'no-chart' };
      drawn.push({ ...chart, title: p.title });
    }
    if (input.overlays?.length && input.chart && drawn.length === 1) drawn[0]!.inner += overlayMarkup(input.chart, input.overlays);
    const lists: readonly Element[] = !input.legend ? [] : 'length' in input.legend ? input.legend : [input.legend as Element];
    const legend = lists.flatMap(legendFromDom);
    const layout = layoutPrint({ ...input.figure, legend }, drawn);
    const svg = composePrintSvg(layout, resolveTheme(input.themeFrom), drawn, input.figure.title);
    return { ok: true, value: { svg, width: layout.width, height: layout.height } };
  } catch (error) {
    return { ok: false, error: 'unknown', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** The print layout at twice its CSS size (so the chart inside it is twice the chart's CSS size). */
export async function buildFigurePng(input: FigureExportInput, scale = 2): Promise<ExportResult<Blob>> {
  const built = buildFigureSvg(input);
  if (!built.ok) return built;
  return svgToPng(built.value.svg, built.value.width, built.value.height, scale);
}
