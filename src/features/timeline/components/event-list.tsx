import { formatPartialDate } from '../../../lib/format';
import { messages } from '../../../messages/timeline';
import type { TimelineEvent } from '../lib/select-timeline-events';

export interface EventListProps {
  /** Major rules drawn as numbers on the axis (when their names do not fit), listed with their numbers. */
  numbered: readonly TimelineEvent[];
  /** Events drawn as plain ticks on the axis. */
  ticks: readonly TimelineEvent[];
  /** Events before and after the window, which have no marker. */
  before: readonly TimelineEvent[];
  after: readonly TimelineEvent[];
  activeEventId: string | null;
  /** An event was chosen: its card opens, takes focus, and gives it back to `opener`. */
  onOpenEvent: (id: string, opener: HTMLElement) => void;
}

/**
 * The events beside the chart: the key to numbered markers, and, each behind a disclosure button
 * ("3 earlier events"), the plain ticks on the axis and the events outside the window.
 */
export function EventList({ numbered, ticks, before, after, activeEventId, onOpenEvent }: EventListProps) {
  const m = messages.timeline.events;
  const item = (e: TimelineEvent, withNumber: boolean) => (
    <li key={e.event.id}>
      <button
        type="button"
        className={`tl-event-list__button${e.afterReport ? ' tl-event-list__button--later' : ''}`}
        aria-pressed={e.event.id === activeEventId}
        onClick={(click) => onOpenEvent(e.event.id, click.currentTarget)}
      >
        {withNumber && <span className="tl-event-list__number">{e.number}</span>}
        <span className="tl-event-list__date">{formatPartialDate(e.event.date)}</span> {e.event.title}
        {e.afterReport && <span className="tl-event-list__later"> · {m.card.afterReport}</span>}
      </button>
    </li>
  );
  const disclosure = (key: string, summary: string, list: readonly TimelineEvent[]) =>
    list.length > 0 && (
      <details key={key} className="tl-disclosure" data-list={key}>
        <summary className="tl-disclosure__button">{summary}</summary>
        <ul>{list.map((e) => item(e, false))}</ul>
      </details>
    );
  return (
    <div className="tl-event-list">
      {numbered.length > 0 && (
        <>
          <h3 className="tl-event-list__heading">{m.legendList}</h3>
          <ul>{numbered.map((e) => item(e, true))}</ul>
        </>
      )}
      <div className="tl-event-list__disclosures">
        {disclosure('earlier', m.earlier(before.length), before)}
        {disclosure('ticks', m.ticks(ticks.length), ticks)}
        {disclosure('later', m.later(after.length), after)}
      </div>
    </div>
  );
}
