import type { Lab } from '../../../data/dataset.schema';
import { formatPartialDate } from '../../../lib/format';
import { messages } from '../../../messages/timeline';
import type { FilterKey, ReleaseWindow, RowFilters } from '../lib/filter-rows';

/** A filter in words, for the active-filter chips and the empty state. */
export function describeFilter(key: FilterKey, f: RowFilters & ReleaseWindow, labsById: ReadonlyMap<string, Lab>): string {
  const m = messages.timeline.filters;
  switch (key) {
    case 'region':
      return m.region(messages.common.region[f.region]);
    case 'labs':
      return f.labs.length <= 3 ? m.labsNamed(f.labs.map((id) => labsById.get(id)?.name ?? id).join(', ')) : m.labs(f.labs.length);
    case 'openWeights':
      return f.openWeights === 'any' ? '' : m.openWeights[f.openWeights];
    case 'reasoning':
      return f.reasoning === 'any' ? '' : m.reasoning[f.reasoning];
    case 'search':
      return m.search(f.search.trim());
    case 'window':
      return m.window(f.from ? formatPartialDate(f.from) : m.anyStart, f.to ? formatPartialDate(f.to) : m.anyEnd);
  }
}

/** Nothing to plot: which filters emptied the chart, and what removing each would bring back. */
export function EmptyState({
  diagnosis,
  filters,
  labsById,
  laterHidden,
  onRemove,
  onClearAll,
  onShowLater,
}: {
  diagnosis: ReadonlyArray<{ key: FilterKey; countWithout: number }>;
  filters: RowFilters & ReleaseWindow;
  labsById: ReadonlyMap<string, Lab>;
  laterHidden: number;
  onRemove: (key: FilterKey) => void;
  onClearAll: () => void;
  onShowLater: () => void;
}) {
  const m = messages.timeline.empty;
  return (
    <div className="tl-empty" role="status">
      <h3>{m.title}</h3>
      <p>{diagnosis.length > 0 ? m.body : m.bodyNoFilters}</p>
      {diagnosis
        .filter((d) => d.countWithout === 0)
        .map((d) => (
          <p key={d.key} className="tl-empty__note">
            {m.stillEmpty(describeFilter(d.key, filters, labsById))}
          </p>
        ))}
      <ul className="tl-empty__actions">
        {diagnosis
          .filter((d) => d.countWithout > 0)
          .map((d) => (
            <li key={d.key}>
              <button type="button" onClick={() => onRemove(d.key)}>
                {m.removeWith(describeFilter(d.key, filters, labsById), d.countWithout)}
              </button>
            </li>
          ))}
        {laterHidden > 0 && (
          <li>
            <button type="button" onClick={onShowLater}>
              {m.showLater}
            </button>
          </li>
        )}
        {diagnosis.length > 0 && (
          <li>
            <button type="button" className="primary" onClick={onClearAll}>
              {m.clearAll}
            </button>
          </li>
        )}
      </ul>
    </div>
  );
}
