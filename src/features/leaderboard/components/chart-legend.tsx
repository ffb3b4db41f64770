import { ESTIMATE_MARK } from '../../../lib/format';
import { RegionLegend } from '../../../components/charts/region-legend';
import type { Region } from '../../../lib/regions';
import { messages } from '../../../messages';

/** Regions by colour and marker shape: one short line above the ranked charts. */
export function LeaderboardLegend({ regions }: { regions?: Region[] }) {
  return <RegionLegend regions={regions} />;
}

/** The bar styles and text marks of the ranked charts, under the bars whose ends carry them. */
export function LeaderboardMarksLegend() {
  const m = messages.leaderboard.marks;
  return (
    <ul className="region-legend lb-marks" aria-label={m.legendLabel}>
      {
        <>
          <li>
            <svg width="22" height="12" viewBox="0 0 22 12" aria-hidden="true" focusable="false">
              <rect x="1" y="1" width="20" height="10" rx="2" className="legend-bar legend-bar--estimate" />
            </svg>
            {m.estimateBarLegend} ({ESTIMATE_MARK})
          </li>
          <li>
            <svg width="22" height="12" viewBox="0 0 22 12" aria-hidden="true" focusable="false">
              <rect x="1" y="1" width="20" height="10" rx="2" className="legend-bar legend-bar--stated" />
            </svg>
            {m.asStatedLegend}
          </li>
          <li>
            <span className="legend-mark">
              {m.reasoning}
            </span>
            {m.reasoningLegend}
          </li>
          <li>
            <span className="legend-mark">
              {m.open}
            </span>
            {m.openLegend}
          </li>
          <li>
            <span className="legend-mark">
              {m.later}
            </span>
            {m.laterLegend}
          </li>
        </>
      }
    </ul>
  );
}
