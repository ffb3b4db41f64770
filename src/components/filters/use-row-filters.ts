import { useShallow } from 'zustand/react/shallow';
import { FILTER_KEYS, type RowFilters } from '../../filters/filter-state';
import { useFiltersStore } from '../../stores/filters/filters-store';

/** The row filters from the store, re-rendering only when one of them changes. */
export function useRowFilters(): RowFilters {
  return useFiltersStore(useShallow((s) => Object.fromEntries(FILTER_KEYS.map((key) => [key, s[key]])) as unknown as RowFilters));
}
