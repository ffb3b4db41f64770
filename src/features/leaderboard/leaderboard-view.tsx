import { PageIntro } from '../../components/ui/page-intro';
import { useCallback, useMemo } from 'react';
import { ChartFrame } from '../../components/charts/chart-frame';
import { AfterFirstPaint } from '../../components/layout/after-first-paint';
import { ActiveFilterChips } from '../../components/filters/active-filter-chips';
import { FilterEmptyState } from '../../components/filters/filter-empty-state';
import { FilterPanel } from '../../components/filters/filter-panel';
import { useRowFilters } from '../../components/filters/use-row-filters';
import { useDataset } from '../../data/dataset-queries';
import { describeScope } from '../../filters/describe-scope';
import type { Region } from '../../lib/regions';
import { useDocumentTitle } from '../../components/layout/use-document-title';
import { messages } from '../../messages';
import { useFiltersStore } from '../../stores/filters/filters-store';
import { ChartLegendNote } from './components/chart-notes';
import { ChinaUsReadouts } from './components/china-us-readouts';
import { CompareColumns } from './components/compare-columns';
import { LeaderboardLegend, LeaderboardMarksLegend } from './components/chart-legend';
import { LeaderboardTable } from './components/leaderboard-table';
import { ModeToggle } from './components/mode-toggle';
import { RankedBarChart } from './components/ranked-bar-chart';
import { barTableRows, marksInUse, MAX_BARS, toBarData } from './lib/chart-data';
import { compareTableRows } from './lib/compare-table';
import { summarise } from './lib/describe-china-us';
import { selectChinaUs } from './lib/select-china-us';
import { selectRanking, sortRows } from './lib/select-leaderboard';
import './leaderboard.css';

// The embed page (`/embed/leaderboard`) draws its figure from this chunk: no second copy of the chart code.
// The story (`/story/:step`) borrows the ranked chart from this chunk too.
export { leaderboardEmbeds, LeaderboardFigure } from './leaderboard-embed';

/** Each source id once, in first-cited order. */
const uniqueSources = (lists: ReadonlyArray<readonly string[]>): string[] => [...new Set(lists.flat())];

const COMPARE_REGIONS: Region[] = ['us', 'cn'];

