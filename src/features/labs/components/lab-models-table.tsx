import { ContextCell, LicenceCell, ParamsCell, PriceCell } from '../../../components/data/model-fields';
import { ScoreStatus } from '../../../components/data/score-status';
import { blendedPrice } from '../../../data/blended-price';
import { SourceLinks } from '../../../components/data/source-links';
import { DataTable } from '../../../components/table/data-table';
import type { TableColumn } from '../../../components/table/table-columns';
import type { ModelRow } from '../../../data/dataset-index';
import { precisionOf } from '../../../lib/dates';
import { formatPartialDate } from '../../../lib/format';
import { messages } from '../../../messages/labs';
import { ModelLink } from './model-link';

function yesNoUnknown(value: boolean | null) {
  if (value === null) return <span className="unknown">{messages.common.unknown}</span>;
  return value ? messages.common.yes : messages.common.no;
}

function ReleaseDate({ date }: { date: string | null }) {
  const m = messages.labs.profile;
  if (!date) return <span className="unknown">{messages.common.unknown}</span>;
  const precision = precisionOf(date);
  return (
    <>
      {formatPartialDate(date)}
      {precision === 'month' && <span className="muted"> {m.monthOnly}</span>}
      {precision === 'year' && <span className="muted"> {m.yearOnly}</span>}
    </>
  );
}

function Notes({ row }: { row: ModelRow }) {
  const m = messages.labs.profile;
  return (
    <>
      {row.afterReport && <span className="tag tag--later">{messages.common.laterRelease}</span>}
      {row.otherScores.length > 0 && (
        <span className="lab-models__also">
          {row.afterReport && ' '}
          {m.alsoStated('')}
          {row.otherScores.map((s, i) => (
            <span key={i}>
              {i > 0 && '; '}
              {s.value} (<ScoreStatus status={s.status} />) <SourceLinks ids={s.sources} />
            </span>
          ))}
        </span>
      )}
    </>
  );
}

/** Every model of a lab, in release order, each linking to the shared detail panel. */
export function LabModelsTable({ labName, models, scaleLabel }: { labName: string; models: readonly ModelRow[]; scaleLabel: string }) {
  const m = messages.labs.profile;
  const f = messages.leaderboard.columns;
  if (models.length === 0) return <p className="unknown">{m.noModels(labName)}</p>;
  // The notes column only when some model has something to note (a later release, a conflicting value).
  const withNotes = models.some((r) => r.afterReport || r.otherScores.length > 0);
  const columns: TableColumn<ModelRow>[] = [
    { id: 'model', header: m.columns.model, rowHeader: true, cell: (row) => <ModelLink modelId={row.model.id}>{row.model.name}</ModelLink> },
    { id: 'released', header: m.columns.released, cell: (row) => <ReleaseDate date={row.model.releaseDate} /> },
    {
      id: 'index',
      header: (
        <>
          {m.columns.index} <span className="visually-hidden">({scaleLabel})</span>
        </>
      ),
      numeric: true,
      cell: (row) => (row.score ? row.score.value : <span className="unknown">{messages.common.notRated}</span>),
    },
    {
      id: 'status',
      header: m.columns.status,
      cell: (row) =>
        row.score ? (
          <>
            <ScoreStatus status={row.score.status} /> <SourceLinks ids={row.score.sources} />
          </>
        ) : (
          <span className="unknown">{m.noValue}</span>
        ),
    },
    { id: 'open', header: m.columns.open, cell: (row) => yesNoUnknown(row.model.openWeights) },
    { id: 'reasoning', header: m.columns.reasoning, cell: (row) => yesNoUnknown(row.model.reasoning) },
    { id: 'price', header: f.price, numeric: true, cell: (row) => <PriceCell model={row.model} />, sortValue: (row) => blendedPrice(row.model.price) },
    { id: 'params', header: f.params, numeric: true, cell: (row) => <ParamsCell model={row.model} />, sortValue: (row) => row.model.parameters.totalB },
    { id: 'context', header: f.context, numeric: true, cell: (row) => <ContextCell model={row.model} />, sortValue: (row) => row.model.context.tokens },
    { id: 'licence', header: f.licence, cell: (row) => <LicenceCell model={row.model} />, sortValue: (row) => row.model.licence.name },
    ...(withNotes ? [{ id: 'notes', header: m.columns.notes, cell: (row: ModelRow) => <Notes row={row} /> }] : []),
  ];
  return <DataTable caption={m.modelsCaption(labName, models.length)} className="lab-models" pinFirstColumn columns={columns} rows={models} rowKey={(row) => row.model.id} />;
}
