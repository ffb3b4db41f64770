import { RegionLegend } from '../../../components/charts/region-legend';
import { ESTIMATE_MARK } from '../../../lib/format';
import { messages } from '../../../messages/price';

/** Regions by colour and shape, plus the scatter's own keys: status, open weights and the frontier line. */
export function PriceLegend() {
  const m = messages.price.chart;
  return (
    <RegionLegend
      extra={
        <>
          <li>
            <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
              <circle cx="7" cy="7" r="5" fill="var(--bg)" stroke="var(--fg-muted)" strokeWidth="2" />
            </svg>
            {m.estimate} ({ESTIMATE_MARK})
          </li>
          <li>
            <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
              <circle cx="7" cy="7" r="5" fill="var(--bg)" stroke="var(--fg-muted)" strokeWidth="2" strokeDasharray="2 2" />
            </svg>
            {m.asStated}
          </li>
          <li>
            <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
              <circle cx="10" cy="10" r="4" fill="var(--fg-muted)" />
              <circle cx="10" cy="10" r="8" fill="none" stroke="var(--fg-muted)" strokeWidth="1.2" />
            </svg>
            {m.openRing}
          </li>
          <li>
            <svg width="24" height="12" viewBox="0 0 24 12" aria-hidden="true" focusable="false">
              <path d="M1 10 H12 V2 H23" fill="none" className="price-legend__frontier" />
            </svg>
            {m.frontier}
          </li>
        </>
      }
    />
  );
}
