import type { EventRecord } from '../../../data/dataset.schema';
import { formatPartialDate } from '../../../lib/format';
import { messages } from '../../../messages/timeline';

/** The marker's short label: a hand-written one where the messages have it, else the date and kind. */
export function eventShortLabel(event: EventRecord): string {
  const m = messages.timeline.events;
  return m.shortLabels[event.id] ?? `${formatPartialDate(event.date.slice(0, 7))} ${m.kindShort[event.kind] ?? event.kind}`;
}
