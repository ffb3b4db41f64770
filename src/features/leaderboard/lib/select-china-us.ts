/**
 * China vs US: the headline readouts and the side-by-side columns, recomputed under the current filters.
 * Pure; tested without React. The region filter is left out on purpose: these readouts always compare both
 * sides (every other filter applies).
 */
import { diagnoseEmpty, type EmptyExplanation } from '../../../filters/describe-filters';
import type { RowFilters } from '../../../filters/filter-state';
import { applyFilters } from '../../../filters/row-predicate';
import { withScopedValues } from '../../../filters/scope';
import type { DatasetIndex, ModelRow } from '../../../data/dataset-index';
import { precisionOf } from '../../../lib/dates';
import { nameCollator, rowsInRankOrder, type RankedRow } from './select-leaderboard';

type RatedRow = ModelRow & { score: NonNullable<ModelRow['score']> };
type DatedRatedRow = RatedRow & { releaseTime: number };

/** The best value on one side and every model that reaches it (earliest release first). */
export interface SideBest {
  value: number;
  rows: RatedRow[];
}

export interface GapReadout {
  us: SideBest | null;
  cn: SideBest | null;
  /** Best US minus best Chinese value, in index points; null when a side has no rated model. */
  gap: number | null;
}

/** A month for this readout: the mean Gregorian month, 365.25 / 12 days. */
export const DAYS_PER_MONTH = 30.4375;
const MS_PER_DAY = 86_400_000;

/**
 * "Months behind". C is the best Chinese value under the filters. The US side reached C when its first
 * model with a value ≥ C was released; the Chinese side when its first model with value C was released.
 * Months = the time between the two, in mean months, to one decimal.
 */
export type MonthsBehind =
  /** The US reached C first; China matched it `months` later. */
  | { kind: 'behind'; target: number; us: DatedRatedRow; cn: DatedRatedRow; months: number; approximate: boolean }
  /** China reached C first; the US reached it `months` later. */
  | { kind: 'china-first'; target: number; us: DatedRatedRow; cn: DatedRatedRow; months: number; approximate: boolean }
  /** Both reached C on the same day. */
  | { kind: 'same-time'; target: number; us: DatedRatedRow; cn: DatedRatedRow; approximate: boolean }
  /** No US model reaches C: China is ahead. */
  | { kind: 'china-ahead'; target: number; cn: RatedRow; usBest: SideBest | null }
  /** No Chinese model is rated under the filters. */
  | { kind: 'no-china' }
  /** The Chinese models at C have no release date. */
  | { kind: 'undated'; target: number; cn: RatedRow }
  /** US models reach C, but none has a release date. */
  | { kind: 'us-undated'; target: number; us: RatedRow };

export interface OpenLeader {
  /** The best open-weights value and its models, from any region. */
  best: SideBest | null;
  us: SideBest | null;
  cn: SideBest | null;
}

export interface ChinaUsReadouts {
  gap: GapReadout;
  monthsBehind: MonthsBehind;
  openLeader: OpenLeader;
}

export interface ChinaUs {
  /** Readouts on every rated value in the selection (as the chart ranks them). */
  all: ChinaUsReadouts;
  /** The same readouts on values Artificial Analysis measured (no estimates, no values only a write-up states). */
  measured: ChinaUsReadouts;
  /**
   * For a side with no rated model in the selection, which filters emptied it (each filter with what
   * removing it would bring back); null for a side that has one. No winner is declared against an empty side.
   */
  emptySides: { us: EmptyExplanation | null; cn: EmptyExplanation | null };
  /** The best of each side, ranked within its side, for the side-by-side columns. */
  columns: { us: RankedRow[]; cn: RankedRow[]; usTotal: number; cnTotal: number; size: number };
}

const isRated = (r: ModelRow): r is RatedRow => r.score !== null;
const isDated = (r: RatedRow): r is DatedRatedRow => r.releaseTime !== null;
const byRelease = (a: RatedRow, b: RatedRow) => (a.releaseTime ?? Infinity) - (b.releaseTime ?? Infinity) || nameCollator.compare(a.model.name, b.model.name);

/** The best value among rows and every row that reaches it, earliest release first. */
export function bestOf(rows: readonly ModelRow[]): SideBest | null {
  const rated = rows.filter(isRated);
  if (rated.length === 0) return null;
  const value = Math.max(...rated.map((r) => r.score.value));
  return { value, rows: rated.filter((r) => r.score.value === value).sort(byRelease) };
}

/** Time from `a` to `b` in mean months, to one decimal. */
export function monthsBetween(a: number, b: number): number {
  return Math.round(((b - a) / MS_PER_DAY / DAYS_PER_MONTH) * 10) / 10;
}

