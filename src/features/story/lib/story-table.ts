/** The table twin of a story figure: the models the step highlights, with their values. Pure. */
import type { CsvCell } from '../../../lib/csv';
import type { DatasetIndex } from '../../../data/dataset-index';

export function storyTableRows(index: DatasetIndex, ids: readonly string[]): CsvCell[][] {
  return ids.flatMap((id) => {
    const row = index.rowsById.get(id);
    if (!row) return [];
    return [[row.model.name, row.lab.name, row.lab.country, row.model.releaseDate, row.score?.value ?? null, row.score?.status ?? null]];
  });
}