/** The leaderboard and China vs US view: filters, the ranked chart (or both sides) first, then the readouts and the table. */
export function LeaderboardView() {
  const m = messages.leaderboard;
  useDocumentTitle(m.title);
  const index = useDataset();
  const filters = useRowFilters();
  const sort = useFiltersStore((s) => s.sort);
  const mode = useFiltersStore((s) => s.mode);
  const setSort = useFiltersStore((s) => s.setSort);
  const setMode = useFiltersStore((s) => s.setMode);
  const columns = useFiltersStore((s) => s.columns);
  const toggleColumn = useFiltersStore((s) => s.toggleColumn);
  const selectModel = useFiltersStore((s) => s.selectModel);
  const onSelect = useCallback((id: string) => selectModel(id), [selectModel]);

  const ranking = useMemo(() => selectRanking(index, filters), [index, filters]);
  const rows = useMemo(() => sortRows(ranking.all, sort), [ranking, sort]);
  // China vs US ignores the region filter: keep its result when only the region changes.
  const { labs, openWeights, reasoning, from, to, search, scope } = filters;
  const comparisonFilters = useMemo(
    () => ({ region: 'all' as const, labs, openWeights, reasoning, from, to, search, scope }),
    [labs, openWeights, reasoning, from, to, search, scope],
  );
  const chinaUs = useMemo(() => selectChinaUs(index, comparisonFilters), [index, comparisonFilters]);
  const summary = useMemo(() => summarise({ ...ranking, rows }, chinaUs), [ranking, rows, chinaUs]);
  const bars = useMemo(() => toBarData(ranking.ranked.slice(0, MAX_BARS), index.sourcesById), [ranking, index.sourcesById]);
  const barRows = useMemo(() => barTableRows(bars), [bars]);
  const barMarks = useMemo(() => marksInUse(bars), [bars]);
  const barIds = useMemo(() => bars.map((b) => b.id), [bars]);
  const domain = useMemo<[number, number]>(() => [index.scale.min, index.scale.max], [index.scale]);
  const axisLabel = m.chart.axis(index.scale.shortLabel);
  const scopeText = describeScope(scope, index.data.meta.report.publishedBy);
  const empty = ranking.all.length === 0;

  const compareTable = useMemo(
    () => compareTableRows(chinaUs.columns, { side: { us: messages.common.region.us, cn: messages.common.region.cn }, status: messages.common.status }),
    [chinaUs],
  );

  const barSources = useMemo(() => uniqueSources(bars.map((b) => b.sources.map((x) => x.id))), [bars]);
  const compareSources = useMemo(
    () => uniqueSources([...chinaUs.columns.us, ...chinaUs.columns.cn].map((r) => r.row.score?.sources ?? [])),
    [chinaUs],
  );
  const source = <>{m.chart.source(index.scale.name)}</>;

  return (
    <section aria-labelledby="leaderboard-title" className="lb">
      <h1 id="leaderboard-title">{m.title}</h1>
      <PageIntro text={m.intro} />
      <div className="filtered-layout">
        <FilterPanel />
        <div className="filtered-layout__main">
          <ActiveFilterChips />
          <ModeToggle mode={mode} onChange={setMode} />
          {mode === 'compare' ? (
            <ChartFrame
              figure="china-vs-us"
              title={m.compare.title}
              summary={summary}
              scaleNote={messages.common.joinPhrases([scopeText, index.scale.shortLabel, m.compare.regionNote])}
              source={source}
              sources={compareSources}
              notes={<ChartLegendNote />}
              legend={<LeaderboardLegend regions={COMPARE_REGIONS} />}
              table={{ caption: m.compare.twinCaption, header: m.compare.twinHeader, rows: compareTable.rows, modelIds: compareTable.modelIds, filename: m.compare.filename }}
            >
              <CompareColumns columns={chinaUs.columns} sourcesById={index.sourcesById} domain={domain} axisLabel={axisLabel} summary={summary} onSelect={onSelect} />
            </ChartFrame>
          ) : (
            !empty && (
              <ChartFrame
                figure="leaderboard"
                title={m.chart.title}
                summary={summary}
                scaleNote={messages.common.joinPhrases([scopeText, index.scale.shortLabel])}
                source={source}
                sources={barSources}
                notes={<ChartLegendNote shown={bars.length} rated={ranking.rated} notRated={ranking.notRated} />}
                legend={<LeaderboardLegend />}
                table={{ caption: m.chart.twinCaption, header: m.chart.twinHeader, rows: barRows, modelIds: barIds, filename: m.chart.filename }}
              >
                {bars.length > 0 && <RankedBarChart data={bars} domain={domain} axisLabel={axisLabel} title={m.chart.title} desc={summary} onSelect={onSelect} />}
                <LeaderboardMarksLegend inUse={barMarks} />
              </ChartFrame>
            )
          )}
          {/* Below the chart: drawn a frame after it, so the chart's first paint does not wait for ~1,300 table
              elements. Nothing follows them in view (main is at least a screen tall), so nothing the reader sees
              moves when they arrive; the empty state is inside too, so the readouts never push it down. */}
          <AfterFirstPaint>
            <ChinaUsReadouts data={chinaUs} scope={scopeText} />
            {empty ? (
              <FilterEmptyState />
            ) : (
              <LeaderboardTable rows={rows} sort={sort} scaleLabel={index.scale.shortLabel} shown={columns} onToggleColumn={toggleColumn} onSort={setSort} onSelect={onSelect} />
            )}
          </AfterFirstPaint>
        </div>
      </div>
    </section>
  );
}
