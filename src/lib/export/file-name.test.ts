import { describe, expect, it } from 'vitest';
import { exportFileName, slugify } from './file-name';

describe('slugify', () => {
  it.each([
    ['China vs US frontier', 'china-vs-us-frontier'],
    ['  Lab: DeepSeek (深度求索) ', 'lab-deepseek'],
    ['Qwen2.5-Max', 'qwen2-5-max'],
    ['Café — été', 'cafe-ete'],
    ['深度求索', ''],
  ])('%s → %s', (text, slug) => expect(slugify(text)).toBe(slug));
});

describe('exportFileName', () => {
  it.each([
    ['frontier', '2025-02', 'png', 'china-ai-frontier-2025-02.png'],
    ['Leaderboard', '2026-11-29', 'csv', 'china-ai-leaderboard-2026-11-29.csv'],
    ['China AI dashboard dataset', '2026-11-29', 'json', 'china-ai-dashboard-dataset-2026-11-29.json'],
    ['frontier', null, 'svg', 'china-ai-frontier.svg'],
    ['frontier', 'Feb 2025', 'svg', 'china-ai-frontier.svg'],
    ['深度求索', '2025', 'png', 'china-ai-figure-2025.png'],
  ] as const)('%s at %s as %s', (subject, when, ext, name) => expect(exportFileName(subject, when, ext)).toBe(name));
});
