import { describe, expect, it } from 'vitest';
import { scrollCue } from './scroll-cue';

describe('scrollCue', () => {
  it.each([
    ['a table that fits its box', { scrollWidth: 356, clientWidth: 356, scrollLeft: 0 }, ''],
    ['a pixel of rounding is not overflow', { scrollWidth: 358, clientWidth: 356, scrollLeft: 0 }, ''],
    ['a box not laid out yet (0 wide)', { scrollWidth: 900, clientWidth: 0, scrollLeft: 0 }, ''],
    ['a wide table at its start: more to the right', { scrollWidth: 934, clientWidth: 356, scrollLeft: 0 }, 'right'],
    ['scrolled part way: more on both sides', { scrollWidth: 934, clientWidth: 356, scrollLeft: 200 }, 'left right'],
    ['scrolled to the end: more to the left only', { scrollWidth: 934, clientWidth: 356, scrollLeft: 578 }, 'left'],
    ['within the slack of the end counts as the end', { scrollWidth: 934, clientWidth: 356, scrollLeft: 577 }, 'left'],
    ['barely wider than the slack, not scrolled: the far edge is cued', { scrollWidth: 360, clientWidth: 356, scrollLeft: 1 }, 'right'],
    ['right-to-left: a negative scrollLeft is the distance from the start', { scrollWidth: 934, clientWidth: 356, scrollLeft: -578 }, 'left'],
  ])('%s', (_, widths, expected) => {
    expect(scrollCue(widths)).toBe(expected);
  });
});
