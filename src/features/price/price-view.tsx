import { useCallback, useMemo } from 'react';
import { ChartFrame } from '../../components/charts/chart-frame';
import { PageIntro } from '../../components/ui/page-intro';
import { ActiveFilterChips } from '../../components/filters/active-filter-chips';
import { FilterEmptyState } from '../../components/filters/filter-empty-state';
import { FilterPanel } from '../../components/filters/filter-panel';
import { useRowFilters } from '../../components/filters/use-row-filters';
import { useDocumentTitle } from '../../components/layout/use-document-title';
import { useDataset } from '../../data/dataset-queries';
import { indexDomain } from '../../lib/chart-domains';
import { describeScope } from '../../filters/describe-scope';
import { formatScore } from '../../lib/format';
import { messages } from '../../messages/price';
import { useFiltersStore } from '../../stores/filters/filters-store';
import { CostReadout } from './components/cost-readout';
import { NotPricedList } from './components/not-priced-list';
import { PriceLegend } from './components/price-legend';
import { PriceScatter } from './components/price-scatter';
import { compareCost } from './lib/compare-cost';
import { cheapestFrontier } from './lib/price-frontier';
import { formatUsd } from '../../lib/format';
import { priceTableRows } from './lib/price-table';
import { selectPrice } from './lib/select-price';
import './price.css';

/** Intelligence vs price: the shared filters, the China vs US cost readout, the scatter with its frontier, what is not priced. */
export function PriceView() {
  const m = messages.price;
  useDocumentTitle(m.title);
  const index = useDataset();
  const filters = useRowFilters();
  const selectModel = useFiltersStore((s) => s.selectModel);
  const onSelect = useCallback((id: string) => selectModel(id), [selectModel]);

  const selection = useMemo(() => selectPrice(index, filters), [index, filters]);
  const frontier = useMemo(() => cheapestFrontier(selection.points), [selection]);
  const frontierIds = useMemo(() => new Set(frontier.map((p) => p.id)), [frontier]);
  // The readout compares the two regions, so it ignores the region filter (as the leaderboard's readouts do).
  const { labs, openWeights, reasoning, from, to, search, scope } = filters;
  const comparison = useMemo(
    () => compareCost(selectPrice(index, { region: 'all', labs, openWeights, reasoning, from, to, search, scope }).points),
    [index, labs, openWeights, reasoning, from, to, search, scope],
  );
  const valueDomain = useMemo(() => indexDomain(index), [index]);
  const tableRows = useMemo(
    () =>
      priceTableRows(selection.points, frontierIds, {
        country: (c) => messages.common.country[c] ?? c,
        status: (s) => messages.common.status[s],
        yes: m.chart.onFrontier,
        no: m.chart.offFrontier,
      }),
    [selection, frontierIds, m.chart],
  );
  const { points } = selection;
  const cheapest = points[0];
  const best = points.reduce<(typeof points)[number] | undefined>((b, p) => (!b || p.value > b.value ? p : b), undefined);
  const summary = m.summary(
    points.length,
    cheapest ? m.modelPrice(cheapest.row.model.name, formatUsd(cheapest.price)) : null,
    best ? m.modelIndexPrice(best.row.model.name, formatScore(best.value, best.status), formatUsd(best.price)) : null,
  );
  const empty = selection.shown === 0;

  return (
    <section aria-labelledby="price-title" className="price-view">
      <h1 id="price-title">{m.title}</h1>
      <PageIntro text={m.intro} />
      <div className="filtered-layout">
        <FilterPanel />
        <div className="filtered-layout__main">
          <ActiveFilterChips />
          {empty ? (
            <FilterEmptyState />
          ) : (
            <>
              <ChartFrame
                title={m.chart.title}
                summary={summary}
                scaleNote={messages.common.joinPhrases([describeScope(filters.scope, index.data.meta.report.publishedBy), m.chart.scaleNote(index.scale.shortLabel)])}
                source={<>{m.chart.source(index.scale.name)}</>}
                legend={<PriceLegend />}
                table={{ caption: m.chart.twinCaption, header: m.chart.twinHeader, rows: tableRows, filename: m.chart.filename }}
              >
                <PriceScatter
                  points={points}
                  frontier={frontier}
                  frontierIds={frontierIds}
                  valueDomain={valueDomain}
                  scaleLabel={index.scale.shortLabel}
                  title={m.chart.title}
                  desc={summary}
                  onSelect={onSelect}
                />
              </ChartFrame>
            </>
          )}
          {/* The readout after the chart, as on the leaderboard: the picture comes first. */}
          <CostReadout comparison={comparison} />
          {!empty && <NotPricedList notPriced={selection.notPriced} notRated={selection.notRated} onSelect={onSelect} />}
        </div>
      </div>
    </section>
  );
}
// The story (`/story/:step`) borrows the scatter from this chunk too.
export { PriceFigure } from './price-figure';
