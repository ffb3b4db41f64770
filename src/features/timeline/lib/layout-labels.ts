/** Label placement without collisions: event labels in lanes, line-end labels spread apart. Pure. */

export interface LaneItem {
  id: string;
  /** The marker's position in px. */
  x: number;
  /** The label's width in px. */
  width: number;
}

export interface LanePlacement {
  id: string;
  lane: number;
  /** The label's left and right edges in px. */
  start: number;
  end: number;
  /** Whether the label is drawn to the left of its marker (near the right edge). */
  flipped: boolean;
}

/**
 * Puts each label in the lowest lane where it does not overlap (with `gap` px between labels) any label
 * already placed there. A label starts at its marker and runs right; near the right edge it ends at its
 * marker instead; it never leaves [left, right] (a label wider than that starts at `left`).
 * Items are placed in marker order, so the result does not depend on the input order.
 */
export function layoutLanes(items: readonly LaneItem[], opts: { left: number; right: number; gap: number }): { placements: LanePlacement[]; laneCount: number } {
  const { left, right, gap } = opts;
  const sorted = [...items].sort((a, b) => a.x - b.x || a.id.localeCompare(b.id));
  /** Per lane, the occupied intervals (kept sorted by start). */
  const lanes: Array<Array<[number, number]>> = [];
  const placements: LanePlacement[] = [];
  for (const item of sorted) {
    const width = Math.min(item.width, right - left);
    let start = item.x;
    let flipped = false;
    if (start + width > right) {
      start = item.x - width;
      flipped = true;
    }
    start = Math.max(left, Math.min(start, right - width));
    const end = start + width;
    let lane = lanes.findIndex((intervals) => intervals.every(([s, e]) => end + gap <= s || start >= e + gap));
    if (lane === -1) {
      lane = lanes.length;
      lanes.push([]);
    }
    lanes[lane]!.push([start, end]);
    placements.push({ id: item.id, lane, start, end, flipped });
  }
  return { placements, laneCount: lanes.length };
}

/**
 * Spreads labels vertically so that no two are closer than `minGap` px, moving each as little as
 * possible from its wanted `y`, and keeps them inside [top, bottom] when there is room.
 */
export function spreadLabels(items: ReadonlyArray<{ id: string; y: number }>, minGap: number, bounds: readonly [number, number]): Map<string, number> {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.id.localeCompare(b.id));
  // Clusters: groups pushed apart together, each centred on the mean of the wanted positions.
  type Cluster = { ids: string[]; wanted: number[]; top: number };
  const clusters: Cluster[] = [];
  for (const item of sorted) {
    clusters.push({ ids: [item.id], wanted: [item.y], top: item.y });
    // Merge while the last cluster overlaps the one before it.
    while (clusters.length > 1) {
      const b = clusters[clusters.length - 1]!;
      const a = clusters[clusters.length - 2]!;
      if (a.top + a.ids.length * minGap <= b.top) break;
      const merged: Cluster = { ids: [...a.ids, ...b.ids], wanted: [...a.wanted, ...b.wanted], top: 0 };
      const mean = merged.wanted.reduce((s, y, i) => s + y - i * minGap, 0) / merged.wanted.length;
      merged.top = mean;
      clusters.splice(clusters.length - 2, 2, merged);
    }
  }
  const out = new Map<string, number>();
  const total = clusters.reduce((n, c) => n + c.ids.length, 0);
  const [top, bottom] = bounds;
  const room = bottom - top >= (total - 1) * minGap;
  let y = -Infinity;
  const ys: Array<[string, number]> = [];
  for (const c of clusters) c.ids.forEach((id, i) => {
    y = Math.max(c.top + i * minGap, y + minGap);
    ys.push([id, y]);
  });
  if (room && ys.length > 0) {
    // Shift up from the bottom, then down from the top, so that all fit.
    for (let i = ys.length - 1; i >= 0; i--) {
      const limit = i === ys.length - 1 ? bottom : ys[i + 1]![1] - minGap;
      if (ys[i]![1] > limit) ys[i]![1] = limit;
    }
    for (let i = 0; i < ys.length; i++) {
      const limit = i === 0 ? top : ys[i - 1]![1] + minGap;
      if (ys[i]![1] < limit) ys[i]![1] = limit;
    }
  }
  for (const [id, v] of ys) out.set(id, v);
  return out;
}

/** The index of the point nearest (x, y) within `maxDistance` px, or -1. */
export function nearestPoint(xs: ArrayLike<number>, ys: ArrayLike<number>, x: number, y: number, maxDistance: number): number {
  let best = -1;
  let bestD = maxDistance * maxDistance;
  for (let i = 0; i < xs.length; i++) {
    const dx = xs[i]! - x;
    const dy = ys[i]! - y;
    const d = dx * dx + dy * dy;
    if (d <= bestD) {
      best = i;
      bestD = d;
    }
  }
  return best;
}
