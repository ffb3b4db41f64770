import type { ReactNode } from 'react';
import { parseEmbedFigure } from '../../../lib/export/share-links';
import { messages } from '../../../messages/figure-export';
import './embed-view.css';

export interface EmbedFigure {
  title: string;
  /** The full view this figure belongs to, below the base path (e.g. "/timeline"). */
  path: string;
  /** The figure, drawn from the same state parameters as the full view. */
  render: () => ReactNode;
  /** The source line (with scale and as-of date). */
  source: ReactNode;
}

interface EmbedViewProps<F extends string> {
  /** The `:figure` part of `/embed/:figure`, as it came in (untrusted). */
  figureParam: string | null | undefined;
  figures: Readonly<Record<F, EmbedFigure>>;
  fallback: F;
  /** The query string of the embed address ("?…" or ""), kept for the link back. */
  search: string;
  /** The app's base path (import.meta.env.BASE_URL). */
  base: string;
}

/**
 * A chrome-less page for one figure, for iframes: the title, the figure, its source line and a link
 * to the full view, and nothing else. An unknown or hostile figure name shows the default figure.
 */
export function EmbedView<F extends string>({ figureParam, figures, fallback, search, base }: EmbedViewProps<F>) {
  const m = messages.figureExport.embed;
  const names = Object.keys(figures) as F[];
  const figure = figures[parseEmbedFigure(figureParam, names, fallback)];
  const root = base.endsWith('/') ? base.slice(0, -1) : base;
  const query = search.startsWith('?') && search.length > 1 ? search : '';
  return (
    <main className="embed" aria-labelledby="embed-title">
      <h1 id="embed-title" className="embed__title">
        {figure.title}
      </h1>
      <div className="embed__figure">{figure.render()}</div>
      <p className="embed__source">{figure.source}</p>
      <p className="embed__link">
        <a href={`${root}${figure.path}${query}`} target="_blank" rel="noopener noreferrer">
          {m.openFull}
        </a>
      </p>
    </main>
  );
}
