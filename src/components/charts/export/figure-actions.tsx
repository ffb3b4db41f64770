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
}

/** Share, Download and Cite for one figure. */
export function FigureActions(props: FigureActionsProps) {
  const loading = <p className="figure-actions__status">{m.loading}</p>;
  return (
    <div className="figure-actions">
      <DisclosureMenu label={m.share} panelLabel={m.shareLabel(props.title)}>
        <Suspense fallback={loading}>
          <SharePanel title={props.title} figure={props.figure} base={props.base} embedHeight={props.embedHeight} embeddable={props.embeddable ?? true} />
        </Suspense>
      </DisclosureMenu>
      <DisclosureMenu label={m.download} panelLabel={m.downloadLabel(props.title)}>
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
      <DisclosureMenu label={m.cite} panelLabel={m.citeLabel(props.title)}>
        <Suspense fallback={loading}>
          <CitePanel meta={props.meta} title={props.title} />
        </Suspense>
      </DisclosureMenu>
    </div>
  );
}
