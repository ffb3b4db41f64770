/** Helpers for ISO partial dates (YYYY, YYYY-MM, YYYY-MM-DD). Pure; no formatting for the screen. */

export type DatePrecision = 'year' | 'month' | 'day';

export function precisionOf(date: string): DatePrecision {
  if (/^\d{4}$/.test(date)) return 'year';
  if (/^\d{4}-\d{2}$/.test(date)) return 'month';
  return 'day';
}

/**
 * A point in time for ordering and plotting, in ms since the epoch (UTC).
 * A month-precision date is placed mid-month and a year mid-year, so that it is not
 * drawn as if it were known to the day; callers show the precision beside it.
 */
export function dateToTime(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return Date.UTC(y, 6, 1);
  if (d === undefined) return Date.UTC(y, m - 1, 15);
  return Date.UTC(y, m - 1, d);
}

/** First day a partial date could mean (for "released on or after"). */
export function earliestDay(date: string): string {
  const p = precisionOf(date);
  if (p === 'year') return `${date}-01-01`;
  if (p === 'month') return `${date}-01`;
  return date;
}

/** Last day a partial date could mean (for "released on or before"). */
export function latestDay(date: string): string {
  const p = precisionOf(date);
  if (p === 'year') return `${date}-12-31`;
  if (p === 'month') {
    const [y, m] = date.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${date}-${String(last).padStart(2, '0')}`;
  }
  return date;
}

export function isRealDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Whether a partial date falls after a day, counting a partial date by its earliest day. */
export function isAfter(date: string, day: string): boolean {
  return earliestDay(date) > day;
}
