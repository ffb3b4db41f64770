import type { RefObject } from 'react';
import { useDatasetQuery } from '../../data/dataset-queries';
import { isEmbedFigure } from '../../config/paths';
import { formatPartialDate } from '../../lib/format';
import { messages } from '../../messages';
import { figureActions as m } from '../../messages/figure-actions';
import type { FigureExportInput } from './export/export-figure';
import type { FrameCsvInput } from './export/frame-csv';
import { FigureActions } from './export/figure-actions';

interface FrameActionsProps {
  title: string;
  /** The figure's name: its embed page (`/embed/<figure>`) and the subject of its file names. */
  figure: string;
  summary: string;
  scaleNote?: string;
  /** Exactly the rows shown, and the model of each row when rows are models. */
  table: FrameCsvInput;
  frame: RefObject<HTMLElement | null>;
}

/** The area of an element on screen. */
const area = (e: Element) => {
  const r = e.getBoundingClientRect();
  return r.width * r.height;
};

/** The figure as drawn now: its largest <svg> is the chart (null when the table is shown instead). */
export function frameExportInput(frame: HTMLElement | null, figure: FigureExportInput['figure']): FigureExportInput | null {
  if (!frame) return null;
  const body = frame.querySelector('.chart-frame__body');
  const svgs = [...(body?.querySelectorAll<SVGSVGElement>('svg') ?? [])].filter((s) => !s.closest('li') && area(s) > 0);
  const chart = svgs.sort((a, b) => area(b) - area(a))[0] ?? null;
  const legend = [...frame.querySelectorAll('ul[aria-label]')].find((ul) => !body?.contains(ul)) ?? null;
  return { chart, legend, figure, themeFrom: frame };
}

/** Share, Download and Cite in a chart frame's head, for the figure as it is on screen. */
export function FrameActions({ title, figure, summary, scaleNote, table, frame }: FrameActionsProps) {
  const index = useDatasetQuery().data;
  if (!index) return null;
  const meta = index.data.meta;
  const source = () => frame.current?.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return (
    <FigureActions
      title={title}
      figure={figure}
      embeddable={isEmbedFigure(figure)}
      when={meta.asOf.slice(0, 7)}
      meta={meta}
      base={import.meta.env.BASE_URL}
      csv={async () => (await import('./export/frame-csv')).frameCsv(table, index, messages.common.status)}
      dataset={() => index.data}
      exportInput={() =>
        frameExportInput(frame.current, {
          title,
          // One line under the title: the summary's first sentence.
          subtitle: summary.split(/(?<=[.!?])\s/)[0],
          sourceLine: `${source()} ${m.asOf(formatPartialDate(meta.asOf))}`.trim(),
          scaleLine: scaleNote,
          url: window.location.href,
        })
      }
    />
  );
}
