/**
 * The filter concept, once, for every view: what the row filters are, when one is active, and how to
 * clear one or all of them. Pure: no React, no store (the store calls these).
 */
import type { Region } from '../lib/regions';

export type RegionFilter = 'all' | Region;
export type OpenWeightsFilter = 'any' | 'open' | 'closed';
export type ReasoningFilter = 'any' | 'reasoning' | 'non-reasoning';
/**
 * Which releases and values every view counts: `report` (the default) is "as of the report": models released
 * by the report's date, with the values the charts use (measured and as-stated; estimates left out);
 * `all` brings in estimates ("+") and models released after the report.
 */
export type Scope = 'report' | 'all';

/** The part of the view state that decides which model rows are shown. */
export interface RowFilters {
  region: RegionFilter;
  /** Lab ids to show; empty means every lab. */
  labs: string[];
  openWeights: OpenWeightsFilter;
  reasoning: ReasoningFilter;
  /** Release window, ISO days, inclusive; null is open-ended. */
  from: string | null;
  to: string | null;
  search: string;
  /** As of the report (default) or everything, estimates and later releases included. */
  scope: Scope;
}

/** One filter a person can switch off on its own (the release window's two ends are separate). */
export type FilterKey = keyof RowFilters;
export const FILTER_KEYS: readonly FilterKey[] = ['scope', 'region', 'labs', 'openWeights', 'reasoning', 'from', 'to', 'search'];

/** The release window alone. */
export type ReleaseWindow = Pick<RowFilters, 'from' | 'to'>;

/** No filter at all: every model is shown. */
export const NO_FILTERS: Readonly<RowFilters> = Object.freeze({
  region: 'all',
  labs: [],
  openWeights: 'any',
  reasoning: 'any',
  from: null,
  to: null,
  search: '',
  scope: 'report',
});

/** Case-folded, width-folded (NFKC: full-width letters and digits become ASCII), single-spaced. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function isFilterActive(state: RowFilters, key: FilterKey): boolean {
  switch (key) {
    case 'labs':
      return state.labs.length > 0;
    case 'search':
      return normaliseText(state.search) !== '';
    default:
      return state[key] !== NO_FILTERS[key];
  }
}

export function activeFilterKeys(state: RowFilters): FilterKey[] {
  return FILTER_KEYS.filter((key) => isFilterActive(state, key));
}

/** The change that switches one filter off (clear-one); the other filters stay as they are. */
export function clearFilterPatch(key: FilterKey): Partial<RowFilters> {
  return key === 'labs' ? { labs: [] } : { [key]: NO_FILTERS[key] };
}

/** The change that switches every filter off (clear-all); view options (sort, mode, …) are not filters. */
export function clearAllPatch(): RowFilters {
  return { ...NO_FILTERS, labs: [] };
}

/** The state with one filter switched off. */
export function withoutFilter<T extends RowFilters>(state: T, key: FilterKey): T {
  return { ...state, ...clearFilterPatch(key) };
}
