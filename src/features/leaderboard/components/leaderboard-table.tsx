import { memo, useMemo, useState } from 'react';
import { CsvDownloadButton } from '../../../components/charts/chart-frame';
import { DataTable } from '../../../components/table/data-table';
import { csvTable } from '../../../components/table/table-columns';
import { messages } from '../../../messages';
import type { LeaderboardSortKey, OptionalColumn, SortDirection } from '../../../stores/filters/filters-url';
import { ColumnPicker } from './column-picker';
import type { RankedRow } from '../lib/select-leaderboard';
import { drawOrder, leaderboardColumns, visibleColumns, type LeaderboardColumnId } from './leaderboard-columns';

/** Rows drawn at first; "Show more" adds this many. Keeps a 5,000-model table quick to update. */
export const TABLE_PAGE = 100;

const SORT_KEYS: ReadonlySet<string> = new Set<LeaderboardSortKey>(['rank', 'model', 'lab', 'country', 'release', 'index', 'open', 'reasoning', 'price', 'params', 'context', 'licence']);
const isSortKey = (id: string): id is LeaderboardSortKey => SORT_KEYS.has(id);

interface LeaderboardTableProps {
  rows: readonly RankedRow[];
  sort: { key: LeaderboardSortKey; dir: SortDirection };
  scaleLabel: string;
  /** The optional columns shown. */
  shown: readonly OptionalColumn[];
  onToggleColumn: (column: OptionalColumn) => void;
  onSort: (key: LeaderboardSortKey) => void;
  onSelect: (modelId: string) => void;
}

/** The sortable table of every model in the selection; sorting and selection go through the store. */
export const LeaderboardTable = memo(function LeaderboardTable({ rows, sort, scaleLabel, shown, onToggleColumn, onSort, onSelect }: LeaderboardTableProps) {
  const m = messages.leaderboard;
  const [paging, setPaging] = useState<{ rows: readonly RankedRow[]; limit: number }>({ rows, limit: TABLE_PAGE });
  // A new selection or order starts again at the first page.
  const limit = paging.rows === rows ? paging.limit : TABLE_PAGE;
  const visible = rows.length > limit ? rows.slice(0, limit) : rows;
  const remaining = rows.length - visible.length;
  const columns = useMemo(() => leaderboardColumns(onSelect), [onSelect]);
  const drawn = useMemo(() => drawOrder(visibleColumns(columns, shown)), [columns, shown]);

  return (
    <section className="lb-table below-fold" aria-labelledby="lb-table-title">
      <div className="lb-table__head">
        <h2 id="lb-table-title">{m.table.heading}</h2>
        <CsvDownloadButton file={() => ({ filename: m.table.filename, ...csvTable(columns, rows) })} />
      </div>
      <p id="lb-table-note" className="lb-table__note">
        {m.table.note(scaleLabel)}
      </p>
      <ColumnPicker shown={shown} onToggle={onToggleColumn} />
      <DataTable
        caption={m.table.caption(rows.length)}
        className="lb-table__table"
        describedBy="lb-table-note"
        columns={drawn}
        rows={visible}
        rowKey={({ row }) => row.model.id}
        sort={{ id: sort.key, dir: sort.dir }}
        onSort={(id: LeaderboardColumnId) => {
          if (isSortKey(id)) onSort(id);
        }}
      />
      {remaining > 0 && (
        <div className="lb-table__more">
          <p>{m.table.partial(visible.length, rows.length)}</p>
          <button type="button" onClick={() => setPaging({ rows, limit: limit + TABLE_PAGE })}>
            {m.table.showMore(Math.min(TABLE_PAGE, remaining), remaining)}
          </button>
          <button type="button" onClick={() => setPaging({ rows, limit: rows.length })}>
            {m.table.showAll(rows.length)}
          </button>
        </div>
      )}
    </section>
  );
});
