/**
 * `/embed/:figure`: one figure, chrome-less, for iframes on other sites. The figure reads the same
 * state parameters as its full view, and comes from that view's own chunk. An unknown or hostile
 * figure name shows the default figure, and the address is cleaned to name it.
 */
import { lazy, useEffect, type ComponentType } from 'react';
import { EmbedView, type EmbedFigure } from '../../components/charts/export/embed-view';
import { useDocumentTitle } from '../../components/layout/use-document-title';
import { EMBED_FIGURES, paths, type EmbedFigureName } from '../../config/paths';
import type { DatasetIndex } from '../../data/dataset-index';
import { useDataset } from '../../data/dataset-queries';
import { formatPartialDate } from '../../lib/format';
import { navigate } from '../../lib/location';
import { parseEmbedFigure } from '../../lib/export/share-links';
import { figureActions } from '../../messages/figure-actions';
import { routeChunks } from './route-chunks';

type Registry = (index: DatasetIndex, asOf: string) => Partial<Record<EmbedFigureName, EmbedFigure>>;
interface EmbeddedProps {
  figure: EmbedFigureName;
  search: string;
}

/** A figure page drawn from the registry a view's chunk exports. */
function embedFrom(load: () => Promise<Registry>): ComponentType<EmbeddedProps> {
  return lazy(() =>
    load().then((registry) => ({
      default: function Embedded({ figure, search }: EmbeddedProps) {
        const index = useDataset();
        const entry = registry(index, figureActions.asOf(formatPartialDate(index.data.meta.asOf)))[figure];
        useDocumentTitle(entry?.title ?? '');
        if (!entry) return null;
        const figures = { [figure]: entry } as Record<EmbedFigureName, EmbedFigure>;
        return <EmbedView figureParam={figure} figures={figures} fallback={figure} search={search} base={import.meta.env.BASE_URL} />;
      },
    })),
  );
}

const leaderboard = embedFrom(() => routeChunks.leaderboard().then((m) => m.leaderboardEmbeds));
const timeline = embedFrom(() => routeChunks.timeline().then((m) => m.timelineEmbeds));
const PAGES: Record<EmbedFigureName, ComponentType<EmbeddedProps>> = { leaderboard, frontier: timeline, cadence: timeline };

export function EmbedRoute({ figureParam, search }: { figureParam: string | null; search: string }) {
  const figure = parseEmbedFigure<EmbedFigureName>(figureParam, EMBED_FIGURES, EMBED_FIGURES[0]);
  // A figure name that is not one of ours: show the default figure under its own address.
  useEffect(() => {
    if (figureParam !== figure) navigate(paths.embed(figure), { replace: true });
  }, [figureParam, figure]);
  const Page = PAGES[figure];
  return <Page figure={figure} search={search} />;
}
