/**
 * Dataset + view state → the leaderboard's rows: filtered, ranked and sorted. Pure; tested without React.
 */
import type { RowFilters } from '../../../filters/filter-state';
import { applyFilters } from '../../../filters/row-predicate';
import { withScopedValues } from '../../../filters/scope';
import { blendedPrice } from '../../../data/blended-price';
import type { DatasetIndex, ModelRow } from '../../../data/dataset-index';
import type { FilterState, LeaderboardSortKey, SortDirection } from '../../../stores/filters/filters-url';
import { messages } from '../../../messages';

export interface RankedRow {
  row: ModelRow;
  /** Competition rank among the rated rows it was ranked with (1, 2, 2, 4); null = not rated, never ranked. */
  rank: number | null;
  /** Shares its rank with another row. */
  tied: boolean;
}

export interface Leaderboard {
  /** Every row that passes the filters, in the chosen sort order; "not rated" rows never get a rank. */
  rows: RankedRow[];
  /** The rated rows, best first (the chart's order). */
  ranked: RankedRow[];
  /** How many rows the dataset has before filtering. */
  total: number;
  rated: number;
  notRated: number;
}

type RatedRow = ModelRow & { score: NonNullable<ModelRow['score']> };

/** One collator for every comparison: localeCompare with options builds a new one per call (slow on 5,000 rows). */
export const nameCollator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const byName = (a: ModelRow, b: ModelRow) => nameCollator.compare(a.model.name, b.model.name);

const byRankOrder = (a: ModelRow, b: ModelRow) => (b.score?.value ?? -Infinity) - (a.score?.value ?? -Infinity) || byName(a, b);
const rankOrderCache = new WeakMap<readonly ModelRow[], ModelRow[]>();

/**
 * The dataset's rows in rank order (best first, equal values by name, unrated last by name), sorted once
 * per dataset. Filtering keeps this order, so ranking a filtered subset sorts already-sorted input, which is
 * linear: this keeps a filter change on 5,000 models fast.
 */
export function rowsInRankOrder(rows: readonly ModelRow[]): readonly ModelRow[] {
  let sorted = rankOrderCache.get(rows);
  if (!sorted) {
    sorted = [...rows].sort(byRankOrder);
    rankOrderCache.set(rows, sorted);
  }
  return sorted;
}

/**
 * Ranks rows by their index value: ties share a rank (1, 2, 2, 4); rows without a value are left unranked.
 * Returns rated rows best first (equal values by name), then unrated rows by name.
 */
export function rankRows(rows: readonly ModelRow[]): RankedRow[] {
  return rankSortedRows([...rows].sort(byRankOrder));
}

/** Arrays rankRows returned, untouched: already in the table's default order. */
const inRankOrder = new WeakSet<readonly RankedRow[]>();

/** rankRows for rows already in rank order (e.g. a filtered subset of rowsInRankOrder): no sort at all. */
export function rankSortedRows(sorted: readonly ModelRow[]): RankedRow[] {
  const out: RankedRow[] = [];
  let rated = 0;
  for (const row of sorted) if (row.score !== null) rated++;
  for (let i = 0; i < rated; i++) {
    const row = sorted[i] as RatedRow;
    const prev = out[i - 1];
    const rank = prev && prev.row.score?.value === row.score.value ? (prev.rank ?? i + 1) : i + 1;
    if (prev && prev.rank === rank) prev.tied = true;
    out.push({ row, rank, tied: prev?.rank === rank });
  }
  for (let i = rated; i < sorted.length; i++) out.push({ row: sorted[i] as ModelRow, rank: null, tied: false });
  inRankOrder.add(out);
  return out;
}

type Key = string | number | null;

/** The value a column sorts by; null (unknown) always sorts last, whatever the direction. */
function sortValue(r: RankedRow, key: LeaderboardSortKey): Key {
  const { row } = r;
  switch (key) {
    case 'rank':
      return r.rank;
    case 'model':
      return row.model.name;
    case 'lab':
      return row.lab.name;
    case 'country':
      return messages.common.country[row.lab.country] ?? row.lab.country;
    case 'release':
      return row.releaseTime;
    case 'index':
      return row.score?.value ?? null;
    case 'open':
      return row.model.openWeights === null ? null : Number(row.model.openWeights);
    case 'reasoning':
      return row.model.reasoning === null ? null : Number(row.model.reasoning);
    case 'price':
      return blendedPrice(row.model.price);
    case 'params':
      return row.model.parameters.totalB;
    case 'context':
      return row.model.context.tokens;
    case 'licence':
      return row.model.licence.name;
  }
}

function compareKeys(a: Key, b: Key): number {
  if (typeof a === 'string' && typeof b === 'string') return nameCollator.compare(a, b);
  return (a as number) - (b as number);
}

/** Sorts by one column; unknown values last in both directions; ties by rank, then by name. */
export function sortRows(rows: readonly RankedRow[], sort: { key: LeaderboardSortKey; dir: SortDirection }): RankedRow[] {
  // Index descending (the default) and rank ascending, with ties and unrated rows by name, are the order
  // rankRows returns: no need to sort again.
  const rankOrder = (sort.key === 'rank' && sort.dir === 'asc') || (sort.key === 'index' && sort.dir === 'desc');
  if (rankOrder && inRankOrder.has(rows)) return [...rows];
  const sign = sort.dir === 'asc' ? 1 : -1;
  return rows
    .map((r) => ({ r, k: sortValue(r, sort.key) }))
    .sort((x, y) => {
      if (x.k === null || y.k === null) {
        if (x.k !== y.k) return x.k === null ? 1 : -1;
      } else {
        const c = compareKeys(x.k, y.k);
        if (c !== 0) return sign * c;
      }
      const xr = x.r.rank ?? Infinity;
      const yr = y.r.rank ?? Infinity;
      return xr - yr || byName(x.r.row, y.r.row);
    })
    .map(({ r }) => r);
}

export interface Ranking {
  /** Every row that passes the filters: rated rows best first, then "not rated" rows by name. */
  all: RankedRow[];
  /** The rated rows, best first (the chart's order). */
  ranked: RankedRow[];
  /** How many rows the dataset has before filtering. */
  total: number;
  rated: number;
  notRated: number;
}

/** Filter, then rank among what is shown (independent of the table's sort, so sorting does not redraw the chart). */
export function selectRanking(index: DatasetIndex, filters: RowFilters): Ranking {
  // Scoped values first (an estimate may be out of scope), then rank order, then the filters.
  const all = rankSortedRows(applyFilters(rowsInRankOrder(withScopedValues(index.rows, filters.scope)), filters));
  const ranked = all.filter((r) => r.rank !== null);
  return { all, ranked, total: index.rows.length, rated: ranked.length, notRated: all.length - ranked.length };
}

/** The leaderboard for a view state: filter, rank among what is shown, sort by the chosen column. */
export function selectLeaderboard(index: DatasetIndex, state: RowFilters & Pick<FilterState, 'sort'>): Leaderboard {
  const { all, ...ranking } = selectRanking(index, state);
  return { ...ranking, rows: sortRows(all, state.sort) };
}
