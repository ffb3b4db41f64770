/**
 * The table twin of China vs US side by side, and its CSV: one row per model drawn (the model first, as
 * in the other twins), the US side first, then the Chinese side, each row naming its side; each side
 * keeps its own rank (ties shown as "6="). Pure; tested without React.
 */
import type { ScoreStatus } from '../../../data/dataset.schema';
import type { CsvCell } from '../../../lib/csv';
import { formatScore } from '../../../lib/format';
import type { ChinaUs } from './select-china-us';

export interface CompareTable {
  rows: CsvCell[][];
  /** The model of each row, so the CSV adds its provenance. */
  modelIds: string[];
}

export function compareTableRows(
  columns: ChinaUs['columns'],
  words: { side: Readonly<Record<'us' | 'cn', string>>; status: Readonly<Record<ScoreStatus, string>> },
): CompareTable {
  const rows: CsvCell[][] = [];
  const modelIds: string[] = [];
  for (const side of ['us', 'cn'] as const) {
    for (const r of columns[side]) {
      const score = r.row.score;
      rows.push([
        r.row.model.name,
        words.side[side],
        r.rank === null ? null : `${r.rank}${r.tied ? '=' : ''}`,
        score ? formatScore(score.value, score.status) : null,
        score ? words.status[score.status] : null,
      ]);
      modelIds.push(r.row.model.id);
    }
  }
  return { rows, modelIds };
}
