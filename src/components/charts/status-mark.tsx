import type { ScoreStatus } from '../../data/dataset.schema';

/**
 * A value's status as a mark in the text colour, drawn beside a full-colour bar or marker: nothing for a
 * measured value, a hollow diamond for a value stated only in a write-up, a plus for an estimate (AA's
 * "+"). Shape, not colour or fill, carries the status, so it reads the same in dark mode and on paper.
 */
export function StatusMarkShape({ status, cx, cy, size = 9 }: { status: ScoreStatus; cx: number; cy: number; size?: number }) {
  const r = size / 2;
  if (status === 'as-stated')
    return <path className="status-mark status-mark--as-stated" d={`M${cx},${cy - r}L${cx + r},${cy}L${cx},${cy + r}L${cx - r},${cy}Z`} fill="var(--bg)" stroke="var(--fg)" strokeWidth={1.6} />;
  if (status === 'estimate')
    return <path className="status-mark status-mark--estimate" d={`M${cx - r},${cy}H${cx + r}M${cx},${cy - r}V${cy + r}`} fill="none" stroke="var(--fg)" strokeWidth={2.2} />;
  return null;
}
