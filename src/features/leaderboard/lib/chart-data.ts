/**
 * Ranked rows → what the bar charts and their table twins draw. Pure: no formatting beyond what the
 * chart labels need.
 */
import type { DatasetIndex } from '../../../data/dataset-index';
import type { ScoreStatus } from '../../../data/dataset.schema';
import type { CsvCell } from '../../../lib/csv';
import { formatPartialDate } from '../../../lib/format';
import type { Region } from '../../../lib/regions';
import { messages } from '../../../messages';
import type { RankedRow } from './select-leaderboard';

export interface BarDatum {
  id: string;
  name: string;
  value: number;
  region: Region;
  status: ScoreStatus;
  rank: number;
  tied: boolean;
  reasoning: boolean | null;
  open: boolean | null;
  later: boolean;
  lab: string;
  country: string;
  released: string;
  sources: Array<{ id: string; title: string }>;
}

/** The most bars one chart draws; more would be unreadable and slow, and the table lists every row. */
export const MAX_BARS = 50;

export function toBarData(rows: readonly RankedRow[], sourcesById: DatasetIndex['sourcesById']): BarDatum[] {
  const out: BarDatum[] = [];
  for (const { row, rank, tied } of rows) {
    if (!row.score || rank === null) continue;
    out.push({
      id: row.model.id,
      name: row.model.name,
      value: row.score.value,
      region: row.region,
      status: row.score.status,
      rank,
      tied,
      reasoning: row.model.reasoning,
      open: row.model.openWeights,
      later: row.afterReport,
      lab: row.lab.name,
      country: messages.common.country[row.lab.country] ?? row.lab.country,
      released: formatPartialDate(row.model.releaseDate),
      sources: row.score.sources.map((id) => ({ id, title: sourcesById.get(id)?.title ?? id })),
    });
  }
  return out;
}

/** The marks a set of bars carries: a legend keys only these. */
export interface MarksInUse {
  statuses: ReadonlySet<ScoreStatus>;
  reasoning: boolean;
  open: boolean;
  later: boolean;
}

export function marksInUse(bars: ReadonlyArray<Pick<BarDatum, 'status' | 'reasoning' | 'open' | 'later'>>): MarksInUse {
  return {
    statuses: new Set(bars.map((b) => b.status)),
    reasoning: bars.some((b) => b.reasoning === true),
    open: bars.some((b) => b.open === true),
    later: bars.some((b) => b.later),
  };
}

const yesNo = (v: boolean | null) => (v === null ? null : v ? messages.common.yes : messages.common.no);

/** The chart's table twin and CSV: exactly the bars drawn. */
export function barTableRows(data: readonly BarDatum[]): CsvCell[][] {
  return data.map((d) => [
    d.name,
    `${d.rank}${d.tied ? '=' : ''}`,
    d.lab,
    d.country,
    d.value,
    messages.common.status[d.status],
    d.released,
    yesNo(d.open),
    yesNo(d.reasoning),
    d.sources.map((s) => s.id).join(' '),
  ]);
}
