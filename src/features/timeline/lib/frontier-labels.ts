/**
 * Direct labels on the frontier chart: which models get their name next to their marker, and where the
 * names go without overlapping. Pure; the layout feeds it pixel positions and text widths.
 *
 * The rule: a model is labelled when it set or nearly set the frontier, i.e. its index is within
 * `near` points of the best index any model (of any region) had reached by its release date, itself
 * included; then, with lower priority, the models that set or came within a point of the US's or
 * China's own frontier (DeepSeek-V3 and Qwen2.5-Max for China). Labels are placed in that order, highest index first (then
 * earliest), so where they do not all fit, the lower ones are left out.
 */
import type { PlotPoint } from './select-frontier';

/** How many points below the frontier still count as "nearly set it". */
export const NEAR_FRONTIER_POINTS = 2;
/** The same for a region's own frontier (the US's and China's): closer, so the chart is not crowded. */
export const REGIONAL_NEAR_POINTS = 1;

export interface FrontierLabelCandidate {
  id: string;
  /** Whether it set the frontier (no earlier model had a higher index). */
  sets: boolean;
  /** Index points below the best so far at its date (0 when it set it). */
  behind: number;
}

/**
 * The models that set or nearly set the frontier, in label priority order (highest index first, then
 * earliest). `steps` are the frontier's records across every region (models before
 * the window count too); a model's "best so far" counts every record up to and including its day, so a
 * tie on the day is "set", not "near".
 */
export function frontierLabelCandidates(
  points: readonly PlotPoint[],
  steps: ReadonlyArray<{ time: number; value: number }>,
  near: number = NEAR_FRONTIER_POINTS,
): FrontierLabelCandidate[] {
  const best = (time: number, inclusive: boolean) => {
    let b = -Infinity;
    for (const s of steps) if (s.time < time || (inclusive && s.time === time)) b = Math.max(b, s.value);
    return b;
  };
  const out: Array<FrontierLabelCandidate & { value: number; time: number }> = [];
  for (const p of points) {
    const onDay = Math.max(best(p.time, true), p.value);
    const behind = onDay - p.value;
    if (behind <= near) out.push({ id: p.id, sets: behind === 0 && p.value >= best(p.time, false), behind, value: p.value, time: p.time });
  }
  return out
    .sort((a, b) => b.value - a.value || a.time - b.time || a.id.localeCompare(b.id))
    .map(({ id, sets, behind }) => ({ id, sets, behind }));
}

/**
 * The label order for a chart with one frontier line per region: the overall frontier's setters first,
 * then each region's own (those not already named), each group highest index first.
 */
export function frontierLabelOrder(
  points: readonly PlotPoint[],
  lines: ReadonlyArray<{ region: PlotPoint['region']; steps: ReadonlyArray<{ time: number; value: number }> }>,
  near: number = NEAR_FRONTIER_POINTS,
): string[] {
  const overall = frontierLabelCandidates(points, lines.flatMap((l) => l.steps), near).map((c) => c.id);
  const named = new Set(overall);
  const valueOf = new Map(points.map((p) => [p.id, p.value]));
  // The two frontiers the report compares; "Other" is drawn but not narrated.
  const regional = lines
    .filter((l) => l.region !== 'other')
    .flatMap((l) => frontierLabelCandidates(points.filter((p) => p.region === l.region), l.steps, REGIONAL_NEAR_POINTS))
    .map((c) => c.id)
    .filter((id) => !named.has(id))
    .sort((a, b) => valueOf.get(b)! - valueOf.get(a)!);
  return [...overall, ...regional];
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface PointLabelInput {
  id: string;
  /** The marker's centre, px. */
  x: number;
  y: number;
  /** The label's size, px. */
  width: number;
  height: number;
}

export interface PlacedPointLabel {
  id: string;
  /** The text's box, px. */
  box: Box;
  /** Where the text is anchored: its left edge (`start`) or right edge (`end`), and its vertical centre. */
  anchor: 'start' | 'end';
  textX: number;
  textY: number;
}

const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (a: Box, b: Box) => a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;

/**
 * Places labels in priority order (the order given): each takes the first of eight spots around its
 * marker (right, left, above-right, above-left, below-right, below-left, above, below) that lies inside
 * `bounds`, overlaps no label placed before it nor any box in `avoid`, and covers the fewest markers
 * (`markers`: every point's centre, drawn `markerRadius` px wide). A label with no free spot is left
 * out (it stays in the tooltip and the table). Returns the placed labels, in the order given.
 */
export function placePointLabels(
  labels: readonly PointLabelInput[],
  opts: { bounds: Box; markers: ReadonlyArray<{ x: number; y: number }>; markerRadius: number; avoid?: readonly Box[]; gap?: number },
): PlacedPointLabel[] {
  const { bounds, markers, markerRadius, avoid = [] } = opts;
  const gap = opts.gap ?? 3;
  const placed: PlacedPointLabel[] = [];
  for (const l of labels) {
    const r = markerRadius + gap;
    const { x, y, width: w, height: h } = l;
    const spots: Array<{ left: number; top: number }> = [
      { left: x + r, top: y - h / 2 },
      { left: x - r - w, top: y - h / 2 },
      { left: x + r * 0.6, top: y - r - h },
      { left: x - r * 0.6 - w, top: y - r - h },
      { left: x + r * 0.6, top: y + r },
      { left: x - r * 0.6 - w, top: y + r },
      { left: x - w / 2, top: y - r - h },
      { left: x - w / 2, top: y + r },
    ];
    let chosen: { box: Box; covered: number } | null = null;
    for (const s of spots) {
      const box = { left: s.left, top: s.top, right: s.left + w, bottom: s.top + h };
      if (!inside(box, bounds)) continue;
      if (placed.some((p) => overlap(p.box, box)) || avoid.some((a) => overlap(a, box))) continue;
      let covered = 0;
      for (const m of markers) {
        if (m.x === x && m.y === y) continue;
        if (overlap(box, { left: m.x - markerRadius, right: m.x + markerRadius, top: m.y - markerRadius, bottom: m.y + markerRadius })) covered++;
      }
      if (!chosen || covered < chosen.covered) chosen = { box, covered };
      if (covered === 0) break;
    }
    if (!chosen) continue;
    const { box } = chosen;
    const anchor = box.left + w / 2 < x ? 'end' : 'start';
    placed.push({ id: l.id, box, anchor, textX: anchor === 'end' ? box.right : box.left, textY: (box.top + box.bottom) / 2 });
  }
  return placed;
}
