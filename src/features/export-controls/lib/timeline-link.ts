/**
 * "Models released after this" on an export-control event: the timeline's address with the window
 * from the event's first day and the event pinned, through the URL codec; or, when no model in the
 * data was released after the event, the reason the action is not offered. Pure.
 */
import { paths } from '../../../config/paths';
import type { DatasetIndex, EventRow, ModelRow } from '../../../data/dataset-index';
import { earliestDay } from '../../../lib/dates';
import { DEFAULT_FILTERS, serializeFilters } from '../../../stores/filters/filters-url';

export type TimelineLink =
  | { enabled: true; to: string; search: string; count: number }
  | { enabled: false; latest: { name: string; date: string } | null };

/** Models the timeline can place after the event: rated, with a release date on or after its first day. */
function modelsFrom(rows: readonly ModelRow[], day: string): ModelRow[] {
  return rows.filter((r) => r.score !== null && r.model.releaseDate !== null && earliestDay(r.model.releaseDate) >= day);
}

export function timelineLinkFor(index: DatasetIndex, event: EventRow): TimelineLink {
  const after = modelsFrom(index.rows, event.fromDay);
  if (after.length === 0) {
    const dated = index.rows.filter((r) => r.score !== null && r.model.releaseDate !== null);
    const latest = dated.sort((a, b) => earliestDay(b.model.releaseDate!).localeCompare(earliestDay(a.model.releaseDate!)))[0];
    return { enabled: false, latest: latest ? { name: latest.model.name, date: latest.model.releaseDate! } : null };
  }
  // After the report, the timeline must show later releases and later events, or the link lands on nothing.
  const later = event.afterReport || after.every((r) => r.afterReport);
  const search = serializeFilters(
    { ...DEFAULT_FILTERS, from: event.fromDay, event: event.event.id, scope: later ? 'all' : 'report', hideLaterEvents: false },
    'timeline',
  );
  return { enabled: true, to: paths.timeline, search, count: after.length };
}
