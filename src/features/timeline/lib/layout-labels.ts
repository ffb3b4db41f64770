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
 * Places each label in a lane so that no two labels in a lane overlap (with `gap` px between them).
 * A label either starts at its marker and runs right, or ends at its marker (flipped); a label that fits
 * neither way (wider than the room on both sides) is clamped inside [left, right]. Each choice puts the
 * label in the lowest free lane for that side. A marker's line runs from its label down to the plot, so
 * it passes behind the labels in the lanes below; such crossings are counted. The sides are chosen by
 * a small beam search that keeps the `beam` best partial layouts (fewest lanes, then fewest crossings,
 * then lowest lanes, then fewest flips), so that a label can flip left to leave room for a crowded
 * stretch after it. Deterministic; does not depend on the order of the input.
 */
export function layoutLanes(
  items: readonly LaneItem[],
  opts: { left: number; right: number; gap: number; beam?: number },
): { placements: LanePlacement[]; laneCount: number } {
  const { left, right, gap } = opts;
  const beamWidth = opts.beam ?? 32;
  const sorted = [...items].sort((a, b) => a.x - b.x || a.id.localeCompare(b.id));

  /** A partial layout, as a chain of placements back to the empty one (no copying per step). */
  interface Node {
    parent: Node | null;
    placement: LanePlacement | null;
    x: number;
    laneCount: number;
    crossings: number;
    laneSum: number;
    flips: number;
  }
  const better = (a: Node, b: Node) => a.laneCount - b.laneCount || a.crossings - b.crossings || a.laneSum - b.laneSum || a.flips - b.flips;

  /** The lowest lane free over [start, end], and how many marker lines the label would cross or be crossed by there. */
  const place = (node: Node, start: number, end: number, x: number) => {
    const blocked = new Set<number>();
    for (let n: Node | null = node; n?.placement; n = n.parent) {
      const p = n.placement;
      if (!(end + gap <= p.start || start >= p.end + gap)) blocked.add(p.lane);
    }
    let lane = 0;
    while (blocked.has(lane)) lane++;
    let crossings = 0;
    for (let n: Node | null = node; n?.placement; n = n.parent) {
      const p = n.placement;
      if (p.lane > lane && n.x >= start - 1 && n.x <= end + 1) crossings++;
      if (p.lane < lane && x >= p.start - 1 && x <= p.end + 1) crossings++;
    }
    return { lane, crossings };
  };

  let beam: Node[] = [{ parent: null, placement: null, x: 0, laneCount: 0, crossings: 0, laneSum: 0, flips: 0 }];
  for (const item of sorted) {
    const width = Math.min(item.width, right - left);
    const sides: Array<{ start: number; flipped: boolean }> = [];
    if (item.x + width <= right) sides.push({ start: item.x, flipped: false });
    if (item.x - width >= left) sides.push({ start: item.x - width, flipped: true });
    if (sides.length === 0) sides.push({ start: Math.max(left, Math.min(item.x, right - width)), flipped: false });
    const next: Node[] = [];
    for (const node of beam)
      for (const side of sides) {
        const { lane, crossings } = place(node, side.start, side.start + width, item.x);
        next.push({
          parent: node,
          placement: { id: item.id, lane, start: side.start, end: side.start + width, flipped: side.flipped },
          x: item.x,
          laneCount: Math.max(node.laneCount, lane + 1),
          crossings: node.crossings + crossings,
          laneSum: node.laneSum + lane,
          flips: node.flips + (side.flipped ? 1 : 0),
        });
      }
    beam = next.sort(better).slice(0, beamWidth);
  }
  const best = beam[0]!;
  const placements: LanePlacement[] = [];
  for (let n: Node | null = best; n?.placement; n = n.parent) placements.push(n.placement);
  return { placements: placements.reverse(), laneCount: best.laneCount };
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
