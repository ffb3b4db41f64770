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
  const statuses: [ScoreStatus, string][] = [
    ['measured', m.measuredLegend],
    ['as-stated', m.asStatedLegend],
    ['estimate', `${m.estimateBarLegend} (${ESTIMATE_MARK})`],
  ];
  return (
    <ul className="region-legend lb-marks" aria-label={m.legendLabel}>
      {statuses.map(([status, words]) => (
        <li key={status}>
          <BarKey status={status} />
          {words}
        </li>
      ))}
      {[
        [m.reasoning, m.reasoningLegend],
        [m.open, m.openLegend],
        [m.later, m.laterLegend],
      ].map(([mark, words]) => (
        <li key={mark}>
          <span className="legend-mark">{mark}</span>
          {words}
        </li>
      ))}
    </ul>
  );
}
