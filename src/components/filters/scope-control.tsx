import { useId } from 'react';
import { useDataset } from '../../data/dataset-queries';
import { describeScope } from '../../filters/describe-scope';
import type { Scope } from '../../filters/filter-state';
import { formatPartialDate } from '../../lib/format';
import { messages } from '../../messages';
import { useFiltersStore } from '../../stores/filters/filters-store';
import './filter-controls.css';

const SCOPES: readonly Scope[] = ['report', 'all'];

/**
 * The one scope switch every view shares (kept in the URL as "scope=all"): as of the report, or with
 * estimates and later releases. Two toggle buttons, the same kind of control as Region.
 */
export function ScopeControl() {
  const m = messages.filters.scope;
  const scope = useFiltersStore((s) => s.scope);
  const setScope = useFiltersStore((s) => s.setScope);
  const reportDay = useDataset().data.meta.report.publishedBy;
  const helpId = useId();
  return (
    <fieldset className="filter-group filter-group--scope" aria-describedby={helpId}>
      <legend className="filter-group__legend">{m.legend}</legend>
      <div className="segmented segmented--stack">
        {SCOPES.map((s) => (
          <button key={s} type="button" aria-pressed={scope === s} onClick={() => setScope(s)}>
            {m.options[s]}
          </button>
        ))}
      </div>
      <p id={helpId} className="filter-group__help">
        {m.help(formatPartialDate(reportDay))}
      </p>
    </fieldset>
  );
}

/** The scope in words, under a view's headline or readouts. */
export function ScopeNote({ className = 'scope-note' }: { className?: string }) {
  const scope = useFiltersStore((s) => s.scope);
  const reportDay = useDataset().data.meta.report.publishedBy;
  return <p className={className}>{describeScope(scope, reportDay)}</p>;
}
