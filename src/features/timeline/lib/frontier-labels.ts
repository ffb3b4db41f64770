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
import type { Spot } from '../../../lib/point-labels';
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

/** The gap between a marker's edge and its label, px. */
const LABEL_GAP = 3;

/**
 * Where a frontier label may go around its marker (`radius`: the marker's half-size), in order of
 * preference: right, left, above-right, above-left, below-right, below-left, above, below.
 */
export function frontierLabelSpots(radius: number): Spot[] {
  const r = radius + LABEL_GAP;
  return [
    { side: 'right', dx: r, level: 'level', dy: 0 },
    { side: 'left', dx: r, level: 'level', dy: 0 },
    { side: 'right', dx: r * 0.6, level: 'above', dy: r },
    { side: 'left', dx: r * 0.6, level: 'above', dy: r },
    { side: 'right', dx: r * 0.6, level: 'below', dy: r },
    { side: 'left', dx: r * 0.6, level: 'below', dy: r },
    { side: 'centre', dx: 0, level: 'above', dy: r },
    { side: 'centre', dx: 0, level: 'below', dy: r },
  ];
}
