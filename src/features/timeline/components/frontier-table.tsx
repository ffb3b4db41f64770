import { formatPartialDate, formatScore } from '../../../lib/format';
import { messages } from '../../../messages/timeline';
import type { ModelRow } from '../../../data/dataset-index';
import type { FrontierSelection } from '../lib/select-frontier';
import type { TimelineEvent } from '../lib/select-timeline-events';
import { ScrollTable } from '../../../components/ui/scroll-table';

/** For a model with no preferred value: the other values its sources state, which are not used. */
export function otherValuesNotUsed(row: ModelRow): string | null {
  if (row.score !== null || row.otherScores.length === 0) return null;
  const m = messages.timeline.frontier;
  return m.otherNotUsed(row.otherScores.map((s) => m.otherValue[s.status](formatScore(s.value, s.status))).join('; '));
}

const yesNo = (v: boolean | null) => (v === true ? messages.common.yes : v === false ? messages.common.no : messages.common.unknown);

/** Which frontier each model set: "United States", "China open-weights", … */
export function frontierSetBy(selection: FrontierSelection): Map<string, string[]> {
  const byModel = new Map<string, string[]>();
  for (const line of selection.lines)
    for (const step of line.steps) {
      const list = byModel.get(step.modelId) ?? [];
      list.push(messages.timeline.frontier.frontierSet(messages.common.region[line.region], line.kind));
      byModel.set(step.modelId, list);
    }
  return byModel;
}

/** The CSV twin of the frontier chart: one row per plotted model. */
export function frontierCsv(selection: FrontierSelection) {
  const c = messages.timeline.frontier.columns;
  const setBy = frontierSetBy(selection);
  return {
    header: [c.model, c.lab, c.region, c.released, c.index, c.status, c.reasoning, c.open, c.afterReport, c.frontier],
    rows: selection.points.map((p) => [
      p.name,
      p.labName,
      messages.common.region[p.region],
      p.releaseDate,
      p.value,
      messages.common.status[p.status],
      yesNo(p.reasoning),
      yesNo(p.openWeights),
      p.afterReport ? messages.common.yes : messages.common.no,
      (setBy.get(p.id) ?? []).join('; '),
    ]),
  };
}

/** The table twin: the plotted models (names open their details), what cannot be plotted, and the events. */
export function FrontierTable({
  selection,
  events,
  onSelectModel,
  onActivateEvent,
}: {
  selection: FrontierSelection;
  events: readonly TimelineEvent[];
  onSelectModel: (id: string) => void;
  /** An event's title was chosen: its card opens, takes focus, and gives focus back to `opener` when it closes. */
  onActivateEvent: (id: string, opener: HTMLElement) => void;
}) {
  const m = messages.timeline.frontier;
  const c = m.columns;
  const setBy = frontierSetBy(selection);
  return (
    <>
      <ScrollTable label={m.tableCaption}>
        <table className="data-table">
          <caption>{m.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{c.model}</th>
              <th scope="col">{c.lab}</th>
              <th scope="col">{c.region}</th>
              <th scope="col">{c.released}</th>
              <th scope="col" className="num">
                {c.index}
              </th>
              <th scope="col">{c.status}</th>
              <th scope="col">{c.reasoning}</th>
              <th scope="col">{c.open}</th>
              <th scope="col">{c.afterReport}</th>
              <th scope="col">{c.frontier}</th>
            </tr>
          </thead>
          <tbody>
            {selection.points.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <button type="button" className="link-button" aria-label={m.openDetails(p.name)} onClick={() => onSelectModel(p.id)}>
                    {p.name}
                  </button>
                </th>
                <td>{p.labName}</td>
                <td>{messages.common.region[p.region]}</td>
                <td>{formatPartialDate(p.releaseDate)}</td>
                <td className="num">
                  {formatScore(p.value, p.status)}
                  {p.otherValues.length > 0 && (
                    <span className="tl-also"> ({m.tooltipAlso(p.otherValues.map((o) => `${formatScore(o.value, o.status)}, ${messages.common.status[o.status]}`).join('; '))})</span>
                  )}
                </td>
                <td>{messages.common.status[p.status]}</td>
                <td>{yesNo(p.reasoning)}</td>
                <td>{yesNo(p.openWeights)}</td>
                <td>{p.afterReport ? messages.common.yes : messages.common.no}</td>
                <td>{(setBy.get(p.id) ?? []).join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      {selection.unplotted.length > 0 && (
        <div className="tl-table-gap">
        <ScrollTable label={m.unplottedCaption}>
          <table className="data-table">
            <caption>{m.unplottedCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{c.model}</th>
                <th scope="col">{c.lab}</th>
                <th scope="col">{c.released}</th>
                <th scope="col">{c.index}</th>
              </tr>
            </thead>
            <tbody>
              {selection.unplotted.map(({ row, reason }) => (
                <tr key={row.model.id}>
                  <th scope="row">
                    <button type="button" className="link-button" aria-label={m.openDetails(row.model.name)} onClick={() => onSelectModel(row.model.id)}>
                      {row.model.name}
                    </button>
                  </th>
                  <td>{row.lab.name}</td>
                  <td>{row.model.releaseDate ? formatPartialDate(row.model.releaseDate) : <span className="unknown">{messages.common.notStated}</span>}</td>
                  <td>
                    {row.score ? (
                      `${formatScore(row.score.value, row.score.status)}${row.score.status === 'measured' ? '' : ` (${messages.common.status[row.score.status]})`}`
                    ) : (
                      <span className="unknown">{messages.common.notRated}</span>
                    )}{' '}
                    <span className="tl-also">({m.unplottedReason[reason]})</span>
                    {otherValuesNotUsed(row) && <span className="tl-also"> {otherValuesNotUsed(row)}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
        </div>
      )}
      {events.length > 0 && (
        <div className="tl-table-gap">
        <ScrollTable label={m.eventsCaption}>
          <table className="data-table">
            <caption>{m.eventsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.eventColumns.number}</th>
                <th scope="col">{m.eventColumns.date}</th>
                <th scope="col">{m.eventColumns.title}</th>
                <th scope="col">{m.eventColumns.kind}</th>
                <th scope="col">{m.eventColumns.after}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.event.id}>
                  <td>{e.number}</td>
                  <td>
                    <time dateTime={e.event.date}>{formatPartialDate(e.event.date)}</time>
                  </td>
                  <th scope="row">
                    <button type="button" className="link-button" onClick={(click) => onActivateEvent(e.event.id, click.currentTarget)}>
                      {e.event.title}
                    </button>
                  </th>
                  <td>{messages.timeline.events.kind[e.event.kind] ?? e.event.kind}</td>
                  <td>{e.afterReport ? messages.common.yes : messages.common.no}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
        </div>
      )}
    </>
  );
}
