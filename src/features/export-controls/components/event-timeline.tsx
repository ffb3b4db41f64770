import { useId } from 'react';
import { SourceLinks } from '../../../components/data/source-links';
import { formatPartialDate } from '../../../lib/format';
import { messages } from '../../../messages/export-controls';
import type { ExportEvent } from '../lib/select-export-events';

/** One event on the vertical timeline: date, kind, title, what changed, thresholds, chips and labs named, sources. */
function EventItem({ item, onModelsAfter }: { item: ExportEvent; onModelsAfter: (day: string) => void }) {
  const m = messages.exportControls.timeline;
  const titleId = useId();
  const { event } = item;
  return (
    <li className={`ec-event ec-event--${event.kind}${item.afterReport ? ' ec-event--later' : ''}`}>
      <article aria-labelledby={titleId}>
        <p className="ec-event__meta">
          <time dateTime={event.date}>{formatPartialDate(event.date)}</time>
          <span className={`ec-kind ec-kind--${event.kind}`}>{messages.exportControls.kind[event.kind] ?? event.kind}</span>
          {item.afterReport && <span className="tag tag--later">{m.afterBadge}</span>}
        </p>
        <h3 id={titleId} className="ec-event__title">
          {event.title}
        </h3>
        <p>
          <strong>{m.whatChanged}:</strong> {event.summary}
        </p>
        {event.thresholds.length > 0 && (
          <div className="ec-event__block">
            <h4>{m.thresholds}</h4>
            <ul>
              {event.thresholds.map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ul>
          </div>
        )}
        {item.chips.length > 0 && (
          <div className="ec-event__block">
            <h4>{m.chips}</h4>
            <ul className="ec-tags">
              {item.chips.map(({ id, chip }) => (
                <li key={id}>{chip ? `${chip.vendor} ${chip.name}` : m.unknownChip(id)}</li>
              ))}
            </ul>
          </div>
        )}
        {item.labs.length > 0 && (
          <div className="ec-event__block">
            <h4>{m.labs}</h4>
            <ul className="ec-tags">
              {item.labs.map(({ id, lab }) => (
                <li key={id}>{lab?.name ?? id}</li>
              ))}
            </ul>
          </div>
        )}
        {event.details.length > 0 && (
          <details className="ec-event__details">
            <summary>{m.details}</summary>
            <ul>
              {event.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          </details>
        )}
        <div className="ec-event__foot">
          <span className="ec-event__sources">
            {m.sources}: <SourceLinks ids={event.sources} /> · {m.confidence(event.confidence)}
          </span>
          <button type="button" aria-label={m.modelsAfterLabel(event.title)} onClick={() => onModelsAfter(item.fromDay)}>
            {m.modelsAfter}
          </button>
        </div>
      </article>
    </li>
  );
}

export function EventTimeline({ items, label, onModelsAfter }: { items: readonly ExportEvent[]; label: string; onModelsAfter: (day: string) => void }) {
  return (
    <ol className="ec-timeline" aria-label={label}>
      {items.map((item) => (
        <EventItem key={item.event.id} item={item} onModelsAfter={onModelsAfter} />
      ))}
    </ol>
  );
}
