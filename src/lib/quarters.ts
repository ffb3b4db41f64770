/** Calendar quarters on UTC times (ms). Pure; every quarter on screen is computed here. */
import { getLang, type Lang } from './locale';

/** The first day (midnight UTC) of the quarter a time falls in. */
export function quarterStart(time: number): number {
  const d = new Date(time);
  return Date.UTC(d.getUTCFullYear(), Math.floor(d.getUTCMonth() / 3) * 3, 1);
}

/** The first day of the quarter `n` quarters after the one a time falls in (n may be negative). */
export function addQuarters(time: number, n: number): number {
  const d = new Date(quarterStart(time));
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 3 * n, 1);
}

/** Every quarter start inside [start, end], both ends included. */
export function quarterStartsIn([start, end]: readonly [number, number]): number[] {
  const out: number[] = [];
  let t = quarterStart(start);
  if (t < start) t = addQuarters(t, 1);
  for (; t <= end; t = addQuarters(t, 1)) out.push(t);
  return out;
}

/** How each language names a quarter (Intl has no quarter field): "Q3 2024", "2024年第3季度", "2024年第3四半期". */
const QUARTER: Record<Lang, (q: number, year: number) => string> = {
  en: (q, year) => `Q${q} ${year}`,
  zh: (q, year) => `${year}年第${q}季度`,
  ja: (q, year) => `${year}年第${q}四半期`,
};

/** "Q3 2024" in English; in the active language otherwise (or in `lang`). */
export function quarterLabel(time: number, lang: Lang = getLang()): string {
  const d = new Date(time);
  return QUARTER[lang](Math.floor(d.getUTCMonth() / 3) + 1, d.getUTCFullYear());
}
