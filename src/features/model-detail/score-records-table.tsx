import { ScoreStatus } from '../../components/data/score-status';
import { SourceLinks } from '../../components/data/source-links';
import { SourceTierTag } from '../../components/data/source-tier-tag';
import { DataTable } from '../../components/table/data-table';
import type { TableColumn } from '../../components/table/table-columns';
import type { Score } from '../../data/dataset.schema';
import { formatScore } from '../../lib/format';
import { messages } from '../../messages/model-detail';
import type { ScoreRecord } from './lib/select-model-detail';

/** The value as the report marks it: "94+" for an estimate. */
export const scoreValueText = (s: Score) => formatScore(s.value, s.status);

/** Every value the sources state for one model: used or not, on which scale, with its note. */
export function ScoreRecordsTable({ caption, records, showScale }: { caption: string; records: readonly ScoreRecord[]; showScale: boolean }) {
  const m = messages.modelDetail;
  const c = m.recordsColumns;
  const columns: TableColumn<ScoreRecord>[] = [
    { id: 'value', header: c.value, rowHeader: true, numeric: true, cell: (r) => scoreValueText(r.score) },
    { id: 'status', header: c.status, cell: (r) => <ScoreStatus status={r.score.status} /> },
    { id: 'used', header: c.used, cell: (r) => (r.used ? m.usedYes : m.usedNo) },
    { id: 'sources', header: c.sources, cell: (r) => (
        <>
          <SourceLinks ids={r.score.sources} /> <SourceTierTag ids={r.score.sources} />
        </>
      ),
    },
    ...(showScale
      ? [
          {
            id: 'scale',
            header: c.scale,
            cell: (r: ScoreRecord) => (
              <>
                {r.scale?.shortLabel ?? r.score.scale}
                {!r.primary && <span className="unknown"> ({m.otherScale})</span>}
              </>
            ),
          },
        ]
      : []),
    { id: 'note', header: c.note, className: 'detail-records__note', cell: (r) => r.score.note ?? <span className="unknown">–</span> },
  ];
  return <DataTable caption={caption} className="detail-records" columns={columns} rows={records} rowKey={(_, i) => String(i)} />;
}
