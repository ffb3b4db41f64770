/**
 * SVG path data for many markers at once. The point layer draws one <path> per marker style (region ×
 * released-by-the-report or later) instead of one node per model: 5,000 models are a handful of nodes,
 * so a window change redraws in a few milliseconds. Shapes match RegionMarkerShape. Pure.
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
  later: boolean;
  open: boolean;
  reasoning: boolean;
}

export interface MarkerLayers {
  /** Markers by region and by "later" (hollow). */
  shapes: Array<{ key: string; region: Region; later: boolean; d: string }>;
  /** Dark frames around open-weights markers, by region. */
  frames: Array<{ key: string; region: Region; d: string }>;
  /** Rings around reasoning models, by region. */
  rings: Array<{ key: string; region: Region; d: string }>;
}

export function markerLayers(points: readonly MarkerInput[], size: number): MarkerLayers {
  const r = size / 2;
  const shapes = new Map<string, { region: Region; later: boolean; parts: string[] }>();
  const frames = new Map<Region, string[]>();
  const rings = new Map<Region, string[]>();
  for (const p of points) {
    const marker = REGION_STYLE[p.region].marker;
    const key = `${p.region}-${p.later ? 'later' : 'by-report'}`;
    let group = shapes.get(key);
    if (!group) shapes.set(key, (group = { region: p.region, later: p.later, parts: [] }));
    group.parts.push(shapePath(marker, p.x, p.y, r));
    if (p.open) {
      let f = frames.get(p.region);
      if (!f) frames.set(p.region, (f = []));
      f.push(shapePath(marker, p.x, p.y, r + 2));
    }
    if (p.reasoning) {
      let g = rings.get(p.region);
      if (!g) rings.set(p.region, (g = []));
      g.push(shapePath('circle', p.x, p.y, r + 5));
    }
  }
  return {
    shapes: [...shapes.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, g]) => ({ key, region: g.region, later: g.later, d: g.parts.join('') })),
    frames: [...frames.entries()].map(([region, parts]) => ({ key: `frame-${region}`, region, d: parts.join('') })),
    rings: [...rings.entries()].map(([region, parts]) => ({ key: `ring-${region}`, region, d: parts.join('') })),
  };
}
