/** Linear scales, time ticks and ISO-day conversions for the timeline charts. Pure. */

export const DAY_MS = 86_400_000;

export interface LinearScale {
  (value: number): number;
  invert: (px: number) => number;
  domain: readonly [number, number];
  range: readonly [number, number];
}

export function scaleLinear(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0 || 1;
  const k = (r1 - r0) / span;
  const scale = ((v: number) => r0 + (v - d0) * k) as LinearScale;
  scale.invert = (px: number) => d0 + (px - r0) / (k || 1);
  scale.domain = domain;
  scale.range = range;
  return scale;
}

/** Midnight UTC of an ISO day. */
export function dayToTime(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** The ISO day (UTC) a time falls on. */
export function timeToDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** First day of the quarter a time falls in. */
export function quarterStart(time: number): number {
  const d = new Date(time);
  return Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / 3) * 3, 1);
}

/** First day of the month after the one a time falls in. */
export function nextMonthStart(time: number): number {
  const d = new Date(time);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

export function addMonths(time: number, months: number): number {
  const d = new Date(time);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay));
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
      if (step <= 12 ? m % step !== 0 : (m % 12 !== 0 || Math.floor(m / 12) % (step / 12) !== 0)) continue;
      ticks.push({ time, unit: m % 12 === 0 ? 'year' : 'month' });
      if (ticks.length > maxTicks) break;
    }
    if (ticks.length <= maxTicks) return ticks;
  }
  return [];
}

/** Round ticks for an index axis: every 10 (or 20 when space is short). */
export function indexTicks(domain: readonly [number, number], maxTicks: number): number[] {
  for (const step of [5, 10, 20, 25, 50]) {
    const ticks: number[] = [];
    for (let v = Math.ceil(domain[0] / step) * step; v <= domain[1]; v += step) ticks.push(v);
    if (ticks.length <= maxTicks) return ticks;
  }
  return [domain[0], domain[1]];
}
