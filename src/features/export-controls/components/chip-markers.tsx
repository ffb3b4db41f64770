import type { PlotStatus } from '../lib/chip-status';

/** Each status's shape, so that no status is told by colour alone (and it survives print). */
export function ChipMarkerShape({ status, cx, cy, size }: { status: PlotStatus; cx: number; cy: number; size: number }) {
  const r = size / 2;
  const cls = `ec-marker ec-marker--${status}`;
  switch (status) {
    case 'controlled':
      return <rect className={cls} x={cx - r} y={cy - r} width={size} height={size} />;
    case 'notify':
      return <path className={cls} d={`M${cx},${cy - r * 1.15}L${cx + r * 1.1},${cy + r * 0.85}L${cx - r * 1.1},${cy + r * 0.85}Z`} />;
    case 'designed-to-fit':
      return <path className={cls} d={`M${cx},${cy - r * 1.3}L${cx + r * 1.3},${cy}L${cx},${cy + r * 1.3}L${cx - r * 1.3},${cy}Z`} />;
    case 'not-controlled':
      return <circle className={cls} cx={cx} cy={cy} r={r} />;
    case 'not-launched':
      return <circle className={cls} cx={cx} cy={cy} r={r - 1} />;
    case 'domestic':
      return <rect className={cls} x={cx - r + 1} y={cy - r + 1} width={size - 2} height={size - 2} />;
  }
}

/** A legend swatch: the marker in a small SVG. */
export function ChipMarkerSwatch({ status }: { status: PlotStatus }) {
  return (
    <svg width="16" height="16" aria-hidden="true" focusable="false" className="ec-swatch">
      <ChipMarkerShape status={status} cx={8} cy={8} size={10} />
    </svg>
  );
}
