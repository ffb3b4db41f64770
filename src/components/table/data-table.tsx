import { Fragment, useState, type ReactNode } from 'react';
import { ScrollTable } from '../ui/scroll-table';
import { ariaSort, nextSort, sortRows, type SortState, type TableColumn } from './table-columns';

interface DataTableProps<Row, Id extends string> {
  /** The visible caption; also names the scroll box unless `label` is given. */
  caption: ReactNode;
  /** Names the table's scroll box (needed when the caption is not plain text). */
  label?: string;
  columns: readonly TableColumn<Row, Id>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string;
  className?: string;
  rowClassName?: (row: Row) => string | undefined;
  /** An element id for a row (an anchor other pages link to). */
  rowId?: (row: Row) => string | undefined;
  /** A heading row above each run of rows with the same group key (e.g. chips by vendor group). */
  groupOf?: (row: Row) => { key: string; label: ReactNode };
  /** Sorted elsewhere (a store): the rows arrive in order and a header click calls `onSort`. */
  sort?: SortState<Id>;
  onSort?: (id: Id) => void;
  /** Sorted here: the order to start from (columns with `sortValue` become sort buttons). */
  defaultSort?: SortState<Id>;
  /** `<colgroup>` contents, for fixed column widths. */
  colgroup?: ReactNode;
  describedBy?: string;
  /**
   * Keep the column that names each row (the row headers; else the first column) in view while the rest
   * scrolls sideways under it. On by default: a wide table on a phone keeps its names.
   */
  pinFirstColumn?: boolean;
}

const ARROW = { asc: '▲', desc: '▼' } as const;

/**
 * Every table in the dashboard: a real <table> with caption, column headers, row headers, sortable
 * columns (buttons with aria-sort), in its own scroll box. Cells are drawn from the column config.
 */
export function DataTable<Row, Id extends string = string>(props: DataTableProps<Row, Id>) {
  const { caption, label, columns, rows, rowKey, className, rowClassName, rowId, groupOf, colgroup, describedBy, pinFirstColumn = true } = props;
  const [ownSort, setOwnSort] = useState<SortState<Id> | null>(props.defaultSort ?? null);
  const controlled = props.onSort !== undefined;
  const sort = controlled ? (props.sort ?? null) : ownSort;
  const onSort = controlled ? props.onSort! : (id: Id) => setOwnSort((s) => nextSort(s, id));
  const shown = columns.filter((c) => c.cell !== undefined);
  const ordered = controlled ? rows : sortRows(rows, shown, sort);
  const classes = ['data-table', pinFirstColumn ? 'data-table--pin-first' : null, className].filter(Boolean).join(' ');
  const pinned = pinFirstColumn ? (shown.find((c) => c.rowHeader) ?? shown[0]) : undefined;
  const cellClass = (c: TableColumn<Row, Id>, row?: Row) =>
    [c.numeric ? 'num' : null, c === pinned ? 'data-table__pin' : null, c.className, row === undefined ? null : c.cellClassName?.(row)].filter(Boolean).join(' ') || undefined;
  const sortable = (c: TableColumn<Row, Id>) => controlled || c.sortValue !== undefined;

  return (
    <ScrollTable label={label ?? (typeof caption === 'string' ? caption : '')}>
      <table className={classes} aria-describedby={describedBy}>
        <caption>{caption}</caption>
        {colgroup && <colgroup>{colgroup}</colgroup>}
        <thead>
          <tr>
            {shown.map((c) => (
              <th key={c.id} scope="col" className={cellClass(c)} aria-sort={sortable(c) ? ariaSort(sort, c.id) : undefined}>
                {sortable(c) ? (
                  <button type="button" className="sort-button" onClick={() => onSort(c.id)}>
                    {c.header}
                    <span aria-hidden="true" className={sort?.id === c.id ? 'sort-button__arrow sort-button__arrow--on' : 'sort-button__arrow'}>
                      {sort?.id === c.id ? ARROW[sort.dir] : '↕'}
                    </span>
                  </button>
                ) : (
                  c.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ordered.map((row, i) => {
            const group = groupOf?.(row);
            const startsGroup = group !== undefined && (i === 0 || groupOf!(ordered[i - 1]!).key !== group.key);
            return (
              <Fragment key={rowKey(row, i)}>
                {startsGroup && (
                  <tr className="data-table__group">
                    <th colSpan={shown.length} scope="colgroup">
                      <span className="data-table__group-label">{group.label}</span>
                    </th>
                  </tr>
                )}
                <tr className={rowClassName?.(row)} id={rowId?.(row)}>
                  {shown.map((c) =>
                    c.rowHeader ? (
                      <th key={c.id} scope="row" className={cellClass(c, row)}>
                        {c.cell!(row, i)}
                      </th>
                    ) : (
                      <td key={c.id} className={cellClass(c, row)}>
                        {c.cell!(row, i)}
                      </td>
                    ),
                  )}
                </tr>
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}
