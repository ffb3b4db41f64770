/** Sub-pixel widths and zoom leave a pixel or so of "overflow" that is no overflow. */
const SLACK_PX = 2;

/**
 * A table's scroll cue for its box's widths and scroll position (pure; the numbers are the DOM's): the
 * edges with columns beyond them, "left", "right" or "left right"; "" when the table fits its box.
 */
export function scrollCue({ scrollWidth, clientWidth, scrollLeft }: { scrollWidth: number; clientWidth: number; scrollLeft: number }): string {
  const hidden = scrollWidth - clientWidth;
  if (!(clientWidth > 0) || hidden <= SLACK_PX) return '';
  // Right-to-left pages report a negative scrollLeft: the distance from the start is what counts.
  const fromStart = Math.abs(scrollLeft);
  const left = fromStart > SLACK_PX;
  // Less than the slack to scroll at all: still cue the far edge (there is more than nothing to see).
  const right = fromStart < hidden - SLACK_PX || !left;
  return left && right ? 'left right' : left ? 'left' : 'right';
}