const approximateDate = (...rows: ModelRow[]) => rows.some((r) => r.model.releaseDate !== null && precisionOf(r.model.releaseDate) !== 'day');

export function monthsBehind(us: readonly ModelRow[], cn: readonly ModelRow[]): MonthsBehind {
  const cnBest = bestOf(cn);
  if (!cnBest) return { kind: 'no-china' };
  const target = cnBest.value;
  const cnFirst = cnBest.rows.filter(isDated).sort(byRelease)[0];
  if (!cnFirst) return { kind: 'undated', target, cn: cnBest.rows[0]! };
  const usReaching = us.filter(isRated).filter((r) => r.score.value >= target);
  if (usReaching.length === 0) return { kind: 'china-ahead', target, cn: cnFirst, usBest: bestOf(us) };
  const usFirst = usReaching.filter(isDated).sort(byRelease)[0];
  if (!usFirst) return { kind: 'us-undated', target, us: usReaching[0]! };
  const approximate = approximateDate(usFirst, cnFirst);
  if (usFirst.releaseTime === cnFirst.releaseTime) return { kind: 'same-time', target, us: usFirst, cn: cnFirst, approximate };
  if (usFirst.releaseTime < cnFirst.releaseTime)
    return { kind: 'behind', target, us: usFirst, cn: cnFirst, months: monthsBetween(usFirst.releaseTime, cnFirst.releaseTime), approximate };
  return { kind: 'china-first', target, us: usFirst, cn: cnFirst, months: monthsBetween(cnFirst.releaseTime, usFirst.releaseTime), approximate };
}

/** The three readouts for one set of rows. */
export function computeReadouts(rows: readonly ModelRow[]): ChinaUsReadouts {
  const us = rows.filter((r) => r.region === 'us');
  const cn = rows.filter((r) => r.region === 'cn');
  const usBest = bestOf(us);
  const cnBest = bestOf(cn);
  const open = (list: readonly ModelRow[]) => list.filter((r) => r.model.openWeights === true);
  return {
    gap: { us: usBest, cn: cnBest, gap: usBest && cnBest ? usBest.value - cnBest.value : null },
    monthsBehind: monthsBehind(us, cn),
    openLeader: { best: bestOf(open(rows)), us: bestOf(open(us)), cn: bestOf(open(cn)) },
  };
}

/**
 * One side's models ranked within the side, down to rank `limit` (a tie at the cut keeps all its models),
 * and how many of them are rated. `rows` are in rank order (rated first, best first), so ranking stops at
 * the cut: on 5,000 models a filter change does not rank thousands of rows to keep ten.
 */
export function topOfSide(rows: readonly ModelRow[], region: 'us' | 'cn', limit: number): { top: RankedRow[]; rated: number } {
  const top: RankedRow[] = [];
  let rated = 0;
  let open = true;
  for (const row of rows) {
    if (row.region !== region || row.score === null) continue;
    rated++;
    if (!open) continue;
    const last = top[top.length - 1];
    const rank = last && last.row.score?.value === row.score.value ? last.rank! : rated;
    if (rank > limit) {
      open = false;
      continue;
    }
    if (last && last.rank === rank) last.tied = true;
    top.push({ row, rank, tied: last?.rank === rank });
  }
  return { top, rated };
}

/** China vs US under the current filters (all but region). */
export function selectChinaUs(index: DatasetIndex, state: RowFilters, columnSize = 10): ChinaUs {
  const rows = applyFilters(rowsInRankOrder(withScopedValues(index.rows, state.scope)), state, { except: ['region'] });
  const measured = rows.filter((r) => r.score?.status === 'measured');
  const us = topOfSide(rows, 'us', columnSize);
  const cn = topOfSide(rows, 'cn', columnSize);
  const compared = { ...state, region: 'all' as const };
  const ratedOf = (region: 'us' | 'cn') => (s: RowFilters) =>
    applyFilters(withScopedValues(index.rows, s.scope), s).filter((r) => r.region === region && r.score !== null).length;
  const emptySide = (region: 'us' | 'cn', rated: number) => (rated > 0 ? null : diagnoseEmpty(compared, ratedOf(region), index));
  return {
    all: computeReadouts(rows),
    measured: computeReadouts(measured),
    emptySides: { us: emptySide('us', us.rated), cn: emptySide('cn', cn.rated) },
    // Every model ranked within the top `columnSize` (a tie at the cut keeps all its models).
    columns: { us: us.top, cn: cn.top, usTotal: us.rated, cnTotal: cn.rated, size: columnSize },
  };
}
