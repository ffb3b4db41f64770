/**
 * Axis ticks shared by every chart of index against time (the frontier chart, lab charts, comparisons),
 * so that charts drawn on the same domain and height have the same gridlines. Pure.
 */

const INDEX_STEPS = [5, 10, 20, 25, 50];

/** Pixels between index gridlines that a chart should leave at least. */
export const INDEX_TICK_SPACING_PX = 40;

/**
 * Round ticks for an index axis: the smallest step (5, 10, 20, 25, 50) that gives at most `maxTicks`
 * ticks inside the domain. Without room for any, the domain's two ends.
 */
export function indexTicks(domain: readonly [number, number], maxTicks: number): number[] {
  for (const step of INDEX_STEPS) {
    const ticks: number[] = [];
    for (let v = Math.ceil(domain[0] / step) * step; v <= domain[1]; v += step) ticks.push(v);
    if (ticks.length <= maxTicks) return ticks;
  }
  return [domain[0], domain[1]];
}

/** How many index ticks fit on a plot this tall (at least 3). */
export function indexTickCount(plotHeightPx: number): number {
  return Math.max(3, Math.floor(plotHeightPx / INDEX_TICK_SPACING_PX));
}

export interface TimeTick {
  time: number;
  /** The tick starts a year (label it with the year) or is within one (label it with the month). */
  unit: 'year' | 'month';
}

const STEPS_IN_MONTHS = [1, 3, 6, 12, 24, 60];

/**
 * Ticks on month boundaries: the smallest step (1, 3, 6 months, 1, 2, 5 years) that gives at most
 * `maxTicks` ticks inside the domain. Steps are aligned to the calendar (quarters start in Jan, Apr, …).
 */
export function timeTicks(domain: readonly [number, number], maxTicks: number): TimeTick[] {
  const [t0, t1] = domain;
  if (!(t1 > t0) || maxTicks < 1) return [];
  const start = new Date(t0);
  for (const step of STEPS_IN_MONTHS) {
    const ticks: TimeTick[] = [];
    const firstMonth = start.getUTCFullYear() * 12 + start.getUTCMonth();
    for (let m = firstMonth; ; m++) {
      const time = Date.UTC(Math.floor(m / 12), m % 12, 1);
      if (time > t1) break;
      if (time < t0) continue;
      if (step <= 12 ? m % step !== 0 : m % 12 !== 0 || Math.floor(m / 12) % (step / 12) !== 0) continue;
      ticks.push({ time, unit: m % 12 === 0 ? 'year' : 'month' });
      if (ticks.length > maxTicks) break;
    }
    if (ticks.length <= maxTicks) return ticks;
  }
  return [];
}
