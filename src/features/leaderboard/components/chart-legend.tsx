import { ESTIMATE_MARK } from '../../../lib/format';
import { RegionLegend } from '../../../components/charts/region-legend';
import { StatusMarkShape } from '../../../components/charts/status-mark';
import type { ScoreStatus } from '../../../data/dataset.schema';
import type { Region } from '../../../lib/regions';
import type { MarksInUse } from '../lib/chart-data';
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

/**
 * The status marks and text marks of the ranked charts, under the bars whose ends carry them: only the
 * marks the bars drawn carry (a scope without estimates keys no estimate mark).
 */
export function LeaderboardMarksLegend({ inUse }: { inUse: MarksInUse }) {
  const m = messages.leaderboard.marks;
  const statuses = ([
    ['measured', m.measuredLegend],
    ['as-stated', m.asStatedLegend],
    ['estimate', `${m.estimateBarLegend} (${ESTIMATE_MARK})`],
  ] as const satisfies ReadonlyArray<readonly [ScoreStatus, string]>).filter(([status]) => inUse.statuses.has(status));
  const marks = ([
    [inUse.reasoning, m.reasoning, m.reasoningLegend],
    [inUse.open, m.open, m.openLegend],
    [inUse.later, m.later, m.laterLegend],
  ] as const).filter(([used]) => used);
  if (statuses.length === 0 && marks.length === 0) return null;
  return (
    <ul className="region-legend lb-marks" aria-label={m.legendLabel}>
      {statuses.map(([status, words]) => (
        <li key={status}>
          <BarKey status={status} />
          {words}
        </li>
      ))}
      {marks.map(([, mark, words]) => (
        <li key={mark}>
          <span className="legend-mark">{mark}</span>
          {words}
        </li>
      ))}
    </ul>
  );
}
