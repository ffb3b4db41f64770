import { precisionOf } from './dates';

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "20 Jan 2025", "Jun 2024" or "2019": never more precise than the data. */
export function formatPartialDate(date: string | null, unknown = 'unknown'): string {
  if (!date) return unknown;
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  switch (precisionOf(date)) {
    case 'year':
      return String(y);
    case 'month':
      return monthFormat.format(Date.UTC(y, (m ?? 1) - 1, 1));
    default:
      return dayFormat.format(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  }
}

export function formatTimeAsDay(time: number): string {
  return dayFormat.format(time);
}

const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

export function formatNumber(value: number | null, unknown = 'unknown'): string {
  if (value === null || Number.isNaN(value)) return unknown;
  return Number.isInteger(value) ? integer.format(value) : oneDecimal.format(value);
}

