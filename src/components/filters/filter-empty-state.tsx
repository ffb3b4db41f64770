import { useMemo } from 'react';
import { useDataset } from '../../data/dataset-queries';
import { messages } from '../../messages';
import { useFiltersStore } from '../../stores/filters/filters-store';
import { explainEmpty } from './filter-rows';
import { useRemoveFilter, useRowFilters } from './use-row-filters';
import './filters.css';

function joinLabels(labels: string[]): string {
  const quoted = labels.map((l) => `“${l}”`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}

/** Shown when the filters leave nothing: which filters emptied the result, and buttons to remove them. */
export function FilterEmptyState({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const m = messages.leaderboard.empty;
  const index = useDataset();
  const state = useRowFilters();
  const remove = useRemoveFilter();
  const reset = useFiltersStore((s) => s.resetFilters);
  const why = useMemo(() => explainEmpty(index.rows, state, index), [index, state]);
  if (!why) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="empty-state" role="region" aria-labelledby="filter-empty-title">
      <Heading id="filter-empty-title" className="empty-state__title">
        {m.title}
      </Heading>
      {why.culprits.length > 0 && (
        <>
          <p>{m.because}</p>
          <ul className="empty-state__actions">
            {why.culprits.map((c) => (
              <li key={c.key}>
                <button type="button" onClick={() => remove(c.key)}>
                  {m.single(c.label, c.wouldShow)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {why.combination && <p>{m.together(joinLabels(why.active.map((a) => a.label)))}</p>}
      <button type="button" className="primary" onClick={reset}>
        {m.resetAll}
      </button>
    </div>
  );
}
