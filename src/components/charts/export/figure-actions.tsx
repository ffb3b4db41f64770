import { lazy, Suspense } from 'react';
import type { CitationMeta } from '../../../lib/export/citation';
import { figureActions as m } from '../../../messages/figure-actions';
import type { FigureExportInput } from './export-figure';
import { DisclosureMenu } from './disclosure-menu';
import './figure-actions.css';

// The panels, and the image code behind them, load when a menu is first opened: the first view does
// not pay for sharing or export.
const SharePanel = lazy(() => import('./share-panel'));
const DownloadPanel = lazy(() => import('./download-panel'));
const CitePanel = lazy(() => import('./cite-panel'));

export interface FigureActionsProps {
  title: string;
  /** The figure's embed name (`/embed/<figure>`) and the subject of its file names. */
  figure: string;
  /** When, for file names: the data's as-of date or the end of the window shown. */
  when: string | null;
  meta: CitationMeta;
  /** The app's base path (import.meta.env.BASE_URL). */
  base: string;
  csv: () => string | Promise<string>;
  dataset: () => unknown;
  exportInput: () => FigureExportInput | null;
  embedHeight?: number;
  /** Whether the figure has an embed page (`/embed/<figure>`); without one, Share offers no embed code. */
  embeddable?: boolean;
  /** The query string of its embed page, when the page's address does not carry the figure's whole state. */
  embedSearch?: string;
}

/** A 14 px line icon for an action button; decorative (the button's text names it). */
function Icon({ d }: { d: string }) {
  return (
    <svg className="figure-actions__icon" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
// An arrow out of a box; an arrow into a tray; two quotation marks.
const SHARE = 'M8 10V2M5 5l3-3 3 3M3 8v5.5h10V8';
const DOWNLOAD = 'M8 2v8M5 7l3 3 3-3M3 12v1.5h10V12';
const CITE = 'M3 12c2-1 3-3 3-6H3V3h4v3M9 12c2-1 3-3 3-6H9V3h4v3';

/** Share, Download and Cite for one figure. */
export function FigureActions(props: FigureActionsProps) {
  const loading = <p className="figure-actions__status">{m.loading}</p>;
  return (
    <div className="figure-actions">
      <DisclosureMenu label={m.share} icon={<Icon d={SHARE} />} panelLabel={m.shareLabel(props.title)}>
        <Suspense fallback={loading}>
          <SharePanel title={props.title} figure={props.figure} base={props.base} embedHeight={props.embedHeight} embeddable={props.embeddable ?? true} embedSearch={props.embedSearch} />
        </Suspense>
      </DisclosureMenu>
      <DisclosureMenu label={m.download} icon={<Icon d={DOWNLOAD} />} panelLabel={m.downloadLabel(props.title)}>
        <Suspense fallback={loading}>
          <DownloadPanel
            fileSubject={props.figure}
            when={props.when}
            csv={props.csv}
            dataset={props.dataset}
            figure={props.exportInput}
            datasetWhen={props.meta.asOf}
          />
        </Suspense>
      </DisclosureMenu>
      <DisclosureMenu label={m.cite} icon={<Icon d={CITE} />} panelLabel={m.citeLabel(props.title)}>
        <Suspense fallback={loading}>
          <CitePanel meta={props.meta} title={props.title} />
        </Suspense>
      </DisclosureMenu>
    </div>
  );
}
