import { useId } from 'react';

/** The hatch that fills the gap where China's frontier is ahead: a second cue beside the colour. */
export function GapHatch({ id }: { id: string }) {
  return (
    <pattern id={id} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="5" height="5" className="tl-gap-hatch__bg" />
      <line x1="0" y1="0" x2="0" y2="5" className="tl-gap-hatch__line" />
    </pattern>
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
