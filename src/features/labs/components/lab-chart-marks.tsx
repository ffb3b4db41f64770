/** The marks of the lab charts and their legend icons: a lab's marker painted by status, the later ring, the keys. */
import { StatusMarkShape } from '../../../components/charts/status-mark';
import type { ScoreStatus } from '../../../data/dataset.schema';
import { FRONTIER_COLOR, type LabSeriesStyle } from '../lib/lab-series';

interface Paint {
  fill: string;
  stroke: string;
  strokeWidth?: number;
}

function Shape({ style, cx, cy, r, paint }: { style: LabSeriesStyle; cx: number; cy: number; r: number; paint: Paint }) {
  if (style.marker === 'diamond') {
    const d = r * 1.25;
    return <polygon points={`${cx},${cy - d} ${cx + d},${cy} ${cx},${cy + d} ${cx - d},${cy}`} {...paint} />;
  }
  return <circle cx={cx} cy={cy} r={r} {...paint} />;
}

/**
 * The lab's marker in full colour whatever the status, with the status as a mark beside it (as at the
 * end of the leaderboard's bars): none for measured, a diamond for a value stated only in a write-up, a
 * plus for an estimate.
 */
export function StatusMarker({ style, status, cx, cy, size }: { style: LabSeriesStyle; status: ScoreStatus; cx: number; cy: number; size: number }) {
  const r = size / 2;
  return (
    <g>
      <Shape style={style} cx={cx} cy={cy} r={r} paint={{ fill: style.color, stroke: 'var(--bg)', strokeWidth: 1 }} />
      <StatusMarkShape status={status} cx={cx + r + 5} cy={cy + r} size={8} />
    </g>
  );
}

/** Released after the report: a dashed ring around the marker. */
export function LaterRing({ cx, cy, r }: { cx: number; cy: number; r: number }) {
  return <circle cx={cx} cy={cy} r={r} fill="none" stroke="var(--event-later)" strokeWidth={1.5} strokeDasharray="3 2" />;
}

export function KeyIcon({ style, status = 'measured', ring }: { style: LabSeriesStyle; status?: ScoreStatus; ring?: boolean }) {
  return (
    <svg width="30" height="22" viewBox="0 0 30 22" aria-hidden="true" focusable="false">
      {ring && <LaterRing cx={11} cy={11} r={9} />}
      <StatusMarker style={style} status={status} cx={11} cy={11} size={ring ? 8 : 11} />
    </svg>
  );
}

export function FrontierKey() {
  return (
    <svg width="22" height="10" viewBox="0 0 22 10" aria-hidden="true" focusable="false">
      <path d="M1 8 H9 V2 H21" fill="none" stroke={FRONTIER_COLOR} strokeWidth={2} />
    </svg>
  );
}

export function ReportKey() {
  return (
    <svg width="10" height="18" viewBox="0 0 10 18" aria-hidden="true" focusable="false">
      <path d="M5 1 V17" stroke="var(--event)" strokeWidth={1.5} strokeDasharray="4 3" />
    </svg>
  );
}

export const STATUSES: readonly ScoreStatus[] = ['measured', 'as-stated', 'estimate'];
