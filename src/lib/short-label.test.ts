import { describe, expect, it } from 'vitest';
import { shortLabel } from './short-label';

describe('shortLabel', () => {
  it.each([
    ['DeepSeek-R1', 20, 'DeepSeek-R1'],
    ['Llama 3.1 405B Instruct', 12, 'Llama 3.1 4…'],
    ['Claude 3.5 Sonnet (June 2024)', 22, 'Claude 3.… (June 2024)'],
    ['Claude 3.5 Sonnet (Oct 2024)', 18, 'Claude… (Oct \u201924)'.replace('\u2019', "'")],
    ['Command R+ (Apr 2024)', 14, "Comma… Apr '24"],
    ['Command R+ (Aug 2024)', 22, 'Command R+ (Aug 2024)'],
  ])('%s in %i characters → %s', (name, max, expected) => {
    expect(shortLabel(name, max)).toBe(expected);
  });

  it('keeps two versions of one model apart at phone widths, within the width', () => {
    for (const max of [12, 14, 16, 18, 20, 22]) {
      const labels = ['Claude 3.5 Sonnet (June 2024)', 'Claude 3.5 Sonnet (Oct 2024)', 'Command R+ (Apr 2024)', 'Command R+ (Aug 2024)'].map((n) => shortLabel(n, max));
      for (const l of labels) expect(l.length).toBeLessThanOrEqual(max);
      expect(labels[0]).not.toBe(labels[1]);
      expect(labels[2]).not.toBe(labels[3]);
    }
  });
});
