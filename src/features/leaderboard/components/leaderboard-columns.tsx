import { ScoreStatus } from '../../../components/data/score-status';
import type { TableColumn } from '../../../components/table/table-columns';
import { formatPartialDate, formatScore } from '../../../lib/format';
import { messages } from '../../../messages';
import type { LeaderboardSortKey, OptionalColumn } from '../../../stores/filters/filters-url';
import { ContextCell, LicenceCell, ParamsCell, PriceCell } from '../../../components/data/model-fields';
import { blendedPrice } from '../../../data/blended-price';
import type { RankedRow } from '../lib/select-leaderboard';
import { labNames } from '../../../components/data/lab-names';
import { getLang } from '../../../lib/locale';

/** The drawn, sortable columns are the store's sort keys; the rest are in the CSV only. */

/** The lab's names, native first in Chinese and Japanese (the tree is redrawn on a language switch). */
function LabNameCell({ lab }: { lab: { name: string; nativeName: string | null } }) {
  const names = labNames(lab, getLang());
  // A name in the page's language is bare text: one element fewer per row.
  return (
    <>
      {names.primaryLang ? <span lang={names.primaryLang}>{names.primary}</span> : names.primary}
      {names.secondary && (
        <span lang={names.secondaryLang} className="lb-table__native">
          {' '}
          {names.secondary}
        </span>
      )}
    </>
  );
}
export type LeaderboardColumnId = LeaderboardSortKey | 'status' | 'also' | 'after' | 'sources' | 'priceInput' | 'priceOutput' | 'priceDate' | 'paramsActive';

const yesNo = (v: boolean | null) => (v === null ? <span className="unknown">{messages.common.unknown}</span> : v ? messages.common.yes : messages.common.no);
const yesNoCsv = (v: boolean | null) => (v === null ? null : v ? messages.common.yes : messages.common.no);

const roundPrice = (v: number | null) => (v === null ? null : Number(v.toPrecision(3)));
const OPTIONAL: ReadonlySet<string> = new Set<OptionalColumn>(['price', 'params', 'context', 'licence']);

/** The drawn columns: every column, less the optional ones not in `shown` (the CSV keeps them all). */
export function visibleColumns<C extends { id: string }>(columns: readonly C[], shown: readonly OptionalColumn[]): C[] {
  return columns.filter((c) => !OPTIONAL.has(c.id) || (shown as readonly string[]).includes(c.id));
}

/**
 * The drawn order: the index right after the model's name, so a phone shows the answer beside the name
 * without scrolling sideways; the rest follow in the CSV's order.
 */
export function drawOrder<C extends { id: string }>(columns: readonly C[]): C[] {
  const rest = columns.filter((c) => c.id !== 'index');
  const at = rest.findIndex((c) => c.id === 'model') + 1;
  return [...rest.slice(0, at), ...columns.filter((c) => c.id === 'index'), ...rest.slice(at)];
}

