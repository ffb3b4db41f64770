import { memo, useState } from 'react';
import { RegionMarkerIcon } from '../../../components/charts/region-marker';
import { ScoreStatus } from '../../../components/data/score-status';
import { downloadText, toCsv } from '../../../lib/csv';
import { formatPartialDate, formatScore } from '../../../lib/format';
import { messages } from '../../../messages';
import type { LeaderboardSortKey, SortDirection } from '../../../stores/filters/filters-url';
import type { RankedRow } from '../lib/select-leaderboard';
import { ScrollTable } from '../../../components/ui/scroll-table';

/** Rows drawn at first; "Show more" adds this many. Keeps a 5,000-model table quick to update. */
export const TABLE_PAGE = 100;

const COLUMNS: readonly LeaderboardSortKey[] = ['rank', 'model', 'lab', 'country', 'release', 'index', 'open', 'reasoning'];
const NUMERIC: ReadonlySet<LeaderboardSortKey> = new Set(['rank', 'index']);

interface LeaderboardTableProps {
  rows: readonly RankedRow[];
  sort: { key: LeaderboardSortKey; dir: SortDirection };
  scaleLabel: string;
  onSort: (key: LeaderboardSortKey) => void;
  onSelect: (modelId: string) => void;
}

const yesNo = (v: boolean | null) => (v === null ? <span className="unknown">{messages.common.unknown}</span> : v ? messages.common.yes : messages.common.no);

function csvRows(rows: readonly RankedRow[]) {
  const yn = (v: boolean | null) => (v === null ? null : v ? messages.common.yes : messages.common.no);
  return rows.map(({ row, rank, tied }) => [
    rank === null ? messages.common.notRated : `${rank}${tied ? '=' : ''}`,
    row.model.name,
    row.lab.name,
    messages.common.country[row.lab.country] ?? row.lab.country,
    row.model.releaseDate,
    row.score ? row.score.value : messages.common.notRated,
    row.score ? messages.common.status[row.score.status] : null,
    row.otherScores.map((s) => `${s.value} [${s.sources.join(' ')}]`).join('; ') || null,
    yn(row.model.openWeights),
    yn(row.model.reasoning),
    row.afterReport ? messages.common.yes : messages.common.no,
    (row.score?.sources ?? row.model.sources).join(' '),
  ]);
}

/** The sortable table of every model in the selection; sorting and selection go through the store. */
export const LeaderboardTable = memo(function LeaderboardTable({ rows, sort, scaleLabel, onSort, onSelect }: LeaderboardTableProps) {
  const m = messages.leaderboard;
  const [paging, setPaging] = useState<{ rows: readonly RankedRow[]; limit: number }>({ rows, limit: TABLE_PAGE });
  // A new selection or order starts again at the first page.
  const limit = paging.rows === rows ? paging.limit : TABLE_PAGE;
  const visible = rows.length > limit ? rows.slice(0, limit) : rows;
  const remaining = rows.length - visible.length;

  return (
    <section className="lb-table" aria-labelledby="lb-table-title">
      <div className="lb-table__head">
        <h2 id="lb-table-title">{m.table.heading}</h2>
        <button type="button" onClick={() => downloadText(`${m.table.filename}.csv`, toCsv(m.table.csvHeader, csvRows(rows)))}>
          {messages.common.chart.download}
        </button>
      </div>
      <p id="lb-table-note" className="lb-table__note">
        {m.table.note(scaleLabel)}
      </p>
      <ScrollTable label={m.table.caption(rows.length)}>
        <table className="data-table lb-table__table" aria-describedby="lb-table-note">
          <caption>{m.table.caption(rows.length)}</caption>
          <thead>
            <tr>
              {COLUMNS.map((key) => {
                const sorted = sort.key === key;
                return (
                  <th
                    key={key}
                    scope="col"
                    className={NUMERIC.has(key) ? 'num' : undefined}
                    aria-sort={sorted ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                  >
                    <button type="button" className="sort-button" onClick={() => onSort(key)}>
                      {m.columns[key]}
                      <span aria-hidden="true" className={sorted ? 'sort-button__arrow sort-button__arrow--on' : 'sort-button__arrow'}>
                        {sorted ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {visible.map(({ row, rank, tied }) => (
              <tr key={row.model.id}>
                <td className="num">
                  {rank === null ? (
                    <span className="unknown">–</span>
                  ) : (
                    <>
                      {tied && <span aria-hidden="true">=</span>}
                      {rank}
                      {tied && <span className="visually-hidden"> ({m.table.tied})</span>}
                    </>
                  )}
                </td>
                <th scope="row">
                  <button type="button" className="link-button" aria-haspopup="dialog" onClick={() => onSelect(row.model.id)}>
                    {row.model.name}
                  </button>
                </th>
                <td>
                  {row.lab.name}
                  {row.lab.nativeName && (
                    <span lang="zh" className="lb-table__native">
                      {' '}
                      {row.lab.nativeName}
                    </span>
                  )}
                </td>
                <td className="lb-table__country">
                  <RegionMarkerIcon region={row.region} /> {messages.common.country[row.lab.country] ?? row.lab.country}
                </td>
                <td>
                  <span className="lb-table__date">{formatPartialDate(row.model.releaseDate)}</span>
                  {row.afterReport && (
                    <>
                      {' '}
                      <abbr title={m.table.later} className="lb-table__later">
                        {messages.leaderboard.marks.later}
                      </abbr>
                      <span className="visually-hidden"> ({m.table.later})</span>
                    </>
                  )}
                </td>
                <td className="num lb-table__index">
                  {row.score ? (
                    <>
                      <span className="lb-table__value">{formatScore(row.score.value, row.score.status)}</span>
                      {row.score.status !== 'measured' && (
                        <span className="lb-table__status">
                          <ScoreStatus status={row.score.status} />
                        </span>
                      )}
                    </>
                  ) : (
                    <span className="unknown">{m.table.notRated}</span>
                  )}
                  {row.otherScores.map((s, i) => (
                    <span key={i} className="badge badge--conflict" title={m.table.alsoStatedHelp(s.value, s.sources.join(', '))}>
                      {m.table.alsoStated(s.value)}
                      <span className="visually-hidden"> ({s.sources.join(', ')})</span>
                    </span>
                  ))}
                </td>
                <td>{yesNo(row.model.openWeights)}</td>
                <td>{yesNo(row.model.reasoning)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
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
