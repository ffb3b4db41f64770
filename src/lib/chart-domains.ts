/**
 * Axis domains shared by every chart of index against time, so that the frontier chart, lab charts and
 * comparisons are drawn on the same scales. Derived from the dataset, not hard-coded.
 */

/** What the domains read from the dataset index (structural, so this helper imports nothing of ours). */
export interface DomainSource {
  rows: ReadonlyArray<{ score: { value: number } | null; releaseTime: number | null; afterReport: boolean }>;
  scale: { min: number; max: number };
}
import { quarterStart } from './quarters';

/** Index axis: from the lowest value in the dataset rounded down to ten, to the scale's maximum. */
export function indexDomain(index: DomainSource): [number, number] {
  const values = index.rows.flatMap((r) => (r.score ? [r.score.value] : []));
  if (values.length === 0) return [index.scale.min, index.scale.max];
  const low = Math.max(index.scale.min, Math.floor(Math.min(...values) / 10) * 10);
  return [low, index.scale.max];
}

/** Time axis: from the first quarter with a dated, scored model to the end of the last month with one. */
export function timeDomain(index: DomainSource, includeLater: boolean): [number, number] {
  const times = index.rows.filter((r) => r.releaseTime !== null && (includeLater || !r.afterReport)).map((r) => r.releaseTime as number);
  if (times.length === 0) return [0, 1];
  const start = quarterStart(Math.min(...times));
  const last = new Date(Math.max(...times));
  const end = Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 1);
  return [start, end];
}
