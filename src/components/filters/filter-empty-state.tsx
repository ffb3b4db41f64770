import { useId, useMemo, type ReactNode } from 'react';
import { useDataset } from '../../data/dataset-queries';
import { explainEmpty, type EmptyExplanation } from '../../filters/describe-filters';
import { messages } from '../../messages';
import type { EmptyWording } from '../../messages/en/filters';
import { useFiltersStore } from '../../stores/filters/filters-store';
import { useRowFilters } from './use-row-filters';
import './filters.css';

interface FilterEmptyStateProps {
  headingLevel?: 2 | 3;
  /**
   * The diagnosis, when the view counts something other than filtered rows (the timeline counts the
   * points it can plot). Default: the filtered model rows; nothing is drawn while they are not empty.
   */
  explanation?: EmptyExplanation;
  /** Which words: a list of rows (default) or a chart. */
  wording?: EmptyWording;
  /** A view's own way out (the timeline's "Show later releases"), after the filters. */
  extraActions?: ReactNode;
}

/**
 * The one empty state of every filtered view: which filters emptied the result, a button to remove each
 * one that alone brings models back, and "remove every filter".
 */
export function FilterEmptyState({ headingLevel = 2, explanation, wording = messages.filters.empty.rows, extraActions }: FilterEmptyStateProps) {
  const index = useDataset();
  const state = useRowFilters();
  const remove = useFiltersStore((s) => s.clearFilter);
  const reset = useFiltersStore((s) => s.resetFilters);
  const titleId = useId();
  const rowsExplanation = useMemo(() => (explanation ? null : explainEmpty(index.rows, state, index)), [explanation, index, state]);
  const why = explanation ?? rowsExplanation;
  if (!why) return null;
  const m = wording;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="empty-state" role="region" aria-labelledby={titleId}>
      <Heading id={titleId} className="empty-state__title">
        {m.title}
      </Heading>
      {why.active.length === 0 && <p>{m.noFilters}</p>}
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
          {why.stillEmpty.map((f) => (
            <p key={f.key} className="empty-state__note">
              {m.stillEmpty(f.label)}
            </p>
          ))}
        </>
      )}
      {why.combination && <p>{m.together(messages.filters.joinLabels(why.active.map((a) => a.label)))}</p>}
      {extraActions}
      {why.active.length > 0 && (
        <button type="button" className="primary" onClick={reset}>
          {m.resetAll}
        </button>
      )}
    </div>
  );
}
