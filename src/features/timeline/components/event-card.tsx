import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { SourceLinks } from '../../../components/data/source-links';
import type { Chip, Lab } from '../../../data/dataset.schema';
import { formatPartialDate } from '../../../lib/format';
import { messages } from '../../../messages/timeline';
import type { TimelineEvent } from '../lib/select-timeline-events';

export interface EventCardProps {
  item: TimelineEvent;
  chipsById: ReadonlyMap<string, Chip>;
  labsById: ReadonlyMap<string, Lab>;
  onModelsAfter: (day: string) => void;
  onZoomAfter: (day: string) => void;
  onClose: () => void;
  /** Set (to a new number each time) when the card should take focus: it was opened from a list or a table, not from a marker. */
  focusToken?: number | null;
}

/** One event's card: date, title, what changed, thresholds, chips and labs named, sources, and actions. */
export function EventCard({ item, chipsById, labsById, onModelsAfter, onZoomAfter, onClose, focusToken = null }: EventCardProps) {
  const m = messages.timeline.events;
  const { event } = item;
  const titleId = useId();
  const helpId = useId();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusToken === null || !ref.current) return;
    // Into view with the least scrolling (the chart above stays as visible as it can), then focus.
    // (jsdom has no scrollIntoView.)
    if (typeof ref.current.scrollIntoView === 'function') ref.current.scrollIntoView({ block: 'nearest' });
    ref.current.focus({ preventScroll: true });
  }, [focusToken]);
  const onKey = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    }
  };
  return (
    <section ref={ref} tabIndex={-1} className={`tl-card${item.afterReport ? ' tl-card--later' : ''}`} aria-labelledby={titleId} onKeyDown={onKey}>
      <div className="tl-card__head">
        <p className="tl-card__meta">
          <time dateTime={event.date}>{formatPartialDate(event.date)}</time> · {m.kind[event.kind] ?? event.kind}
          {item.afterReport && <span className="tag tag--later">{m.card.afterReport}</span>}
        </p>
        <button type="button" className="tl-card__close" onClick={onClose}>
          {m.card.close}
        </button>
      </div>
      {/* A live title: moving between markers announces each card without moving focus. */}
      <h3 id={titleId} className="tl-card__title" aria-live="polite">
        {event.title}
      </h3>
      <h4>{m.card.whatChanged}</h4>
      <p>{event.summary}</p>
      {event.thresholds.length > 0 && (
        <>
          <h4>{m.card.thresholds}</h4>
          <ul>
            {event.thresholds.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </>
      )}
      {event.details.length > 0 && (
        <>
          <h4>{m.card.details}</h4>
          <ul>
            {event.details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </>
      )}
      {event.chips.length > 0 && (
        <>
          <h4>{m.card.chips}</h4>
          <ul className="tl-chips">
            {event.chips.map((id) => {
              const chip = chipsById.get(id);
              return <li key={id}>{chip ? `${chip.vendor} ${chip.name}` : m.card.unknownChip(id)}</li>;
            })}
          </ul>
        </>
      )}
      {event.labs.length > 0 && (
        <>
          <h4>{m.card.labs}</h4>
          <ul className="tl-chips">
            {event.labs.map((id) => (
              <li key={id}>{labsById.get(id)?.name ?? id}</li>
            ))}
          </ul>
        </>
      )}
      <p className="tl-card__sources">
        {m.card.sources}: <SourceLinks ids={event.sources} /> · {m.card.confidence(event.confidence)}
      </p>
      <div className="tl-card__actions">
        <button type="button" className="primary" aria-describedby={helpId} onClick={() => onModelsAfter(item.fromDay)}>
          {m.card.modelsAfter}
        </button>
        <button type="button" onClick={() => onZoomAfter(item.fromDay)}>
          {m.card.zoomAfter}
        </button>
        <p id={helpId} className="tl-card__help">
          {m.card.modelsAfterHelp(formatPartialDate(item.fromDay))}
        </p>
      </div>
    </section>
  );
}
