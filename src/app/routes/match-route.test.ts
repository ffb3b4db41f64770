import { describe, expect, it } from 'vitest';
import { paths } from '../../config/paths';
import { matchRoute } from './match-route';

describe('matchRoute', () => {
  it.each([
    ['/', { name: 'leaderboard' }],
    ['/leaderboard', { name: 'leaderboard' }],
    ['/timeline/', { name: 'timeline' }],
    ['/price', { name: 'price' }],
    ['/labs', { name: 'labs' }],
    ['/labs/deepseek', { name: 'lab', labId: 'deepseek' }],
    ['/labs/compare', { name: 'labs-compare', a: null, b: null }],
    ['/labs/compare/deepseek/openai', { name: 'labs-compare', a: 'deepseek', b: 'openai' }],
    ['/labs/compare/<x>/openai', { name: 'labs-compare', a: null, b: 'openai' }],
    ['/export-controls', { name: 'export-controls' }],
    ['/about', { name: 'about' }],
    ['/nope', { name: 'not-found', path: '/nope' }],
    ['/labs/Deep Seek', { name: 'not-found', path: '/labs/Deep Seek' }],
    ['/labs/a/b', { name: 'not-found', path: '/labs/a/b' }],
    ['/story', { name: 'story', step: null }],
    ['/story/3', { name: 'story', step: '3' }],
    ['/story/<x>/y', { name: 'story', step: '<x>/y' }],
  ])('%s', (path, route) => {
    expect(matchRoute(path)).toEqual(route);
  });

  it('matches every path it builds', () => {
    expect(matchRoute(paths.lab('openai')).name).toBe('lab');
    expect(matchRoute(paths.labsCompare('alibaba', 'meta'))).toEqual({ name: 'labs-compare', a: 'alibaba', b: 'meta' });
    expect(matchRoute(paths.exportControls).name).toBe('export-controls');
    expect(matchRoute(paths.story(2))).toEqual({ name: 'story', step: '2' });
  });
});
