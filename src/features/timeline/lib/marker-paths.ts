/**
 * SVG path data for many markers at once. The point layer draws one <path> per region instead of one
 * node per model: 5,000 models are a handful of nodes, so a window change redraws in a few
 * milliseconds. Shapes match RegionMarkerShape. Every marker is drawn in full colour, one shape per
 * region; a value's status, openness, reasoning and release after the report are in the tooltip and
 * the table, not in rings and frames to decode. Pure.
 */
import { REGION_STYLE, type Region } from '../../../lib/regions';

const r1 = (v: number) => Math.round(v * 10) / 10;

export function shapePath(marker: 'circle' | 'square' | 'triangle', cx: number, cy: number, r: number): string {
  const x = r1(cx);
  const y = r1(cy);
  if (marker === 'square') {
    const s = r1(r * 1.8);
    return `M${r1(cx - r * 0.9)},${r1(cy - r * 0.9)}h${s}v${s}h${-s}Z`;
  }
  if (marker === 'triangle') return `M${x},${r1(cy - r * 1.1)}L${r1(cx + r)},${r1(cy + r * 0.8)}L${r1(cx - r)},${r1(cy + r * 0.8)}Z`;
  const d = r1(2 * r);
  return `M${r1(cx - r)},${y}a${r1(r)},${r1(r)} 0 1,0 ${d},0a${r1(r)},${r1(r)} 0 1,0 ${-d},0`;
}

export interface MarkerInput {
  region: Region;
  x: number;
  y: number;
}

export interface MarkerLayers {
  /** The markers of each region, as one path, in a fixed order of regions. */
  shapes: Array<{ key: string; region: Region; d: string }>;
}

export function markerLayers(points: readonly MarkerInput[], size: number): MarkerLayers {
  const r = size / 2;
  const shapes = new Map<Region, string[]>();
  for (const p of points) {
    let parts = shapes.get(p.region);
    if (!parts) shapes.set(p.region, (parts = []));
    parts.push(shapePath(REGION_STYLE[p.region].marker, p.x, p.y, r));
  }
  return {
    shapes: [...shapes.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([region, parts]) => ({ key: region, region, d: parts.join('') })),
  };
}
