/**
 * The price scatter alone, from the store's view state: for the story (`/story/:step`), which shows it
 * in its own figure frame with some models emphasised.
 */
import { useMemo } from 'react';
import { useRowFilters } from '../../components/filters/use-row-filters';
import { useDataset } from '../../data/dataset-queries';
import { indexDomain } from '../../lib/chart-domains';
import { messages } from '../../messages/price';
import { PriceLegend } from './components/price-legend';
import { PriceScatter } from './components/price-scatter';
import { cheapestFrontier } from './lib/price-frontier';
import { selectPrice } from './lib/select-price';
import './price.css';

const ignore = () => {};

export function PriceFigure({ highlight }: { highlight?: ReadonlySet<string> }) {
  const m = messages.price;
  const index = useDataset();
  const filters = useRowFilters();
  const selection = useMemo(() => selectPrice(index, filters), [index, filters]);
  const frontier = useMemo(() => cheapestFrontier(selection.points), [selection]);
  const frontierIds = useMemo(() => new Set(frontier.map((p) => p.id)), [frontier]);
  const valueDomain = useMemo(() => indexDomain(index), [index]);
  if (selection.points.length === 0) return <p>{m.summary(0, null, null)}</p>;
  return (
    <>
      <PriceLegend />
      <PriceScatter
        points={selection.points}
        frontier={frontier}
        frontierIds={frontierIds}
        valueDomain={valueDomain}
        scaleLabel={index.scale.shortLabel}
        title={m.chart.title}
        desc={m.chart.title}
        onSelect={ignore}
        highlight={highlight}
      />
    </>
  );
}
