import { useCallback, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useRemoveFilter } from '../../components/filters/use-row-filters';
import type { DatasetIndex } from '../../data/dataset-index';
import { useFiltersStore } from '../../stores/filters/filters-store';
import { applyRowFilters, diagnoseFilters, type FilterKey, type ReleaseWindow, type RowFilters } from './lib/filter-rows';
import { selectFrontier } from './lib/select-frontier';

/**
 * Everything the timeline takes from the shared filters, in one place: the store's fields it reads,
 * the rows that pass the row filters, removing a filter, and the empty-chart diagnosis.
 */
export function useTimelineFilters(index: DatasetIndex) {
  const f = useFiltersStore(
    useShallow((s) => ({
      region: s.region,
      labs: s.labs,
      openWeights: s.openWeights,
      reasoning: s.reasoning,
      search: s.search,
      from: s.from,
      to: s.to,
      showLater: s.showLater,
      openFrontier: s.openFrontier,
      hideLaterEvents: s.hideLaterEvents,
    })),
  );
  const store = useFiltersStore.getState;
  const removeSharedFilter = useRemoveFilter();
  // Each removal is one history entry (the search through the store's clearSearch, not more typing).
  const removeFilter = useCallback((key: FilterKey) => (key === 'window' ? store().setWindow(null, null) : removeSharedFilter(key)), [store, removeSharedFilter]);
  const rowFilters: RowFilters = useMemo(
    () => ({ region: f.region, labs: f.labs, openWeights: f.openWeights, reasoning: f.reasoning, search: f.search }),
    [f.region, f.labs, f.openWeights, f.reasoning, f.search],
  );
  const filtered = useMemo(() => applyRowFilters(index.rows, rowFilters), [index, rowFilters]);
  /** Why the chart is empty: each filter with the count it would bring back if removed. */
  const diagnose = (win: ReleaseWindow, domain: readonly [number, number], reportTime: number) =>
    diagnoseFilters({ ...rowFilters, ...win }, (g) => selectFrontier(applyRowFilters(index.rows, g), { window: g, showLater: f.showLater, openFrontier: false, domain, reportTime }).points.length);
  return { f, store, rowFilters, filtered, removeFilter, diagnose };
}