/** The leaderboard table's columns: what each cell shows and what the CSV says (in the CSV's order). */
export function leaderboardColumns(onSelect: (modelId: string) => void): TableColumn<RankedRow, LeaderboardColumnId>[] {
  const m = messages.leaderboard;
  const h = m.table.csvColumns;
  return [
    {
      id: 'rank',
      header: m.columns.rank,
      csvHeader: h.rank,
      numeric: true,
      cell: ({ rank, tied }) =>
        rank === null ? (
          <span className="unknown">–</span>
        ) : (
          <>
            {tied && <span aria-hidden="true">=</span>}
            {rank}
            {tied && <span className="visually-hidden"> ({m.table.tied})</span>}
          </>
        ),
      csv: ({ rank, tied }) => (rank === null ? messages.common.notRated : `${rank}${tied ? '=' : ''}`),
    },
    {
      id: 'model',
      header: m.columns.model,
      csvHeader: h.model,
      rowHeader: true,
      cell: ({ row }) => (
        <button type="button" className="link-button" aria-haspopup="dialog" onClick={() => onSelect(row.model.id)}>
          {row.model.name}
        </button>
      ),
      csv: ({ row }) => row.model.name,
    },
    {
      id: 'lab',
      header: m.columns.lab,
      csvHeader: h.lab,
      cell: ({ row }) => <LabNameCell lab={row.lab} />,
      csv: ({ row }) => row.lab.name,
    },
    {
      id: 'country',
      header: m.columns.country,
      csvHeader: h.country,
      className: 'lb-table__country',
      // The region's marker shape is the cell's own CSS mark (leaderboard.css): no SVG, no element per row for it.
      cellClassName: ({ row }) => `lb-table__region lb-table__region--${row.region}`,
      cell: ({ row }) => messages.common.country[row.lab.country] ?? row.lab.country,
      csv: ({ row }) => messages.common.country[row.lab.country] ?? row.lab.country,
    },
    {
      id: 'release',
      header: m.columns.release,
      csvHeader: h.release,
      className: 'lb-table__release',
      cell: ({ row }) => (
        <>
          {formatPartialDate(row.model.releaseDate)}
          {row.afterReport && (
            <>
              {' '}
              <abbr title={m.table.later} className="lb-table__later">
                {m.marks.later}
              </abbr>
              <span className="visually-hidden"> ({m.table.later})</span>
            </>
          )}
        </>
      ),
      csv: ({ row }) => row.model.releaseDate,
    },
    {
      id: 'index',
      header: m.columns.index,
      csvHeader: h.index,
      numeric: true,
      className: 'lb-table__index',
      cell: ({ row }) => (
        <>
          {row.score ? (
            <>
              {/* The value is the cell's own (bold) text; what follows it is set in normal weight. */}
              {formatScore(row.score.value, row.score.status)}
              {row.score.status !== 'measured' && <ScoreStatus status={row.score.status} className="lb-table__status" />}
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
        </>
      ),
      csv: ({ row }) => (row.score ? row.score.value : messages.common.notRated),
    },
    { id: 'status', header: h.status, csv: ({ row }) => (row.score ? messages.common.status[row.score.status] : null) },
    { id: 'also', header: h.also, csv: ({ row }) => row.otherScores.map((s) => `${s.value} [${s.sources.join(' ')}]`).join('; ') || null },
    { id: 'open', header: m.columns.open, csvHeader: h.open, cell: ({ row }) => yesNo(row.model.openWeights), csv: ({ row }) => yesNoCsv(row.model.openWeights) },
    {
      id: 'reasoning',
      header: m.columns.reasoning,
      csvHeader: h.reasoning,
      cell: ({ row }) => yesNo(row.model.reasoning),
      csv: ({ row }) => yesNoCsv(row.model.reasoning),
    },
    { id: 'price', header: m.columns.price, csvHeader: h.price, numeric: true, cell: ({ row }) => <PriceCell model={row.model} />, csv: ({ row }) => roundPrice(blendedPrice(row.model.price)) },
    { id: 'priceInput', header: h.priceInput, csv: ({ row }) => row.model.price.inputUsdPerM },
    { id: 'priceOutput', header: h.priceOutput, csv: ({ row }) => row.model.price.outputUsdPerM },
    { id: 'priceDate', header: h.priceDate, csv: ({ row }) => row.model.price.asOf },
    { id: 'params', header: m.columns.params, csvHeader: h.params, numeric: true, cell: ({ row }) => <ParamsCell model={row.model} />, csv: ({ row }) => row.model.parameters.totalB },
    { id: 'paramsActive', header: h.paramsActive, csv: ({ row }) => row.model.parameters.activeB },
    { id: 'context', header: m.columns.context, csvHeader: h.context, numeric: true, cell: ({ row }) => <ContextCell model={row.model} />, csv: ({ row }) => row.model.context.tokens },
    { id: 'licence', header: m.columns.licence, csvHeader: h.licence, cell: ({ row }) => <LicenceCell model={row.model} />, csv: ({ row }) => row.model.licence.name },
    { id: 'after', header: h.after, csv: ({ row }) => (row.afterReport ? messages.common.yes : messages.common.no) },
    { id: 'sources', header: h.sources, csv: ({ row }) => (row.score?.sources ?? row.model.sources).join(' ') },
  ];
}
