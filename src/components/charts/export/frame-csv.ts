/**
 * The CSV a chart frame downloads: the chart's own columns (exactly the rows shown), then the
 * provenance columns of the model each row stands for. Loaded with the Download panel, never in the
 * first view.
 */
import type { DatasetIndex } from '../../../data/dataset-index';
import type { ScoreStatus } from '../../../data/dataset.schema';
import type { CsvCell } from '../../../lib/csv';
import { tableCsv, type CsvColumn } from '../../../lib/export/table-csv';
import { provenanceColumns } from './provenance-columns';

export interface FrameCsvInput {
  header: readonly string[];
  rows: ReadonlyArray<ReadonlyArray<CsvCell>>;
  /** The model each row stands for (same order as `rows`), when rows are models; provenance is added then. */
  modelIds?: ReadonlyArray<string | null>;
}

type Row = { cells: ReadonlyArray<CsvCell>; modelId: string | null };

export function frameCsv(
  input: FrameCsvInput,
  index: Pick<DatasetIndex, 'rowsById' | 'sourcesById' | 'data'>,
  statusWords: Readonly<Record<ScoreStatus, string>>,
): string {
  const own: CsvColumn<Row>[] = input.header.map((header, j) => ({ header, value: (r) => r.cells[j] ?? null }));
  const rows: Row[] = input.rows.map((cells, i) => ({ cells, modelId: input.modelIds?.[i] ?? null }));
  if (!input.modelIds) return tableCsv(own, rows);
  const provenance = provenanceColumns<Row>(
    (r) => {
      const row = r.modelId ? index.rowsById.get(r.modelId) : undefined;
      return row ? { model: row.model, score: row.score } : null;
    },
    { sourcesById: index.sourcesById, scales: index.data.scales, statusWords },
  );
  return tableCsv([...own, ...provenance], rows);
}
