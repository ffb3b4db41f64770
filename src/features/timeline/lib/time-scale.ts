/** ISO-day conversions for the timeline. Pure. Scales are d3's; ticks are in lib/chart-ticks, quarters in lib/quarters. */

export const DAY_MS = 86_400_000;

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
