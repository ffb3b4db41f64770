import { useId } from 'react';
import type { ScoreStatus } from '../../../data/dataset.schema';

/** The hatch that fills the gap where China's frontier is ahead: a second cue beside the colour. */
export function GapHatch({ id }: { id: string }) {
  return (
    <pattern id={id} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="5" height="5" className="tl-gap-hatch__bg" />
      <line x1="0" y1="0" x2="0" y2="5" className="tl-gap-hatch__line" />
    </pattern>
  );
}

/** Legend key for a value's status, in neutral ink (the region's colour is on the chart). */
export function StatusKey({ status, later = false }: { status: ScoreStatus; later?: boolean }) {
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="region-marker-icon">
      {later && <circle cx="10" cy="10" r="8.5" className="tl-later-ring" />}
      <circle cx="10" cy="10" r={later ? 3.5 : 5} className={`tl-key tl-key--${status}`} />
    </svg>
  );
}

/** Legend swatch for the China-ahead gap: hatched, so that it does not rest on colour alone. */
export function GapCnKey() {
  const id = `tl-gap-key-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <svg width="14" height="14" aria-hidden="true" focusable="false">
      <defs>
        <GapHatch id={id} />
      </defs>
      <rect x="1" y="1" width="12" height="12" className="tl-gap tl-gap--cn" style={{ fill: `url(#${id})` }} />
    </svg>
  );
}
