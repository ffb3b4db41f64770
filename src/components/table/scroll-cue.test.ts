import { describe, expect, it } from 'vitest';
import { NO_CUE, cueEdges, sameCue, scrollCue } from './scroll-cue';

describe('scrollCue', () => {
  it.each([
    ['a table that fits its box', { scrollWidth: 356, clientWidth: 356, scrollLeft: 0 }, NO_CUE],
    ['a pixel of rounding is not overflow', { scrollWidth: 358, clientWidth: 356, scrollLeft: 0 }, NO_CUE],
    ['a box not laid out yet (0 wide)', { scrollWidth: 900, clientWidth: 0, scrollLeft: 0 }, NO_CUE],
    ['a wide table at its start: more to the right', { scrollWidth: 934, clientWidth: 356, scrollLeft: 0 }, { overflows: true, left: false, right: true }],
    ['scrolled part way: more on both sides', { scrollWidth: 934, clientWidth: 356, scrollLeft: 200 }, { overflows: true, left: true, right: true }],
    ['scrolled to the end: more to the left only', { scrollWidth: 934, clientWidth: 356, scrollLeft: 578 }, { overflows: true, left: true, right: false }],
    ['within the slack of the end counts as the end', { scrollWidth: 934, clientWidth: 356, scrollLeft: 577 }, { overflows: true, left: true, right: false }],
    ['right-to-left: a negative scrollLeft is the distance from the start', { scrollWidth: 934, clientWidth: 356, scrollLeft: -578 }, { overflows: true, left: true, right: false }],
  ])('%s', (_, widths, expected) => {
    expect(scrollCue(widths)).toEqual(expected);
  });

  it('names the edges with hidden columns for the stylesheet', () => {
    expect(cueEdges(NO_CUE)).toBeUndefined();
    expect(cueEdges({ overflows: true, left: false, right: true })).toBe('right');
    expect(cueEdges({ overflows: true, left: true, right: true })).toBe('left right');
  });

  it('compares cues by value (no redraw for an unchanged cue)', () => {
    expect(sameCue(scrollCue({ scrollWidth: 900, clientWidth: 300, scrollLeft: 10 }), { overflows: true, left: true, right: true })).toBe(true);
    expect(sameCue(NO_CUE, { overflows: true, left: false, right: true })).toBe(false);
  });
});
