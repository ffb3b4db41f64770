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
  embedSearch?: string;
}

/** The area of an element on screen. */
const area = (e: Element) => {
  const r = e.getBoundingClientRect();
  return r.width * r.height;
};

/** The largest drawn <svg> within an element that is not a legend's icon: the chart. */
function largestChart(within: Element | null): SVGSVGElement | null {
  const svgs = [...(within?.querySelectorAll<SVGSVGElement>('svg') ?? [])].filter((s) => !s.closest('li') && area(s) > 0);
  return svgs.sort((a, b) => area(b) - area(a))[0] ?? null;
}

/**
 * The figure as drawn now: its largest <svg> is the chart (null when the table is shown instead), or,
 * when the chart is drawn in panels (`data-export-panel`, e.g. one per side), every panel with its title
 * (`data-export-title`). Every legend in the chart's body goes with it, and only those: each image keys
 * what its own figure draws; so do labels drawn in HTML over the chart (`data-export-label`).
 */
export function frameExportInput(frame: HTMLElement | null, figure: FigureExportInput['figure']): FigureExportInput | null {
  if (!frame) return null;
  const body = frame.querySelector('.chart-frame__body:not([hidden])');
  const panels = [...(body?.querySelectorAll<HTMLElement>('[data-export-panel]') ?? [])].flatMap((panel) => {
    const chart = largestChart(panel);
    const title = panel.querySelector('[data-export-title]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    return chart ? [{ title, chart }] : [];
  });
  const legend = [...(body?.querySelectorAll('ul[aria-label]') ?? [])].filter((ul) => !ul.parentElement?.closest('li, svg'));
  const overlays = [...(body?.querySelectorAll('[data-export-label]') ?? [])];
  return { chart: panels.length > 0 ? null : largestChart(body), panels, overlays, legend, figure, themeFrom: frame };
}

/** The text of one part of the frame's footer, on one line. */
const footerText = (frame: HTMLElement | null, selector: string) => frame?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Share, Download and Cite in a chart frame's head, for the figure as it is on screen. */
export function FrameActions({ title, figure, summary, scaleNote, table, frame, embedSearch }: FrameActionsProps) {
  const index = useDatasetQuery().data;
  if (!index) return null;
  const meta = index.data.meta;
  return (
    <FigureActions
      title={title}
      figure={figure}
      embeddable={isEmbedFigure(figure)}
      embedSearch={embedSearch}
      // Files are named for the report's month (what they show), not for the day the dataset was compiled.
      when={meta.report.publishedBy.slice(0, 7)}
      meta={meta}
      base={import.meta.env.BASE_URL}
      csv={async () => (await import('./export/frame-csv')).frameCsv(table, index, messages.common.status)}
      dataset={() => index.data}
      exportInput={() =>
        frameExportInput(frame.current, {
          title,
          // One line under the title: the summary's first sentence.
          subtitle: summary.split(/(?<=[.!?])\s/)[0],
          // The source line alone: the scale has its own line, and the notes (keyboard help, what the
          // table lists) are about the page, not the image.
          sourceLine: `${footerText(frame.current, '.chart-frame__source')} ${m.asOf(formatPartialDate(meta.asOf))}`.trim(),
          scaleLine: scaleNote,
          url: window.location.href,
        })
      }
    />
  );
}
