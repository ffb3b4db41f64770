/**
 * The link-preview image (1200 × 630, Open Graph and Twitter cards), drawn from the real dataset at
 * build time: the top models on the primary index as bars coloured by region, with the source line,
 * the index scale and the as-of date. Pure: dataset and colours in, SVG text out.
 */
import type { Dataset } from '../../src/data/dataset.schema.ts';
import { escapeXml } from '../../src/lib/export/compose-print-svg.ts';
import { estimateTextWidth, wrapText } from '../../src/lib/export/text-metrics.ts';
import { regionOfCountry, type Region } from '../../src/lib/regions.ts';
import { figureExport } from '../../src/messages/en/figure-export.ts';
import { common } from '../../src/messages/en/common.ts';

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;
const TOP = 10;

export interface PreviewColours {
  background: string;
  text: string;
  muted: string;
  grid: string;
  region: Record<Region, string>;
}

/** Latin faces first (CJK faces set Latin punctuation full-width), then CJK faces for Chinese and Japanese names. */
export const PREVIEW_FONTS = "'DejaVu Sans', 'Liberation Sans', 'Noto Sans', Arial, 'Noto Sans CJK SC', 'Noto Sans CJK JP', sans-serif";

export interface PreviewBar {
  name: string;
  value: number;
  label: string;
  region: Region;
}

/** The bars: preferred values on the primary scale, highest first (ties by name), the top ten. */
export function previewBars(data: Dataset): PreviewBar[] {
  const labs = new Map(data.labs.map((l) => [l.id, l]));
  return data.models
    .flatMap((model) => {
      const score = model.scores.find((s) => s.scale === data.meta.primaryScale && s.preferred);
      const lab = labs.get(model.labId);
      if (!score || !lab) return [];
      const mark = score.status === 'estimate' ? '+' : score.status === 'as-stated' ? '*' : '';
      return [{ name: model.name, value: score.value, label: `${score.value}${mark}`, region: regionOfCountry(lab.country) }];
    })
    .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name))
    .slice(0, TOP);
}

function truncate(text: string, width: number, size: number): string {
  if (estimateTextWidth(text, size) <= width) return text;
  let cut = text.length;
  while (cut > 1 && estimateTextWidth(`${text.slice(0, cut)}…`, size) > width) cut--;
  return `${text.slice(0, cut)}…`;
}

export function previewSvg(data: Dataset, colours: PreviewColours): string {
  const m = figureExport.preview;
  const bars = previewBars(data);
  const scale = data.scales.find((s) => s.id === data.meta.primaryScale);
  if (!scale) throw new Error(`primary scale "${data.meta.primaryScale}" is missing`);
  const pad = 56;
  const nameWidth = 300;
  const valueWidth = 70;
  const x0 = pad + nameWidth + 16;
  const plotWidth = PREVIEW_WIDTH - pad - valueWidth - x0;
  const rowHeight = 32;
  const top = 176;
  const x = (v: number) => x0 + ((v - scale.min) / (scale.max - scale.min)) * plotWidth;
  const out: string[] = [];
  const text = (tx: number, ty: number, size: number, fill: string, body: string, extra = '') =>
    out.push(`<text x="${tx}" y="${ty}" font-size="${size}" fill="${fill}"${extra}>${escapeXml(body)}</text>`);

  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}" font-family="${escapeXml(PREVIEW_FONTS)}">`);
  out.push(`<rect width="100%" height="100%" fill="${colours.background}"/>`);
  text(pad, 92, 46, colours.text, m.heading, ' font-weight="700"');
  text(pad, 136, 24, colours.muted, truncate(m.subheading(data.meta.report.title, bars.length), PREVIEW_WIDTH - 2 * pad, 24));

  for (const tick of [0, 25, 50, 75, 100].filter((t) => t >= scale.min && t <= scale.max)) {
    out.push(`<line x1="${x(tick)}" x2="${x(tick)}" y1="${top - 8}" y2="${top + bars.length * rowHeight}" stroke="${colours.grid}" stroke-width="1"/>`);
  }
  bars.forEach((bar, i) => {
    const y = top + i * rowHeight;
    text(x0 - 12, y + 23, 20, colours.text, truncate(bar.name, nameWidth, 20), ' text-anchor="end"');
    out.push(`<rect x="${x0}" y="${y + 5}" width="${Math.max(1, x(bar.value) - x0)}" height="${rowHeight - 10}" rx="3" fill="${colours.region[bar.region]}"/>`);
    text(x(bar.value) + 8, y + 23, 20, colours.text, bar.label, ' font-weight="700"');
  });

  // Legend: colour plus the region's name, then the footer.
  let lx = pad;
  const ly = top + bars.length * rowHeight + 34;
  for (const region of ['cn', 'us', 'other'] as const) {
    if (!bars.some((b) => b.region === region)) continue;
    out.push(`<rect x="${lx}" y="${ly - 14}" width="16" height="16" rx="2" fill="${colours.region[region]}"/>`);
    text(lx + 24, ly, 18, colours.text, common.region[region]);
    lx += 24 + estimateTextWidth(common.region[region], 18) + 28;
  }
  const notes = [
    // The as-of day in ISO form: unambiguous in any locale.
    m.source(data.meta.report.publisher, data.meta.report.title, data.meta.asOf),
    m.scale(scale.shortLabel),
    ...(bars.some((b) => b.label.endsWith('+')) ? [m.estimate] : []),
    ...(bars.some((b) => b.label.endsWith('*')) ? [m.asStated] : []),
  ];
  const lines = wrapText(notes.join(' '), PREVIEW_WIDTH - 2 * pad, 15);
  lines.slice(0, 3).forEach((line, i) => text(pad, ly + 30 + i * 21, 15, colours.muted, line));
  out.push('</svg>');
  return out.join('\n');
}
