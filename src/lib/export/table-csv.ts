/**
 * CSV of exactly the rows a figure shows, as a pure function of (columns, rows), and the file for it:
 * UTF-8 with a byte-order mark, so spreadsheet programs read Chinese and Japanese names correctly.
 */
import { toCsv, type CsvCell } from '../csv';

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => CsvCell;
}

export const UTF8_BOM = '\uFEFF';

/** The CSV text (header line, then one line per row, in the order given). No BOM: see `csvFileBlob`. */
export function tableCsv<Row>(columns: ReadonlyArray<CsvColumn<Row>>, rows: readonly Row[]): string {
  return toCsv(
    columns.map((c) => c.header),
    rows.map((row) => columns.map((c) => c.value(row))),
  );
}

/** The downloadable file: BOM + text, typed as UTF-8 CSV. */
export function csvFileBlob(csv: string): Blob {
  return new Blob([UTF8_BOM, csv], { type: 'text/csv;charset=utf-8' });
}
