import type { ReactNode } from 'react';
import { toCsv, type CsvCell } from '../../lib/csv';

/** A value a column sorts by; null (unknown) always sorts last, in either direction. */
export type SortValue = string | number | null;
export type SortDirection = 'asc' | 'desc';
export interface SortState<Id extends string = string> {
  id: Id;
  dir: SortDirection;
}

/**
 * One column of a DataTable, and (with `csv`) of its CSV download: the same config draws the cell and
 * writes the file, so what is shown and what is downloaded cannot drift apart.
 */
export interface TableColumn<Row, Id extends string = string> {
  id: Id;
  /** The header cell; a string is also the CSV header unless `csvHeader` says otherwise. */
  header: ReactNode;
  /** The drawn cell. A column without `cell` is in the CSV only. */
  cell?: (row: Row, index: number) => ReactNode;
  /** Draw this column's cells as row headers (`<th scope="row">`): the cell that names the row. */
  rowHeader?: boolean;
  /** Numbers: right-aligned, tabular figures. */
  numeric?: boolean;
  /** Makes the header a sort button. */
  sortValue?: (row: Row) => SortValue;
  /** The CSV value; a column without `csv` is not in the CSV. */
  csv?: (row: Row) => CsvCell;
  csvHeader?: string;
  /** Extra class on the column's header and cells. */
  className?: string;
  /** A class for one row's cell (a mark drawn by CSS on the cell itself: no element inside it for the mark). */
  cellClassName?: (row: Row) => string | undefined;
}

/** Rows ordered by one column's sort value; ties keep their order, unknowns go last. */
export function sortRows<Row>(rows: readonly Row[], columns: readonly TableColumn<Row>[], sort: SortState | null): readonly Row[] {
  const column = sort ? columns.find((c) => c.id === sort.id) : undefined;
  if (!sort || !column?.sortValue) return rows;
  const value = column.sortValue;
  const sign = sort.dir === 'asc' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i, v: value(row) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
      const order = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : String(a.v).localeCompare(String(b.v));
      return order === 0 ? a.i - b.i : sign * order;
    })
    .map((x) => x.row);
}

/** The next sort after a header click: a new column starts in its natural direction, the same column flips. */
export function nextSort<Id extends string>(current: SortState<Id> | null, id: Id, firstDir: SortDirection = 'asc'): SortState<Id> {
  if (current?.id === id) return { id, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { id, dir: firstDir };
}

export function ariaSort(sort: SortState | null | undefined, id: string): 'ascending' | 'descending' | undefined {
  if (!sort || sort.id !== id) return undefined;
  return sort.dir === 'asc' ? 'ascending' : 'descending';
}

/** The CSV header and rows of the columns that have a CSV value. */
export function csvTable<Row>(columns: readonly TableColumn<Row>[], rows: readonly Row[]): { header: string[]; rows: CsvCell[][] } {
  const inCsv = columns.filter((c): c is TableColumn<Row> & { csv: (row: Row) => CsvCell } => c.csv !== undefined);
  return {
    header: inCsv.map((c) => c.csvHeader ?? (typeof c.header === 'string' ? c.header : c.id)),
    rows: rows.map((row) => inCsv.map((c) => c.csv(row))),
  };
}

/** CSV text of the columns that have a CSV value. */
export function columnsToCsv<Row>(columns: readonly TableColumn<Row>[], rows: readonly Row[]): string {
  const t = csvTable(columns, rows);
  return toCsv(t.header, t.rows);
}
