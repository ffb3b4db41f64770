import { DataTable } from '../../../components/table/data-table';
import { csvTable, type TableColumn } from '../../../components/table/table-columns';
import { formatList, formatPartialDate, formatScore } from '../../../lib/format';
import { messages } from '../../../messages/timeline';
import { otherValuesNotUsed } from '../../../components/data/other-values-not-used';
import type { FrontierSelection, PlotPoint } from '../lib/select-frontier';
import type { TimelineEvent } from '../lib/select-timeline-events';

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

type Unplotted = FrontierSelection['unplotted'][number];

/** The plotted models' columns: what the table twin draws and what the CSV says. */
function pointColumns(selection: FrontierSelection, onSelectModel: (id: string) => void): TableColumn<PlotPoint>[] {
  const m = messages.timeline.frontier;
  const c = m.columns;
  const setBy = frontierSetBy(selection);
  const yes = (v: boolean) => (v ? messages.common.yes : messages.common.no);
  return [
    {
      id: 'model',
      header: c.model,
      rowHeader: true,
      cell: (p) => (
        <button type="button" className="link-button" aria-label={m.openDetails(p.name)} onClick={() => onSelectModel(p.id)}>
          {p.name}
        </button>
      ),
      csv: (p) => p.name,
    },
    { id: 'lab', header: c.lab, cell: (p) => p.labName, csv: (p) => p.labName },
    { id: 'region', header: c.region, cell: (p) => messages.common.region[p.region], csv: (p) => messages.common.region[p.region] },
    { id: 'released', header: c.released, cell: (p) => formatPartialDate(p.releaseDate), csv: (p) => p.releaseDate },
    {
      id: 'index',
      header: c.index,
      numeric: true,
      cell: (p) => (
        <>
          {formatScore(p.value, p.status)}
          {p.otherValues.length > 0 && (
            <span className="tl-also"> ({m.tooltipAlso(messages.common.joinItems(p.otherValues.map((o) => messages.common.valueWithStatus(formatScore(o.value, o.status), messages.common.status[o.status]))))})</span>
          )}
        </>
      ),
      csv: (p) => p.value,
    },
    { id: 'status', header: c.status, cell: (p) => messages.common.status[p.status], csv: (p) => messages.common.status[p.status] },
    { id: 'reasoning', header: c.reasoning, cell: (p) => yesNo(p.reasoning), csv: (p) => yesNo(p.reasoning) },
    { id: 'open', header: c.open, cell: (p) => yesNo(p.openWeights), csv: (p) => yesNo(p.openWeights) },
    { id: 'after', header: c.afterReport, cell: (p) => yes(p.afterReport), csv: (p) => yes(p.afterReport) },
    { id: 'frontier', header: c.frontier, cell: (p) => formatList(setBy.get(p.id) ?? [], true) || '—', csv: (p) => (setBy.get(p.id) ?? []).join('; ') },
  ];
}

/** The CSV twin of the frontier chart: one row per plotted model, from the table's own columns. */
export function frontierCsv(selection: FrontierSelection) {
  return csvTable(pointColumns(selection, () => {}), selection.points);
}

function unplottedColumns(onSelectModel: (id: string) => void): TableColumn<Unplotted>[] {
  const m = messages.timeline.frontier;
  const c = m.columns;
  return [
    {
      id: 'model',
      header: c.model,
      rowHeader: true,
      cell: ({ row }) => (
        <button type="button" className="link-button" aria-label={m.openDetails(row.model.name)} onClick={() => onSelectModel(row.model.id)}>
          {row.model.name}
        </button>
      ),
    },
    { id: 'lab', header: c.lab, cell: ({ row }) => row.lab.name },
    {
      id: 'released',
      header: c.released,
      cell: ({ row }) => (row.model.releaseDate ? formatPartialDate(row.model.releaseDate) : <span className="unknown">{messages.common.notStated}</span>),
    },
    {
      id: 'index',
      header: c.index,
      cell: ({ row, reason }) => (
        <>
          {row.score ? (
            `${formatScore(row.score.value, row.score.status)}${row.score.status === 'measured' ? '' : ` (${messages.common.status[row.score.status]})`}`
          ) : (
            <span className="unknown">{messages.common.notRated}</span>
          )}{' '}
          <span className="tl-also">({m.unplottedReason[reason]})</span>
          {otherValuesNotUsed(row) && <span className="tl-also"> {otherValuesNotUsed(row)}</span>}
        </>
      ),
    },
  ];
}

function eventColumns(onActivateEvent: (id: string, opener: HTMLElement) => void): TableColumn<TimelineEvent>[] {
  const c = messages.timeline.frontier.eventColumns;
  return [
    { id: 'number', header: c.number, cell: (e) => e.number },
    { id: 'date', header: c.date, cell: (e) => <time dateTime={e.event.date}>{formatPartialDate(e.event.date)}</time> },
    {
      id: 'title',
      header: c.title,
      rowHeader: true,
      cell: (e) => (
        <button type="button" className="link-button" onClick={(click) => onActivateEvent(e.event.id, click.currentTarget)}>
          {e.event.title}
        </button>
      ),
    },
    { id: 'kind', header: c.kind, cell: (e) => messages.timeline.events.kind[e.event.kind] ?? e.event.kind },
    { id: 'after', header: c.after, cell: (e) => (e.afterReport ? messages.common.yes : messages.common.no) },
  ];
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
  return (
    <>
      <DataTable caption={m.tableCaption} pinFirstColumn columns={pointColumns(selection, onSelectModel)} rows={selection.points} rowKey={(p) => p.id} />
      {selection.unplotted.length > 0 && (
        <div className="tl-table-gap">
          <DataTable caption={m.unplottedCaption} columns={unplottedColumns(onSelectModel)} rows={selection.unplotted} rowKey={({ row }) => row.model.id} />
        </div>
      )}
      {events.length > 0 && (
        <div className="tl-table-gap">
          <DataTable caption={m.eventsCaption} columns={eventColumns(onActivateEvent)} rows={events} rowKey={(e) => e.event.id} />
        </div>
      )}
    </>
  );
}
