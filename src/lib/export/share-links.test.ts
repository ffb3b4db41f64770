import { describe, expect, it } from 'vitest';
import { embedUrl, iframeSnippet, parseEmbedFigure } from './share-links';

const FIGURES = ['leaderboard', 'frontier', 'cadence'] as const;

describe('parseEmbedFigure', () => {
  it.each([
    ['frontier', 'frontier'],
    ['cadence', 'cadence'],
    [undefined, 'leaderboard'],
    ['', 'leaderboard'],
    ['Frontier', 'leaderboard'],
    ['nope', 'leaderboard'],
    ['<script>alert(1)</script>', 'leaderboard'],
    ['../../etc/passwd', 'leaderboard'],
    ['constructor', 'leaderboard'],
    ['x'.repeat(5000), 'leaderboard'],
  ])('%s → %s', (raw, figure) => expect(parseEmbedFigure(raw, FIGURES, 'leaderboard')).toBe(figure));
});

describe('embedUrl', () => {
  it('keeps the state parameters and drops the hash', () => {
    expect(embedUrl('https://example.org/timeline?region=cn&from=2024-01#x', '/', 'frontier')).toBe(
      'https://example.org/embed/frontier?region=cn&from=2024-01',
    );
  });
  it('honours a base path', () => {
    expect(embedUrl('https://example.org/china-ai/?mode=compare', '/china-ai/', 'leaderboard')).toBe(
      'https://example.org/china-ai/embed/leaderboard?mode=compare',
    );
    expect(embedUrl('https://example.org/china-ai/', '/china-ai', 'leaderboard')).toBe('https://example.org/china-ai/embed/leaderboard');
  });
  it('takes the state from `search` when given (a story step: the page carries only the shared filters)', () => {
    expect(embedUrl('https://example.org/story/3?region=cn', '/', 'frontier', '?region=cn&later=1')).toBe('https://example.org/embed/frontier?region=cn&later=1');
    expect(embedUrl('https://example.org/story/3?region=cn', '/', 'frontier', '')).toBe('https://example.org/embed/frontier');
  });
});

describe('iframeSnippet', () => {
  it('is one iframe with a title, full width and a sensible height', () => {
    const html = iframeSnippet('https://example.org/embed/frontier?a=1&b=2', 'Frontier "over" <time>');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const frames = doc.querySelectorAll('iframe');
    expect(frames).toHaveLength(1);
    expect(frames[0]?.getAttribute('src')).toBe('https://example.org/embed/frontier?a=1&b=2');
    expect(frames[0]?.getAttribute('title')).toBe('Frontier "over" <time>');
    expect(frames[0]?.getAttribute('height')).toBe('600');
    expect(doc.body.children).toHaveLength(1);
  });
  it('a bad height falls back to the default', () => {
    expect(iframeSnippet('https://e.org/', 't', Number.NaN)).toContain('height="600"');
    expect(iframeSnippet('https://e.org/', 't', 480.4)).toContain('height="480"');
  });
});
