import { useShallow } from 'zustand/react/shallow';
import type { RowFilters } from '../../filters/filter-state';
import { useFiltersStore } from '../../stores/filters/filters-store';

/** The row filters from the store, re-rendering only when one of them changes. */
export function useRowFilters(): RowFilters {
  return useFiltersStore(
    useShallow((s) => ({ region: s.region, labs: s.labs, openWeights: s.openWeights, reasoning: s.reasoning, from: s.from, to: s.to, search: s.search })),
  );
}
