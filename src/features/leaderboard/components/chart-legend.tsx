import { ESTIMATE_MARK } from '../../../lib/format';
import { RegionLegend } from '../../../components/charts/region-legend';
import { StatusMarkShape } from '../../../components/charts/status-mark';
import type { ScoreStatus } from '../../../data/dataset.schema';
import type { Region } from '../../../lib/regions';
import { messages } from '../../../messages';

/** Regions by colour and marker shape: one short line above the ranked charts. */
export function LeaderboardLegend({ regions }: { regions?: Region[] }) {
  return <RegionLegend regions={regions} />;
}

/** A bar in full colour with a status mark at its end, as the ranked charts draw it. */
function BarKey({ status }: { status: ScoreStatus }) {
  return (
    <svg width="34" height="12" viewBox="0 0 34 12" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="18" height="10" rx="2" className="legend-bar" />
      <StatusMarkShape status={status} cx={26} cy={6} size={9} />
    </svg>
  );
}

/** The status marks and text marks of the ranked charts, under the bars whose ends carry them. */
export function LeaderboardMarksLegend() {
  const m = messages.leaderboard.marks;
  return (
    <ul className="region-legend lb-marks" aria-label={m.legendLabel}>
      <li>
        <BarKey status="measured" />
        {m.measuredLegend}
      </li>
      <li>
        <BarKey status="as-stated" />
        {m.asStatedLegend}
      </li>
      <li>
        <BarKey status="estimate" />
        {m.estimateBarLegend} ({ESTIMATE_MARK})
      </li>
      <li>
        <span className="legend-mark">{m.reasoning}</span>
        {m.reasoningLegend}
      </li>
      <li>
        <span className="legend-mark">{m.open}</span>
        {m.openLegend}
      </li>
      <li>
        <span className="legend-mark">{m.later}</span>
        {m.laterLegend}
      </li>
    </ul>
  );
}
