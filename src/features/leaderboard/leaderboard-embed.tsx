/**
 * The leaderboard's ranked chart alone, for the embed page (`/embed/leaderboard`): the same selectors
 * and state parameters as the view, without its filters, readouts or table.
 */
import { useMemo } from 'react';
import type { EmbedFigure } from '../../components/charts/export/embed-view';
import { paths } from '../../config/paths';
import type { DatasetIndex } from '../../data/dataset-index';
import { useRowFilters } from '../../components/filters/use-row-filters';
import { useDataset } from '../../data/dataset-queries';
import { messages } from '../../messages';
import { ChartLegendNote } from './components/chart-notes';
import { LeaderboardLegend } from './components/chart-legend';
import { RankedBarChart } from './components/ranked-bar-chart';
import { MAX_BARS, toBarData } from './lib/chart-data';
import { selectRanking } from './lib/select-leaderboard';
import './leaderboard.css';

const ignore = () => {};

/** The ranked chart; `highlight` (the story's) draws those models in full and fades the others. */
export function LeaderboardFigure({ highlight }: { highlight?: ReadonlySet<string> }) {
  const m = messages.leaderboard;
  const index = useDataset();
  const filters = useRowFilters();
  const ranking = useMemo(() => selectRanking(index, filters), [index, filters]);
  const bars = useMemo(() => toBarData(ranking.ranked.slice(0, MAX_BARS), index.sourcesById), [ranking, index.sourcesById]);
  const domain = useMemo<[number, number]>(() => [index.scale.min, index.scale.max], [index.scale]);
  return (
    <>
      <LeaderboardLegend />
      {bars.length > 0 && (
        <RankedBarChart data={bars} domain={domain} axisLabel={m.chart.axis(index.scale.shortLabel)} title={m.chart.title} desc={m.chart.title} onSelect={ignore} highlight={highlight} />
      )}
      <ChartLegendNote shown={bars.length} rated={ranking.rated} notRated={ranking.notRated} />
    </>
  );
}

/** The leaderboard's embeddable figures, for `/embed/:figure` (loaded with the view's own chunk). */
export function leaderboardEmbeds(index: DatasetIndex, asOf: string): { leaderboard: EmbedFigure } {
  const m = messages.leaderboard.chart;
  return { leaderboard: { title: m.title, path: paths.leaderboard, render: () => <LeaderboardFigure />, source: `${m.source(index.scale.name)} ${asOf}` } };
}
