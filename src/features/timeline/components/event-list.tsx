import { formatPartialDate } from '../../../lib/format';
import { messages } from '../../../messages/timeline';
import type { TimelineEvent } from '../lib/select-timeline-events';

export interface EventListProps {
  /** Events drawn as numbers on the axis (narrow screens), listed with their numbers. */
  numbered: readonly TimelineEvent[];
  /** Events before and after the window, which have no marker. */
  before: readonly TimelineEvent[];
  after: readonly TimelineEvent[];
  activeEventId: string | null;
  /** An event was chosen: its card opens, takes focus, and gives it back to `opener`. */
  onOpenEvent: (id: string, opener: HTMLElement) => void;
}

/** The events beside the chart: the key to numbered markers, and those outside the window. */
export function EventList({ numbered, before, after, activeEventId, onOpenEvent }: EventListProps) {
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
  return (
    <div className="tl-event-list">
      {numbered.length > 0 && (
        <>
          <h3 className="tl-event-list__heading">{m.legendList}</h3>
          <ul>{numbered.map((e) => item(e, true))}</ul>
        </>
      )}
      {before.length > 0 && (
        <>
          <p className="tl-event-list__heading">{m.earlier(before.length)}</p>
          <ul>{before.map((e) => item(e, false))}</ul>
        </>
      )}
      {after.length > 0 && (
        <>
          <p className="tl-event-list__heading">{m.later(after.length)}</p>
          <ul>{after.map((e) => item(e, false))}</ul>
        </>
      )}
    </div>
  );
}
