import { memo, useMemo } from 'react';
import { useDataset } from '../../data/dataset-queries';
import { messages } from '../../messages';
import { useFiltersStore } from '../../stores/filters/filters-store';
import { describeActiveFilters } from '../../filters/describe-filters';
import { NO_FILTERS } from '../../filters/filter-state';
import { applyFilters } from '../../filters/row-predicate';
import { useRowFilters } from './use-row-filters';
import './filters.css';

/**
 * One removable chip per active filter, saying what it does, plus "Reset all" and a live count of what
  * is shown (announced to screen readers after each change). Every view counts the same way: the models
  * that pass the filters, of the models in scope (a chart may draw fewer: its own note says which).
  * Memoised: it reads the filters itself.
  */
export const ActiveFilterChips = memo(function ActiveFilterChips() {
  const m = messages.leaderboard.chips;
  const index = useDataset();
  const state = useRowFilters();
  const shown = useMemo(() => applyFilters(index.rows, state).length, [index, state]);
  const total = useMemo(() => applyFilters(index.rows, { ...NO_FILTERS, scope: state.scope }).length, [index, state.scope]);
  const remove = useFiltersStore((s) => s.clearFilter);
  const reset = useFiltersStore((s) => s.resetFilters);
  const active = useMemo(() => describeActiveFilters(state, index), [state, index]);
  return (
    <div className="filter-chips">
      <p className="filter-chips__count" role="status" aria-live="polite">
        {messages.filters.scope.showing(shown, total)}
      </p>
      {active.length === 0 ? (
        <p className="filter-chips__none">{m.none}</p>
      ) : (
        <>
          <ul className="filter-chips__list" aria-label={m.label}>
            {active.map((f) => (
              <li key={f.key}>
                <button type="button" className="chip" aria-label={m.remove(f.label)} onClick={() => remove(f.key)}>
                  <span>{f.label}</span>
                  <span aria-hidden="true" className="chip__x">
                    ×
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="filter-chips__reset" aria-label={m.resetAllLabel} onClick={reset}>
            {m.resetAll}
          </button>
        </>
      )}
    </div>
  );
});
