/**
 * The cadence chart's layout, computed from the quarters and the box's width: one band per quarter,
 * the stacked segments (per region, other models then reasoning ones), the count axis's round ticks
 * and the quarter labels. Pure, tested as data; the component only draws what this returns. Drawn
 * without Recharts: a small stacked bar chart is far cheaper to redraw on every filter click this way.
 */
import type { Region } from '../../../lib/regions';
import type { CadenceQuarter } from './select-cadence';

export const CADENCE_HEIGHT = 300;
/** Room for the count axis (ticks and their labels) on the left, and the quarter labels (two lines and ★n) below. */
const AXIS_WIDTH = 34;
const LABELS_HEIGHT = 46;
const MARGIN = { top: 8, right: 8 };
/** The gap on each side of a bar, as a share of its quarter's band. */
const BAR_GAP = 0.18;
/** Count ticks aimed for (round steps may leave fewer inside the data). */
const TICK_COUNT = 5;
/** A segment shows its region's marker when it is at least this big (px) each way. */
const MARKER_MIN_PX = 12;
export const SEGMENT_MARKER_PX = 8;

const REGIONS: readonly Region[] = ['us', 'cn', 'other'];

export interface CadenceSegment {
  key: string;
  region: Region;
  reasoning: boolean;
  count: number;
  y: number;
  height: number;
  /** The region's marker in the segment's middle, when the segment is big enough for it. */
  marker: { cx: number; cy: number } | null;
}

export interface CadenceColumn {
  quarter: CadenceQuarter;
  /** The band's left edge and width, and the bar's. */
  bandX: number;
  bandWidth: number;
  barX: number;
  barWidth: number;
  /** The band's middle, where its labels go. */
  x: number;
  /** "Q1" over "2025": the year only at Q1 and on the first column. */
  quarterLabel: string;
  yearLabel: string | null;
  /** How many labs' first reasoning model came out this quarter (★n under the label). */
  firstCount: number;
  segments: CadenceSegment[];
}

export interface CadenceLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  yTicks: Array<{ value: number; y: number }>;
  columns: CadenceColumn[];
}

const digitCount = (v: number) => (v === 0 ? 1 : Math.floor(Math.log10(Math.abs(v))) + 1);

/**
 * A round whole-number step for a count axis from 0 to `max` in `count` ticks: the rough step rounded up
 * to a tenth of its power of ten (a twentieth above 100), as the charts drawn by Recharts do.
 */
export function countStep(max: number, count = TICK_COUNT): number {
  if (max <= 0) return 1;
  const rough = max / (count - 1);
  const digits = digitCount(rough);
  const scale = digits !== 1 ? 0.05 : 0.1;
  const unit = 10 ** digits * scale;
  const steps = Math.ceil(rough / unit - 1e-9);
  // Whole numbers (rounded first, so 0.2 × 1000 is 200 and not 200.00000000000003 → 201).
  return Math.max(1, Math.ceil(Math.round(steps * unit * 1e6) / 1e6));
}

/** The ticks of a count axis from 0 that covers `max`: 0, s, 2s, … up to the first at or above `max`. */
export function countTicks(max: number, count = TICK_COUNT): number[] {
  const step = countStep(max, count);
  const top = Math.max(step * (count - 1), Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let v = 0; v <= top; v += step) ticks.push(v);
  return ticks;
}

export function layoutCadence(quarters: readonly CadenceQuarter[], width: number): CadenceLayout {
  const plot = { left: AXIS_WIDTH, right: Math.max(AXIS_WIDTH, width - MARGIN.right), top: MARGIN.top, bottom: CADENCE_HEIGHT - LABELS_HEIGHT };
  const max = quarters.reduce((m, q) => Math.max(m, q.total), 0);
  const ticks = countTicks(max);
  const top = ticks[ticks.length - 1] ?? 1;
  const y = (v: number) => plot.bottom - (v / top) * (plot.bottom - plot.top);
  const band = quarters.length > 0 ? (plot.right - plot.left) / quarters.length : 0;
  const rawBar = band * (1 - 2 * BAR_GAP);
  const barWidth = rawBar > 1 ? Math.round(rawBar) : rawBar;
  const columns = quarters.map((q, i): CadenceColumn => {
    const bandX = plot.left + i * band;
    const barX = bandX + band * BAR_GAP;
    const [quarterLabel = '', year = ''] = q.label.split(' ');
    let stacked = 0;
    const segments: CadenceSegment[] = [];
    for (const region of REGIONS) {
      for (const reasoning of [false, true]) {
        const count = reasoning ? q.counts[region].reasoning : q.counts[region].other;
        if (count === 0) continue;
        const y0 = y(stacked + count);
        const height = y(stacked) - y0;
        stacked += count;
        const big = height >= MARKER_MIN_PX && barWidth >= MARKER_MIN_PX;
        segments.push({ key: `${region}${reasoning ? 'Reasoning' : 'Other'}`, region, reasoning, count, y: y0, height, marker: big ? { cx: barX + barWidth / 2, cy: y0 + height / 2 } : null });
      }
    }
    return {
      quarter: q,
      bandX,
      bandWidth: band,
      barX,
      barWidth,
      x: bandX + band / 2,
      quarterLabel,
      yearLabel: quarterLabel === 'Q1' || i === 0 ? year : null,
      firstCount: q.firstReasoning.length,
      segments,
    };
  });
  return { width, height: CADENCE_HEIGHT, plot, yTicks: ticks.map((value) => ({ value, y: y(value) })), columns };
}

/** The quarter under a pointer `px` from the chart's left edge, or null outside the bands. */
export function columnAt(layout: CadenceLayout, px: number): number | null {
  const n = layout.columns.length;
  if (n === 0 || px < layout.plot.left || px >= layout.plot.right) return null;
  return Math.min(n - 1, Math.floor((px - layout.plot.left) / (layout.columns[0]!.bandWidth || 1)));
}
