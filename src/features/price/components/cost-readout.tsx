import { useId } from 'react';
import { RegionMarkerIcon } from '../../../components/charts/region-marker';
import { ScopeNote } from '../../../components/filters/scope-control';
import { formatScore } from '../../../lib/format';
import { messages } from '../../../messages/price';
import type { CostComparison } from '../lib/compare-cost';
import { formatUsd } from '../../../lib/format';

/** "Cost of the best Chinese model vs the best US model at the same index", or which side has nothing priced. */
export function CostReadout({ comparison }: { comparison: CostComparison }) {
  const m = messages.price.readout;
  const titleId = useId();
  let text: string;
  let detail: string | null = null;
  if (comparison.kind === 'both') {
    const { cn, us, level, ratio } = comparison;
    text = m.both(formatScore(level), cn.row.model.name, formatUsd(cn.price), us.row.model.name, formatUsd(us.price));
    const cheaper = ratio > 1 ? 'cn' : ratio < 1 ? 'us' : 'equal';
    const times = cheaper === 'us' ? 1 / ratio : ratio;
    detail = m.ratio(times >= 10 ? times.toFixed(0) : times.toFixed(1), cheaper);
  } else if (comparison.cn && comparison.us) {
    text = m.missingBoth;
  } else {
    text = m.missing(comparison.cn ? m.sideCn : m.sideUs);
  }
  return (
    <article className="price-readout" aria-labelledby={titleId} data-testid="cost-readout">
      <h2 id={titleId} className="price-readout__title">
        {m.title}
      </h2>
      <p className="price-readout__headline">
        {comparison.kind === 'both' && <RegionMarkerIcon region="cn" />}
        {text}
      </p>
      {detail && <p className="price-readout__detail">{detail}</p>}
      <ScopeNote className="price-readout__how" />
      <p className="price-readout__how">{m.regionNote}</p>
    </article>
  );
}
