import { useCallback } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useFiltersStore } from '../../stores/filters/filters-store';
import type { FilterKey, RowFilters } from './filter-rows';

/** The row filters from the store, re-rendering only when one of them changes. */
export function useRowFilters(): RowFilters {
  return useFiltersStore(
    useShallow((s) => ({ region: s.region, labs: s.labs, openWeights: s.openWeights, reasoning: s.reasoning, from: s.from, to: s.to, search: s.search })),
  );
}

/** Switches one filter off (one history entry). */
export function useRemoveFilter(): (key: FilterKey) => void {
  return useCallback((key: FilterKey) => {
    const s = useFiltersStore.getState();
    switch (key) {
      case 'region':
        return s.setRegion('all');
      case 'labs':
        return s.setLabs([]);
      case 'openWeights':
        return s.setOpenWeights('any');
      case 'reasoning':
        return s.setReasoning('any');
      // The window's ends go through setWindow, a discrete action, so removing one is its own history entry
      // (setFrom and setTo merge with typing in the date field).
      case 'from':
        return s.setWindow(null, s.to);
      case 'to':
        return s.setWindow(s.from, null);
      case 'search':
        return s.clearSearch();
    }
  }, []);
}
