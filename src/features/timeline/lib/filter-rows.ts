/**
 * The shared filters, applied locally until the shared filter panel (with its pure `applyFilters`) is merged:
 * region, labs, open weights, reasoning, search on model and lab names and aliases, and the release window.
 * Pure. The window is kept apart from the other filters, because the frontier is "the best so far" and
 * must count models released before the window, while the points and counts show only those inside it.
 */
import type { ModelRow } from '../../../data/dataset-index';
import { earliestDay, latestDay } from '../../../lib/dates';
import type { FilterState } from '../../../stores/filters/filters-url';

export type RowFilters = Pick<FilterState, 'region' | 'labs' | 'openWeights' | 'reasoning' | 'search'>;
export interface ReleaseWindow {
  from: string | null;
  to: string | null;
}
export type FilterKey = 'region' | 'labs' | 'openWeights' | 'reasoning' | 'search' | 'window';

/** Lower case, width-normalised, trimmed: "Ｑｗｅｎ " and "qwen" match. */
function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().trim();
}

export function matchesSearch(row: ModelRow, search: string): boolean {
  const q = normalise(search);
  if (!q) return true;
  const names = [row.model.name, ...row.model.aliases, row.lab.name, row.lab.nativeName ?? '', ...row.lab.aliases];
  return names.some((n) => n && normalise(n).includes(q));
}

/** Every filter but the window. A filter on a flag the sources leave unknown (null) does not match it. */
export function matchesFilters(row: ModelRow, f: RowFilters): boolean {
  if (f.region !== 'all' && row.region !== f.region) return false;
  if (f.labs.length > 0 && !f.labs.includes(row.lab.id)) return false;
  if (f.openWeights === 'open' && row.model.openWeights !== true) return false;
  if (f.openWeights === 'closed' && row.model.openWeights !== false) return false;
  if (f.reasoning === 'reasoning' && row.model.reasoning !== true) return false;
  if (f.reasoning === 'non-reasoning' && row.model.reasoning !== false) return false;
  return matchesSearch(row, f.search);
}

/** A day as a number (2024-06-01 → 20240601): ordered like the day, compared fast. */
function dayNumber(day: string): number {
  return Number(day.slice(0, 4)) * 10_000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10));
}

/** Each row's release date as the first and last day it can mean, computed once per row. */
const spans = new WeakMap<ModelRow, readonly [number, number] | null>();
function releaseSpan(row: ModelRow): readonly [number, number] | null {
  let span = spans.get(row);
  if (span === undefined) {
    const date = row.model.releaseDate;
    span = date ? [dayNumber(earliestDay(date)), dayNumber(latestDay(date))] : null;
    spans.set(row, span);
  }
  return span;
}

/**
 * A test for "certainly released inside the window" (inclusive). A partial date counts only when every
 * day it could mean is inside: "Jun 2024" is inside a window from 1 Jun, not one from 10 Jun. With a
 * bound set, a model with no release date is outside: it cannot be placed. The window is read once, so
 * testing thousands of rows stays cheap.
 */
export function releaseWindowTest(w: ReleaseWindow): (row: ModelRow) => boolean {
  if (!w.from && !w.to) return () => true;
  const from = w.from ? dayNumber(w.from) : -Infinity;
  const to = w.to ? dayNumber(w.to) : Infinity;
  return (row) => {
    const span = releaseSpan(row);
    return span !== null && span[0] >= from && span[1] <= to;
  };
}

export function inReleaseWindow(row: ModelRow, w: ReleaseWindow): boolean {
  return releaseWindowTest(w)(row);
}

export function applyRowFilters(rows: readonly ModelRow[], f: RowFilters): ModelRow[] {
  return rows.filter((r) => matchesFilters(r, f));
}

export function applyLocalFilters(rows: readonly ModelRow[], f: RowFilters & ReleaseWindow): ModelRow[] {
  const inWindow = releaseWindowTest(f);
  return rows.filter((r) => matchesFilters(r, f) && inWindow(r));
}

/** The filters that narrow the rows now, in a fixed order. */
export function activeFilters(f: RowFilters & ReleaseWindow): FilterKey[] {
  const keys: FilterKey[] = [];
  if (f.region !== 'all') keys.push('region');
  if (f.labs.length > 0) keys.push('labs');
  if (f.openWeights !== 'any') keys.push('openWeights');
  if (f.reasoning !== 'any') keys.push('reasoning');
  if (f.search.trim()) keys.push('search');
  if (f.from || f.to) keys.push('window');
  return keys;
}

const CLEARED: RowFilters & ReleaseWindow = { region: 'all', labs: [], openWeights: 'any', reasoning: 'any', search: '', from: null, to: null };

/** The state with one filter removed. */
export function withoutFilter<T extends RowFilters & ReleaseWindow>(f: T, key: FilterKey): T {
  switch (key) {
    case 'window':
      return { ...f, from: null, to: null };
    case 'labs':
      return { ...f, labs: [] };
    default:
      return { ...f, [key]: CLEARED[key] };
  }
}

/**
 * For an empty result: each active filter with the number of rows that `count` would give without it,
 * so the empty state can say which filter emptied the view and what removing it would bring back.
 */
export function diagnoseFilters(
  f: RowFilters & ReleaseWindow,
  count: (f: RowFilters & ReleaseWindow) => number,
): Array<{ key: FilterKey; countWithout: number }> {
  return activeFilters(f).map((key) => ({ key, countWithout: count(withoutFilter(f, key)) }));
}
