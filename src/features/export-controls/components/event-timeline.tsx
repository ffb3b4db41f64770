import { useId } from 'react';
import { SourceLinks } from '../../../components/data/source-links';
import { Link } from '../../../components/ui/link';
import type { DatasetIndex } from '../../../data/dataset-index';
import { formatPartialDate } from '../../../lib/format';
import { messages } from '../../../messages/export-controls';
import { isRule, selectBeforeAfter } from '../lib/before-after';
import type { ExportEvent } from '../lib/select-export-events';
import { timelineLinkFor } from '../lib/timeline-link';
import { cardSpans } from '../lib/card-spans';
import { BeforeAfterReadout } from './before-after-readout';

/** "Models released after this": a real link to the timeline, or the reason it is not offered. */
function ModelsAfter({ index, item }: { index: DatasetIndex; item: ExportEvent }) {
  const m = messages.exportControls;
  const reasonId = useId();
  const link = timelineLinkFor(index, item);
  if (link.enabled)
    return (
      <Link to={link.to} search={link.search} className="ec-event__action" aria-label={m.timeline.modelsAfterLabel(item.event.title)}>
        {m.timeline.modelsAfter}
      </Link>
    );
  return (
    <span className="ec-event__action-off">
      <a role="link" aria-disabled="true" tabIndex={0} aria-describedby={reasonId} className="ec-event__action ec-event__action--off">
        {m.timeline.modelsAfter}
      </a>{' '}
      <span id={reasonId} className="ec-event__reason">
        {m.link.disabled(formatPartialDate(item.event.date))}
        {link.latest ? m.link.latest(link.latest.name, formatPartialDate(link.latest.date)) : m.link.none}
      </span>
    </span>
  );
}

/** One event: its key facts (date, kind, title, what changed, before/after for a rule, the timeline link); thresholds, chips, labs and details on demand. */
function EventItem({ item, index, span }: { item: ExportEvent; index: DatasetIndex; span: number }) {
  const m = messages.exportControls.timeline;
  const titleId = useId();
  const { event } = item;
  const more = event.thresholds.length > 0 || item.chips.length > 0 || item.labs.length > 0 || event.details.length > 0;
  return (
    <li className={`ec-event ec-event--${event.kind}${item.afterReport ? ' ec-event--later' : ''}${isRule(item) ? ' ec-event--rule' : ''} ec-event--span-${span}`}>
      <article aria-labelledby={titleId}>
        <div className="ec-event__body">
          <p className="ec-event__meta">
            <time dateTime={event.date}>{formatPartialDate(event.date)}</time>
            <span className={`ec-kind ec-kind--${event.kind}`}>{messages.exportControls.kind[event.kind] ?? event.kind}</span>
            {item.afterReport && <span className="tag tag--later">{m.afterBadge}</span>}
          </p>
          <h3 id={titleId} className="ec-event__title">
            {event.title}
          </h3>
          <p>
            <strong>{m.whatChanged}</strong>
            {messages.common.labelSeparator}
            {event.summary}
          </p>
          {more && (
            <details className="ec-event__details">
              <summary>{m.details}</summary>
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
                <ul>
                  {event.details.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              )}
            </details>
          )}
          <div className="ec-event__foot">
            <span className="ec-event__sources">
              {m.sources}: <SourceLinks ids={event.sources} /> · {m.confidence(event.confidence)}
            </span>
            <ModelsAfter index={index} item={item} />
          </div>
        </div>
        {isRule(item) && <BeforeAfterReadout readout={selectBeforeAfter(index, item)} title={event.title} />}
      </article>
    </li>
  );
}

export function EventTimeline({ items, label, index }: { items: readonly ExportEvent[]; label: string; index: DatasetIndex }) {
  const spans = cardSpans(items.map(isRule));
  return (
    <ol className="ec-timeline" aria-label={label}>
      {items.map((item, i) => (
        <EventItem key={item.event.id} item={item} index={index} span={spans[i]!} />
      ))}
    </ol>
  );
}
