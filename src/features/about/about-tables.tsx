import { ScoreStatus } from '../../components/data/score-status';
import { SourceLinks } from '../../components/data/source-links';
import { DataTable } from '../../components/table/data-table';
import type { TableColumn } from '../../components/table/table-columns';
import type { Source } from '../../data/dataset.schema';
import { formatPartialDate } from '../../lib/format';
import { messages } from '../../messages/about';
import type { ConflictRow } from './lib/select-conflicts';

/** Models whose sources state more than one value: the value used, the others, and why. */
export function ConflictsTable({ conflicts }: { conflicts: readonly ConflictRow[] }) {
  const m = messages.about;
  const c = m.conflictColumns;
  const columns: TableColumn<ConflictRow>[] = [
    { id: 'model', header: c.model, rowHeader: true, cell: (r) => r.modelName },
    {
      id: 'used',
      header: c.used,
      cell: (r) =>
        r.used ? (
          <>
            {r.used.value} (<ScoreStatus status={r.used.status} />) <SourceLinks ids={r.used.sources} />
          </>
        ) : (
          <span className="unknown">{messages.common.notRated}</span>
        ),
    },
    {
      id: 'other',
      header: c.other,
      cell: (r) =>
        r.others.map((o, i) => (
          <div key={i}>
            {o.value} (<ScoreStatus status={o.status} />) <SourceLinks ids={o.sources} />
          </div>
        )),
    },
    { id: 'note', header: c.note, cell: (r) => [r.used?.note, ...r.others.map((o) => o.note)].filter(Boolean).join(' ') },
  ];
  return <DataTable caption={m.conflictsCaption} columns={columns} rows={conflicts} rowKey={(r) => r.modelId} />;
}

function SourceTitle({ source: s }: { source: Source }) {
  const m = messages.about;
  return (
    <>
      {s.url ? (
        <a href={s.url} rel="noreferrer noopener" target="_blank">
          {s.title}
        </a>
      ) : (
        <>
          {s.title} <span className="unknown">({m.noUrl})</span>
        </>
      )}
      {s.otherUrls.length > 0 && (
        <span className="about__also">
          {' '}
          {m.alsoAt}{' '}
          {s.otherUrls.map((u, i) => (
            <span key={u}>
              {i > 0 && ', '}
              <a href={u} rel="noreferrer noopener" target="_blank">
                {new URL(u).hostname}
              </a>
            </span>
          ))}
        </span>
      )}
    </>
  );
}

/** Every source in the dataset; each row is an anchor (`#source-<id>`) that source links point to. */
export function SourcesTable({ sources }: { sources: readonly Source[] }) {
  const m = messages.about;
  const c = m.sourceColumns;
  const columns: TableColumn<Source>[] = [
    { id: 'id', header: c.id, rowHeader: true, cell: (s) => s.id },
    { id: 'title', header: c.title, cell: (s) => <SourceTitle source={s} /> },
    { id: 'publisher', header: c.publisher, cell: (s) => s.publisher ?? <span className="unknown">{messages.common.unknown}</span> },
    { id: 'date', header: c.date, cell: (s) => formatPartialDate(s.date) },
    {
      id: 'tier',
      header: c.tier,
      cell: (s) => (
        <>
          {m.tierNames[s.tier]}
          {s.url === null && `, ${m.noPublicAddress}`}
          {s.tierNote && <span className="about__tier-note"> ({s.tierNote})</span>}
        </>
      ),
    },
    { id: 'note', header: c.note, cell: (s) => s.note ?? '' },
  ];
  return <DataTable caption={m.sourcesCaption} className="about__sources" columns={columns} rows={sources} rowKey={(s) => s.id} rowId={(s) => `source-${s.id}`} />;
}
