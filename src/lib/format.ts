import { precisionOf } from './dates';
import { intlLocale } from './locale';

/**
 * Every date and number on screen is formatted here, in the active language's locale (lib/locale):
 * "20 Jan 2025" in English, "2025年1月20日" in Chinese and Japanese. Formatters are made once per locale.
 */
function perLocale<T>(make: (locale: string) => T): () => T {
  const made = new Map<string, T>();
  return () => {
    const locale = intlLocale();
    let value = made.get(locale);
    if (value === undefined) {
      value = make(locale);
      made.set(locale, value);
    }
    return value;
  };
}

const dayFormat = perLocale((l) => new Intl.DateTimeFormat(l, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }));
const monthFormat = perLocale((l) => new Intl.DateTimeFormat(l, { month: 'short', year: 'numeric', timeZone: 'UTC' }));
const monthOnlyFormat = perLocale((l) => new Intl.DateTimeFormat(l, { month: 'short', timeZone: 'UTC' }));
const monthLongFormat = perLocale((l) => new Intl.DateTimeFormat(l, { month: 'long', year: 'numeric', timeZone: 'UTC' }));

/**
 * Remembers what a formatter returned: Intl formatting is the dearest step of a table redraw, and a
 * filter click formats the same few hundred values again. Cleared when full or when the language
 * changes, so it stays small and never answers in the previous language.
 */
function memoized<K, V>(compute: (key: K) => V, limit = 20_000): (key: K) => V {
  const cache = new Map<K, V>();
  let locale = '';
  return (key) => {
    if (locale !== intlLocale()) {
      cache.clear();
      locale = intlLocale();
    }
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= limit) cache.clear();
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}

/** "20 Jan 2025", "Jun 2024" or "2019" (2025年1月20日, 2024年6月, 2019): never more precise than the data. */
export function formatPartialDate(date: string | null, unknown = 'unknown'): string {
  return date ? partialDate(date) : unknown;
}

const partialDate = memoized((date: string): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  switch (precisionOf(date)) {
    case 'year':
      return String(y);
    case 'month':
      return monthFormat().format(Date.UTC(y, (m ?? 1) - 1, 1));
    default:
      return dayFormat().format(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  }
});

export function formatTimeAsDay(time: number): string {
  return dayFormat().format(time);
}

/** A month on an axis: "Jan" (1月); with the year, "Jan 2025" (2025年1月). */
export function formatMonth(time: number, withYear: boolean): string {
  return (withYear ? monthFormat() : monthOnlyFormat()).format(time);
}

/** A month in a sentence: "January 2025" (2025年1月). */
export function formatMonthLong(time: number): string {
  return monthLongFormat().format(time);
}

const integer = perLocale((l) => new Intl.NumberFormat(l, { maximumFractionDigits: 0 }));
const oneDecimal = perLocale((l) => new Intl.NumberFormat(l, { maximumFractionDigits: 1 }));
const twoDecimals = perLocale((l) => new Intl.NumberFormat(l, { maximumFractionDigits: 2 }));
const percent = perLocale((l) => new Intl.NumberFormat(l, { style: 'percent', maximumFractionDigits: 0 }));

/** Up to two decimals: "0.05", "1.5", "12" (for quantities such as chip ratios). */
export function formatDecimal(value: number): string {
  return twoDecimals().format(value);
}

/** A share as a whole percentage: 0.4286 → "43%". */
export function formatPercent(fraction: number): string {
  return percent().format(fraction);
}

export function formatNumber(value: number | null, unknown = 'unknown'): string {
  if (value === null || Number.isNaN(value)) return unknown;
  // A Map keeps -0 and 0 under one key; -0 prints as "-0", so it is not cached.
  return Object.is(value, -0) ? integer().format(value) : numberText(value);
}

const numberText = memoized((value: number): string => (Number.isInteger(value) ? integer().format(value) : oneDecimal().format(value)));

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

/**
 * Billions of parameters: "671B", "32.5B"; with active parameters, the language's own phrase around
 * both ("671B (37B active)", "671B（激活37B）"), given by the caller from the messages.
 */
export function formatParams(totalB: number, activeB: number | null, withActive: (total: string, active: string) => string): string {
  const total = `${formatNumber(totalB)}B`;
  return activeB === null ? total : withActive(total, `${formatNumber(activeB)}B`);
}

const andList = perLocale((l) => new Intl.ListFormat(l, { type: 'conjunction', style: 'long' }));
const plainList = perLocale((l) => new Intl.ListFormat(l, { type: 'conjunction', style: 'narrow' }));

/**
 * A list in the active language: "A, B and C" (A、B和C; A、B、C), or with `plain`, an enumeration with
 * no "and" ("A, B, C"; A、B、C) for a list that goes on ("… and 2 more") or a list of flags.
 */
export function formatList(items: readonly string[], plain = false): string {
  return (plain ? plainList() : andList()).format(items);
}

/** A token count as model cards write it: "8K", "128K", "1M", "2M" (K = 1,000; 131,072 shows as "131K"). */
export function formatTokens(tokens: number): string {
  if (tokens >= 1_000_000) return `${formatNumber(Math.round(tokens / 100_000) / 10)}M`;
  if (tokens >= 1_000) return `${formatNumber(Math.round(tokens / 1_000))}K`;
  return formatNumber(tokens);
}
