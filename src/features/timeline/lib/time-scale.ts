/** Linear scales and ISO-day conversions for the timeline charts. Pure. Ticks are in lib/chart-ticks. */

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
