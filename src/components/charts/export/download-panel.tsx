import { useState } from 'react';
import { jsonFileBlob, saveBlob } from '../../../lib/export/download-file';
import { exportFileName, type ExportExtension } from '../../../lib/export/file-name';
import type { ExportFailure, ExportResult } from '../../../lib/export/svg-to-png';
import { csvFileBlob } from '../../../lib/export/table-csv';
import { messages } from '../../../messages/figure-export';
import type { FigureExportInput } from './export-figure';

export interface DownloadPanelProps {
  /** What the files are, for their names: "frontier" → china-ai-frontier-2025-02.png. */
  fileSubject: string;
  /** When: the data's as-of date or the end of the window shown (YYYY-MM or YYYY-MM-DD). */
  when: string | null;
  /** The CSV of exactly the rows shown (see table-csv.ts); may load its builder first. */
  csv: () => string | Promise<string>;
  /** The whole validated dataset. */
  dataset: () => unknown;
  /** The chart and its metadata as they are on screen now, or null when the chart is not drawn. */
  figure: () => FigureExportInput | null;
  /** The dataset's version and as-of date, for the JSON's file name. */
  datasetWhen: string;
}

type Status = { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; file: string } | { kind: 'failed'; reason: string };

function reason(error: ExportFailure): string {
  const e = messages.figureExport.errors;
  const map: Record<ExportFailure, string> = {
    'no-chart': e.noChart,
    'canvas-blocked': e.canvasBlocked,
    'image-load': e.imageLoad,
    encode: e.encode,
    unknown: e.unknown,
  };
  return map[error];
}

/** PNG (2×) and SVG of the figure, the CSV of the rows shown, and the whole dataset as JSON. */
export default function DownloadPanel({ fileSubject, when, csv, dataset, figure, datasetWhen }: DownloadPanelProps) {
  const m = messages.figureExport.download;
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const run = async (ext: ExportExtension, make: () => Promise<ExportResult<Blob>>, subject = fileSubject, date = when) => {
    setStatus({ kind: 'working' });
    try {
      const result = await make();
      if (!result.ok) return setStatus({ kind: 'failed', reason: reason(result.error) });
      const file = exportFileName(subject, date, ext);
      saveBlob(file, result.value);
      setStatus({ kind: 'done', file });
    } catch {
      // A chunk that failed to load, or a browser that refused the download: say so, keep the page.
      setStatus({ kind: 'failed', reason: messages.figureExport.errors.unknown });
    }
  };

  const image = (ext: 'png' | 'svg') =>
    run(ext, async (): Promise<ExportResult<Blob>> => {
      const input = figure();
      if (!input) return { ok: false, error: 'no-chart' };
      // The image code loads only now, when an image is asked for.
      const { buildFigurePng, buildFigureSvg } = await import('./export-figure');
      if (ext === 'png') return buildFigurePng(input);
      const built = buildFigureSvg(input);
      return built.ok ? { ok: true, value: new Blob([built.value.svg], { type: 'image/svg+xml;charset=utf-8' }) } : built;
    });

  return (
    <div className="figure-actions__panel">
      <button type="button" autoFocus onClick={() => void image('png')}>
        {m.png}
      </button>
      <button type="button" onClick={() => void image('svg')}>
        {m.svg}
      </button>
      <button type="button" onClick={() => void run('csv', async () => ({ ok: true, value: csvFileBlob(await csv()) }))}>
        {m.csv}
      </button>
      <button type="button" onClick={() => void run('json', async () => ({ ok: true, value: jsonFileBlob(dataset()) }), 'dashboard-dataset', datasetWhen)}>
        {m.dataset}
      </button>
      <p role="status" className="figure-actions__status">
        {status.kind === 'working' ? m.working : status.kind === 'done' ? m.done(status.file) : status.kind === 'failed' ? m.failed(status.reason) : ''}
      </p>
    </div>
  );
}
