/** What a table's scroll box shows about the columns out of sight: nothing, or a cue at either edge. */
export interface ScrollCue {
  /** The table is wider than its box: the hint line is shown. */
  overflows: boolean;
  /** Columns are hidden beyond the left edge (the box has been scrolled). */
  left: boolean;
  /** Columns are hidden beyond the right edge. */
  right: boolean;
}

export const NO_CUE: ScrollCue = { overflows: false, left: false, right: false };

/** Sub-pixel widths and zoom leave a pixel or so of "overflow" that is no overflow. */
const SLACK_PX = 2;

/** The cue for a scroll box's widths and scroll position (pure; the numbers are the DOM's). */
export function scrollCue({ scrollWidth, clientWidth, scrollLeft }: { scrollWidth: number; clientWidth: number; scrollLeft: number }): ScrollCue {
  if (!(clientWidth > 0) || scrollWidth - clientWidth <= SLACK_PX) return NO_CUE;
  // Right-to-left pages report a negative scrollLeft: the distance from the start is what counts.
  const fromStart = Math.abs(scrollLeft);
  return { overflows: true, left: fromStart > SLACK_PX, right: fromStart < scrollWidth - clientWidth - SLACK_PX };
}

export function sameCue(a: ScrollCue, b: ScrollCue): boolean {
  return a.overflows === b.overflows && a.left === b.left && a.right === b.right;
}

/** The frame's data attribute: the edges that have columns beyond them ("left right", "right", …). */
export function cueEdges(cue: ScrollCue): string | undefined {
  const edges = [cue.left ? 'left' : null, cue.right ? 'right' : null].filter(Boolean).join(' ');
  return edges || undefined;
}
