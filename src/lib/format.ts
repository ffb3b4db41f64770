import { precisionOf } from './dates';

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * Remembers what a formatter returned: Intl formatting is the dearest step of a table redraw, and a
 * filter click formats the same few hundred values again. Cleared when full, so it stays small.
 */
function memoized<K, V>(compute: (key: K) => V, limit = 20_000): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= limit) cache.clear();
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}

/** "20 Jan 2025", "Jun 2024" or "2019": never more precise than the data. */
export function formatPartialDate(date: string | null, unknown = 'unknown'): string {
  return date ? partialDate(date) : unknown;
}

const partialDate = memoized((date: string): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  switch (precisionOf(date)) {
    case 'year':
      return String(y);
    case 'month':
      return monthFormat.format(Date.UTC(y, (m ?? 1) - 1, 1));
    default:
      return dayFormat.format(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  }
});

export function formatTimeAsDay(time: number): string {
  return dayFormat.format(time);
}

const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

export function formatNumber(value: number | null, unknown = 'unknown'): string {
  if (value === null || Number.isNaN(value)) return unknown;
  // A Map keeps -0 and 0 under one key; -0 prints as "-0", so it is not cached.
  return Object.is(value, -0) ? integer.format(value) : numberText(value);
}

const numberText = memoized((value: number): string => (Number.isInteger(value) ? integer.format(value) : oneDecimal.format(value)));

/** The mark the report puts after an estimated index value ("94+"). Notation, not prose. */
export const ESTIMATE_MARK = '+';

/**
 * An index value as the report writes it: the number, and "+" after it when it is an estimate ("94+").
 * Every chart, table, tooltip and sentence shows a score through this one function.
 */
export function formatScore(value: number, status?: string | null): string {
  const number = formatNumber(value);
  return status === 'estimate' ? `${number}${ESTIMATE_MARK}` : number;
}

/** A price in US dollars as tables and tooltips show it: "$0.041", "$0.48", "$2.50", "$26". */
export function formatUsd(price: number): string {
  return `$${price.toFixed(price >= 10 ? 0 : price >= 0.1 ? 2 : 3)}`;
}

/** Billions of parameters: "671B", "32.5B"; with active parameters, "671B (37B active)". */
export function formatParams(totalB: number, activeB: number | null, active = 'active'): string {
  const total = `${formatNumber(totalB)}B`;
  return activeB === null ? total : `${total} (${formatNumber(activeB)}B ${active})`;
}

/** A token count as model cards write it: "8K", "128K", "1M", "2M" (K = 1,000; 131,072 shows as "131K"). */
export function formatTokens(tokens: number): string {
  if (tokens >= 1_000_000) return `${formatNumber(Math.round(tokens / 100_000) / 10)}M`;
  if (tokens >= 1_000) return `${formatNumber(Math.round(tokens / 1_000))}K`;
  return formatNumber(tokens);
}
