import { describe, expect, it } from 'vitest';
import { isEmbedFigure, paths, viewOfPath } from './paths';

describe('embed paths', () => {
  it('an embedded figure carries the parameters of its full view', () => {
    expect(viewOfPath(paths.embed('leaderboard'))).toBe('leaderboard');
    expect(viewOfPath(paths.embed('frontier'))).toBe('timeline');
    expect(viewOfPath(paths.embed('cadence'))).toBe('timeline');
  });

  it('an unknown or hostile figure name is the default figure', () => {
    expect(viewOfPath('/embed/<script>')).toBe('leaderboard');
    expect(viewOfPath('/embed')).toBe('leaderboard');
    expect(isEmbedFigure('constructor')).toBe(false);
    expect(isEmbedFigure('frontier')).toBe(true);
  });
});
