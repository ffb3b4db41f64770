import { useId, useRef, useState, type ReactNode } from 'react';
import { downloadText, toCsv, type CsvCell } from '../../lib/csv';
import { messages } from '../../messages';
import './chart-frame.css';
import { DataTable } from '../table/data-table';
import type { TableColumn } from '../table/table-columns';
import { FrameActions } from './frame-actions';

/** What a CSV download holds: a header and rows, and the file name without extension. */
export interface CsvFile {
  header: readonly string[];
  rows: ReadonlyArray<ReadonlyArray<CsvCell>>;
  filename: string;
}

export interface ChartTable extends CsvFile {
  caption: string;
  /** The model each row stands for, when rows are models: the CSV download adds their provenance. */
  modelIds?: ReadonlyArray<string | null>;
}

/**
 * The one CSV download button: charts get it from the frame; a table or list that stands for a chart
 * (the leaderboard table, the chip matrix, the lab directory) uses it too, so every download is written
 * the same way. `file` is a function so the CSV is built only when someone asks for it.
 */
export function CsvDownloadButton({ file, children }: { file: () => CsvFile; children?: ReactNode }) {
  const download = () => {
    const f = file();
    downloadText(`${f.filename}.csv`, toCsv(f.header, f.rows));
  };
  return (
    <button type="button" onClick={download}>
      {children ?? messages.common.chart.download}
    </button>
  );
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
  /** The figure's name for its embed page (`/embed/<figure>`) and file names; the CSV file name by default. */
  figure?: string;
}

/**
 * Every chart in the dashboard: title, summary, controls, legend, the chart or its table twin,
 * the source line, and a CSV download of exactly what is drawn.
 */
export function ChartFrame({ title, summary, scaleNote, source, children, table, renderTable, controls, legend, figure }: ChartFrameProps) {
  const m = messages.common.chart;
  const [show, setShow] = useState<'chart' | 'table'>('chart');
  const titleId = useId();
  const summaryId = useId();
  const frameRef = useRef<HTMLElement>(null);
  return (
    <figure ref={frameRef} className="chart-frame" aria-labelledby={titleId} aria-describedby={summaryId}>
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
        </div>
        <FrameActions title={title} figure={figure ?? table.filename} summary={summary} scaleNote={scaleNote} table={table} frame={frameRef} />
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
  const columns = table.header.map(
    (h, j): TableColumn<ReadonlyArray<CsvCell>> => ({
      id: String(j),
      header: h,
      rowHeader: j === 0,
      numeric: j > 0 && table.rows.some((r) => typeof r[j] === 'number'),
      cell: (row) => {
        const c = row[j];
        if (j === 0) return c === null || c === undefined ? '' : String(c);
        return c === null || c === undefined ? <span className="unknown">{messages.common.unknown}</span> : String(c);
      },
    }),
  );
  return <DataTable caption={table.caption} columns={columns} rows={table.rows} rowKey={(_, i) => String(i)} />;
}
