import { REGION_STYLE, type Region } from '../../lib/regions';

/**
 * The region's marker shape (circle, square, triangle) in its colour: the second cue beside colour.
 * `hollow` draws the outline only (used for estimates and later releases).
 */
export function RegionMarkerShape({ region, cx, cy, size = 10, hollow = false }: { region: Region; cx: number; cy: number; size?: number; hollow?: boolean }) {
  const { color, marker } = REGION_STYLE[region];
  const r = size / 2;
  const paint = hollow ? { fill: 'var(--bg)', stroke: color, strokeWidth: 2 } : { fill: color, stroke: 'var(--bg)', strokeWidth: 1 };
  if (marker === 'square') return <rect x={cx - r * 0.9} y={cy - r * 0.9} width={r * 1.8} height={r * 1.8} {...paint} />;
  if (marker === 'triangle')
    return <polygon points={`${cx},${cy - r * 1.1} ${cx + r},${cy + r * 0.8} ${cx - r},${cy + r * 0.8}`} {...paint} />;
  return <circle cx={cx} cy={cy} r={r} {...paint} />;
}

/** A small inline SVG of the marker, for legends and tables. */
export function RegionMarkerIcon({ region, hollow = false }: { region: Region; hollow?: boolean }) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false" className="region-marker-icon">
      <RegionMarkerShape region={region} cx={7} cy={7} size={10} hollow={hollow} />
    </svg>
  );
}
