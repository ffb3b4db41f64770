/**
 * SVG path data for many markers at once. The point layer draws one <path> per marker style (region ×
 * score status) instead of one node per model: 5,000 models are a handful of nodes, so a window change
 * redraws in a few milliseconds. Shapes match RegionMarkerShape. Pure.
 *
 * The encoding (the same on the lab charts, and in step with the leaderboard's bars):
 * measured = filled; as stated only in a write-up = light fill with a solid outline; estimate ("+") =
 * hollow with a dashed outline; released after the report = a dashed ring around the marker.
 */
import type { ScoreStatus } from '../../../data/dataset.schema';
import { REGION_STYLE, type Region } from '../../../lib/regions';

const r1 = (v: number) => Math.round(v * 10) / 10;

/** Space between a marker's edge and the reasoning ring, and the later-release ring outside it. */
export const REASONING_RING_GAP = 5;
export const LATER_RING_GAP = 8;

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
  status: ScoreStatus;
  later: boolean;
  open: boolean;
  reasoning: boolean;
}

export interface MarkerLayers {
  /** Markers by region and by the status of their value (measured, as stated, estimate). */
  shapes: Array<{ key: string; region: Region; status: ScoreStatus; d: string }>;
  /** Dark frames around open-weights markers, by region. */
  frames: Array<{ key: string; region: Region; d: string }>;
  /** Rings around reasoning models, by region. */
  rings: Array<{ key: string; region: Region; d: string }>;
  /** Dashed rings around models released after the report (one path; empty when there are none). */
  later: string;
}

const STATUS_ORDER: Record<ScoreStatus, number> = { measured: 0, 'as-stated': 1, estimate: 2 };

export function markerLayers(points: readonly MarkerInput[], size: number): MarkerLayers {
  const r = size / 2;
  const shapes = new Map<string, { region: Region; status: ScoreStatus; parts: string[] }>();
  const frames = new Map<Region, string[]>();
  const rings = new Map<Region, string[]>();
  const later: string[] = [];
  for (const p of points) {
    const marker = REGION_STYLE[p.region].marker;
    const key = `${p.region}-${p.status}`;
    let group = shapes.get(key);
    if (!group) shapes.set(key, (group = { region: p.region, status: p.status, parts: [] }));
    group.parts.push(shapePath(marker, p.x, p.y, r));
    if (p.open) {
      let f = frames.get(p.region);
      if (!f) frames.set(p.region, (f = []));
      f.push(shapePath(marker, p.x, p.y, r + 2));
    }
    if (p.reasoning) {
      let g = rings.get(p.region);
      if (!g) rings.set(p.region, (g = []));
      g.push(shapePath('circle', p.x, p.y, r + REASONING_RING_GAP));
    }
    if (p.later) later.push(shapePath('circle', p.x, p.y, r + LATER_RING_GAP));
  }
  return {
    // Measured markers first, so that the lighter ones are drawn on top and stay visible.
    shapes: [...shapes.entries()]
      .sort(([a, ga], [b, gb]) => STATUS_ORDER[ga.status] - STATUS_ORDER[gb.status] || a.localeCompare(b))
      .map(([key, g]) => ({ key, region: g.region, status: g.status, d: g.parts.join('') })),
    frames: [...frames.entries()].map(([region, parts]) => ({ key: `frame-${region}`, region, d: parts.join('') })),
    rings: [...rings.entries()].map(([region, parts]) => ({ key: `ring-${region}`, region, d: parts.join('') })),
    later: later.join(''),
  };
}
