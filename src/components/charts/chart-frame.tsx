import { Suspense, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { downloadText, toCsv, type CsvCell } from '../../lib/csv';
import { chunk, lazyFrom } from '../../lib/lazy-chunk';
import { messages } from '../../messages';
import { splitKeySentence } from '../../lib/key-sentence';
import './chart-frame.css';
import { ChartSources } from './chart-sources';
import { ChartTabPanel, ChartTabs } from './chart-tabs';
import { preloadChartTooltip } from './chart-tooltip';
import { DataTable } from '../table/data-table';
import type { TableColumn } from '../table/table-columns';

// Share, Download and Cite are their own chunk, so the first paint does not wait for them. It starts loading
// as soon as this frame's code runs (beside the dataset), so the actions draw with the chart, not a round later.
const frameActions = chunk(() => import('./frame-actions'));
void frameActions().catch(() => undefined);
const FrameActions = lazyFrom(frameActions, (m) => m.FrameActions);

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
  /**
   * A plain-language summary of what the chart shows: all of it is the chart's accessible description;
   * on screen its first sentence is the subtitle and the rest opens on demand.
   */
  summary: string;
  /** What the values are: scale and date, e.g. "AA index (pre-v2, early Feb 2025)"; in the footer. */
  scaleNote?: string;
  /** The source line, in the footer. */
  source: ReactNode;
  /** Source ids listed (with titles and links) in the Sources tab. */
  sources?: readonly string[];
  /** Notes under the source line. */
  notes?: ReactNode;
  /** The chart itself. */
  children: ReactNode;
  /** The table twin: shown with "Table", downloadable as CSV. */
  table: ChartTable;
  /** Renders the table twin (a real <table>); by default a plain table of `table`. */
  renderTable?: () => ReactNode;
  /** Extra controls above the chart (toggles); they apply to the chart and its table. */
  controls?: ReactNode;
  /** A compact legend, right above the chart it explains. */
  legend?: ReactNode;
  /** The figure's name for its embed page (`/embed/<figure>`) and file names; the CSV file name by default. */
  figure?: string;
  /** The query string of the figure's embed page, when the page's address does not carry its whole state (a story step). */
  embedSearch?: string;
  /** The one slot for figure actions in the frame head (by default the CSV download). */
  actions?: ReactNode;
}

type FrameTab = 'chart' | 'table' | 'sources';

/**
 * Every chart in the dashboard: title and one-line subtitle, actions, controls, the chart with its Table
 * and Sources as tabs, and a footer with the source line, scale and as-of date, and notes.
 */
export function ChartFrame({ title, summary, scaleNote, source, sources = [], notes, children, table, renderTable, controls, legend, figure, embedSearch, actions }: ChartFrameProps) {
  const m = messages.common.chart;
  const [show, setShow] = useState<FrameTab>('chart');
  const titleId = useId();
  const summaryId = useId();
  const frameRef = useRef<HTMLElement>(null);
  const idBase = useId().replace(/:/g, '');
  const { key, rest } = splitKeySentence(summary);
  // The chart is drawn: its tooltip's box loads now, before anyone points at a bar.
  useEffect(() => void preloadChartTooltip().catch(() => undefined), []);
  const tabs = [
    { id: 'chart', label: m.chart },
    { id: 'table', label: m.table },
    { id: 'sources', label: m.sources },
  ] as const;
  return (
    <figure ref={frameRef} className="chart-frame" aria-labelledby={titleId} aria-describedby={summaryId}>
      <div className="chart-frame__head">
        <h2 id={titleId} className="chart-frame__title">
          {title}
        </h2>
        <div className="chart-frame__actions">
          {actions ?? (
            <Suspense fallback={null}>
              <FrameActions title={title} figure={figure ?? table.filename} summary={summary} scaleNote={scaleNote} table={table} frame={frameRef} embedSearch={embedSearch} />
            </Suspense>
          )}
        </div>
      </div>
      {/* The whole summary in one piece is the figure's description; on screen it shows in two parts below. */}
      <p id={summaryId} hidden>
        {summary}
      </p>
      <div className="chart-frame__subtitle">
        {rest ? (
          <details className="chart-frame__more">
            <summary>
              {key} <span className="chart-frame__more-label">{m.more}</span>
            </summary>
            <p>{rest}</p>
          </details>
        ) : (
          <p>{key}</p>
        )}
      </div>
      {controls && <div className="chart-frame__controls">{controls}</div>}
      <ChartTabs label={m.viewAs(title)} idBase={idBase} tabs={tabs} selected={show} onSelect={setShow} />
      {tabs.map((t) => (
        <ChartTabPanel key={t.id} idBase={idBase} id={t.id} hidden={t.id !== show} className="chart-frame__body">
          {t.id !== show ? null : t.id === 'chart' ? (
            <>
              {legend && <div className="chart-frame__legend">{legend}</div>}
              {children}
            </>
          ) : t.id === 'table' ? (
            renderTable ? (
              renderTable()
            ) : (
              <ChartTableView table={table} />
            )
          ) : (
            <ChartSources ids={sources} />
          )}
        </ChartTabPanel>
      ))}
      <figcaption className="chart-frame__footer">
        <div className="chart-frame__source">{source}</div>
        {scaleNote && <div className="chart-frame__scale">{scaleNote}</div>}
        {notes && <div className="chart-frame__notes">{notes}</div>}
      </figcaption>
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
