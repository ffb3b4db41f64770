import type { ReactNode } from 'react';
import type { ChartTable } from '../../../components/charts/chart-frame';

/**
 * A table's own scroll box. It can be focused (and so scrolled from the keyboard) and is named by the
 * table's caption: a wide table on a phone scrolls here, never the page.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}

/** A chart's table twin from its CSV rows: first column as row headers; counts are shown as they are. */
export function TwinTable({ table }: { table: ChartTable }) {
  return (
    <ScrollTable label={table.caption}>
      <table className="data-table">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.header.map((h, i) => (
              <th key={`${h}-${i}`} scope="col" className={i > 0 && typeof table.rows[0]?.[i] === 'number' ? 'num' : undefined}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((c, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {String(c ?? '')}
                  </th>
                ) : (
                  <td key={j} className={typeof c === 'number' ? 'num' : undefined}>
                    {String(c ?? '')}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
