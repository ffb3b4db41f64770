import { rovingIndex } from '../../../lib/roving-index';

/**
 * Where everything in the ranked bar chart goes, as numbers: the plot, one row per model with its bar,
 * the ticks of the index axis. Pure; the chart component only draws it.
 */

/** Each model's row. */
export const ROW_HEIGHT = 26;
/** Empty space above and below a bar within its row. */
export const BAR_GAP = 5;
/** The index axis under the rows: its ticks, their labels and the axis title. */
export const AXIS_HEIGHT = 44;
/** Room right of the plot for the longest bar's value, status mark and marks. */
export const LABEL_SPACE = 92;
/** Space above the first row. */
const TOP = 4;
/** Below this many px of bars, six tick labels (0 to 100 by 20) would touch. */
const NARROW_PLOT_PX = 150;
/** Average glyph width at 12 px, for fitting names to the name column. */
const CHAR_PX = 6.6;

export interface RankedBarRow {
  /** The bar: from the scale's lower bound to the value; no width when the value is unknown. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The row's top and vertical middle. */
  top: number;
  mid: number;
}

export interface RankedBarLayout {
  width: number;
  height: number;
  /** The plot: bars run from `left` (the scale's lower bound) to `right` (its upper bound). */
  plot: { left: number; right: number; top: number; bottom: number };
  rows: RankedBarRow[];
  ticks: { value: number; x: number }[];
  /** Characters of a name that fit the name column beside its marker. */
  nameChars: number;
}

/** The names' column: 30% of the width (45% side by side), within 104 px and 230 px (215 px side by side). */
export function nameColumnWidth(width: number, compact: boolean): number {
  return Math.round(Math.min(compact ? 215 : 230, Math.max(104, width * (compact ? 0.45 : 0.3))));
}

/** One row per value, best first as given, on the scale `domain`; every tick labelled, 20 apart (50 on a narrow plot). */
export function layoutRankedBars(values: ReadonlyArray<number | null>, width: number, domain: readonly [number, number], compact = false): RankedBarLayout {
  const [lo, hi] = domain;
  const left = nameColumnWidth(width, compact);
  const right = Math.max(left + 1, width - LABEL_SPACE);
  const top = TOP;
  const bottom = top + values.length * ROW_HEIGHT;
  const x = (v: number) => left + ((Math.min(hi, Math.max(lo, v)) - lo) / (hi - lo || 1)) * (right - left);
  const step = right - left < NARROW_PLOT_PX ? 50 : 20;
  const ticks: RankedBarLayout['ticks'] = [];
  for (let t = lo; t <= hi; t += step) ticks.push({ value: t, x: x(t) });
  const rows = values.map((v, i) => {
    const rowTop = top + i * ROW_HEIGHT;
    return { x: left, y: rowTop + BAR_GAP, width: v === null ? 0 : x(v) - left, height: ROW_HEIGHT - 2 * BAR_GAP, top: rowTop, mid: rowTop + ROW_HEIGHT / 2 };
  });
  return { width, height: bottom + AXIS_HEIGHT - TOP, plot: { left, right, top, bottom }, rows, ticks, nameChars: Math.floor((left - 24) / CHAR_PX) };
}

/** The row under a point `y` px from the chart's top (names and value labels included), or null. */
export function rowAt(layout: RankedBarLayout, y: number): number | null {
  const i = Math.floor((y - layout.plot.top) / ROW_HEIGHT);
  return i >= 0 && i < layout.rows.length ? i : null;
}

/**
 * The row a key moves to: ↓ and → the next one down, ↑ and ← the one above, PageDown/PageUp ten at a
 * time, Home/End the ends; from no row, End goes to the last and any other move to the first. Null when
 * the key is not a move.
 */
export function rowKeyIndex(key: string, current: number | null, count: number): number | null {
  if (count === 0) return null;
  const next = rovingIndex(key, current ?? 0, count, 10);
  return current === null && next !== null ? (key === 'End' ? count - 1 : 0) : next;
}
