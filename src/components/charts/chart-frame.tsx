import { useId, useState, type ReactNode } from 'react';
import { downloadText, toCsv, type CsvCell } from '../../lib/csv';
import { messages } from '../../messages';
import './chart-frame.css';
import { ScrollTable } from '../ui/scroll-table';

export interface ChartTable {
  caption: string;
  header: string[];
  rows: CsvCell[][];
  /** File name for the CSV download, without extension. */
  filename: string;
}

interface ChartFrameProps {
  title: string;
  /** A plain-language summary of what the chart shows; also the chart's accessible description. */
  summary: string;
  /** What the values are: scale and date, e.g. "AA index (pre-v2, early Feb 2025)". */
  scaleNote?: string;
  /** The source line under the chart. */
  source: ReactNode;
  /** The chart itself. */
  children: ReactNode;
  /** The table twin: shown with "Table", downloadable as CSV. */
  table: ChartTable;
  /** Renders the table twin (a real <table>); by default a plain table of `table`. */
  renderTable?: () => ReactNode;
  /** Extra controls above the chart (toggles). */
  controls?: ReactNode;
  /** A legend under the title. */
  legend?: ReactNode;
}

/**
 * Every chart in the dashboard: title, summary, controls, legend, the chart or its table twin,
 * the source line, and a CSV download of exactly what is drawn.
 */
export function ChartFrame({ title, summary, scaleNote, source, children, table, renderTable, controls, legend }: ChartFrameProps) {
  const m = messages.common.chart;
  const [show, setShow] = useState<'chart' | 'table'>('chart');
  const titleId = useId();
  const summaryId = useId();
  return (
    <figure className="chart-frame" aria-labelledby={titleId} aria-describedby={summaryId}>
      <div className="chart-frame__head">
        <h2 id={titleId} className="chart-frame__title">
          {title}
        </h2>
        <div className="chart-frame__tabs" role="group" aria-label={m.viewAs(title)}>
          <button type="button" aria-pressed={show === 'chart'} onClick={() => setShow('chart')}>
            {m.chart}
          </button>
          <button type="button" aria-pressed={show === 'table'} onClick={() => setShow('table')}>
            {m.table}
          </button>
          <button type="button" onClick={() => downloadText(`${table.filename}.csv`, toCsv(table.header, table.rows))}>
            {m.download}
          </button>
        </div>
      </div>
      <p id={summaryId} className="chart-frame__summary">
        {summary}
      </p>
      {scaleNote && <p className="chart-frame__scale">{scaleNote}</p>}
      {controls && <div className="chart-frame__controls">{controls}</div>}
      {legend}
      <div className="chart-frame__body">{show === 'chart' ? children : renderTable ? renderTable() : <ChartTableView table={table} />}</div>
      <figcaption className="chart-frame__source">{source}</figcaption>
    </figure>
  );
}

/** A chart's table twin, drawn from the same rows as the CSV download. */
export function ChartTableView({ table }: { table: ChartTable }) {
  // Numeric columns are right-aligned; an empty cell is unknown, never 0.
  const numeric = (j: number) => j > 0 && table.rows.some((r) => typeof r[j] === 'number');
  return (
    <ScrollTable label={table.caption}>
      <table className="data-table">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.header.map((h, j) => (
              <th key={`${h}-${j}`} scope="col" className={numeric(j) ? 'num' : undefined}>
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
                    {c === null || c === undefined ? '' : String(c)}
                  </th>
                ) : (
                  <td key={j} className={numeric(j) ? 'num' : undefined}>
                    {c === null || c === undefined ? <span className="unknown">{messages.common.unknown}</span> : String(c)}
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
