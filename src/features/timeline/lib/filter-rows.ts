/**
 * The timeline's use of the shared filters (src/components/filters/filter-rows.ts, the one definition
 * of what every filter means). The window is kept apart from the other filters, because the frontier is
 * "the best so far" and must count models released before the window, while the points and counts show
 * only those inside it. Pure.
 */
import { inReleaseWindow, rowPredicate } from '../../../components/filters/filter-rows';
import type { ModelRow } from '../../../data/dataset-index';
import type { FilterState } from '../../../stores/filters/filters-url';

export type RowFilters = Pick<FilterState, 'region' | 'labs' | 'openWeights' | 'reasoning' | 'search'>;
export interface ReleaseWindow {
  from: string | null;
  to: string | null;
}
export type FilterKey = 'region' | 'labs' | 'openWeights' | 'reasoning' | 'search' | 'window';

/** The shared window rule, as a test built once for many rows. */
export function releaseWindowTest(w: ReleaseWindow): (row: ModelRow) => boolean {
  if (!w.from && !w.to) return () => true;
  return (row) => inReleaseWindow(row.model.releaseDate, w.from, w.to);
}

/** Every filter but the window. A filter on a flag the sources leave unknown (null) does not match it. */
export function applyRowFilters(rows: readonly ModelRow[], f: RowFilters): ModelRow[] {
  return rows.filter(rowPredicate({ ...f, from: null, to: null }));
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
