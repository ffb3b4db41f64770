import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { DatasetIndex } from '../../data/dataset-index';
import { diagnoseEmpty } from '../../filters/describe-filters';
import type { ReleaseWindow, RowFilters } from '../../filters/filter-state';
import { applyFilters } from '../../filters/row-predicate';
import { useFiltersStore } from '../../stores/filters/filters-store';
import { selectFrontier } from './lib/select-frontier';

/**
 * Everything the timeline takes from the shared filters, in one place: the store's fields it reads,
 * the rows that pass every filter but the window (the frontier is "the best so far", so it counts
 * models released before the window), and the empty-chart diagnosis.
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
      scope: s.scope,
      // The shared scope decides whether later releases are drawn (the timeline's old "later=show").
      showLater: s.scope === 'all',
      openFrontier: s.openFrontier,
      hideLaterEvents: s.hideLaterEvents,
      event: s.event,
    })),
  );
  const store = useFiltersStore.getState;
  const rowFilters: Omit<RowFilters, 'from' | 'to'> = useMemo(
    () => ({ region: f.region, labs: f.labs, openWeights: f.openWeights, reasoning: f.reasoning, search: f.search, scope: f.scope }),
    [f.region, f.labs, f.openWeights, f.reasoning, f.search, f.scope],
  );
  // Later releases stay in (with the scope's values) so the chart can count what the scope leaves out.
  const filtered = useMemo(() => applyFilters(index.rows, { ...rowFilters, from: null, to: null }, { except: ['scope'] }), [index, rowFilters]);
  /** Why the chart is empty: each filter with the count it would bring back if removed. */
  const diagnose = (win: ReleaseWindow, domain: readonly [number, number], reportTime: number) =>
    diagnoseEmpty(
      { ...rowFilters, from: win.from, to: win.to },
      (g) => selectFrontier(applyFilters(index.rows, g, { except: ['from', 'to', 'scope'] }), { window: g, showLater: f.showLater, openFrontier: false, domain, reportTime }).points.length,
      index,
    );
  return { f, store, filtered, diagnose };
}
