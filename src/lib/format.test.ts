import { afterEach, describe, expect, it } from 'vitest';
import { formatList, formatNumber, formatParams, formatPartialDate, formatScore, formatTokens, formatUsd } from './format';
import { setActiveLang, type Lang } from './locale';

describe('formatScore', () => {
  it.each<[number, string | null | undefined, string]>([
    [94, 'estimate', '94+'],
    [89, 'measured', '89'],
    [79, 'as-stated', '79'],
    [88.5, 'measured', '88.5'],
    [88.25, 'estimate', '88.3+'],
    [90, null, '90'],
    [90, undefined, '90'],
  ])('%s (%s) → %s', (value, status, expected) => expect(formatScore(value, status)).toBe(expected));
});

describe('formatting the same value again', () => {
  it('gives the same text, from the cache, and keeps -0 apart from 0', () => {
    expect(formatNumber(1234.56)).toBe(formatNumber(1234.56));
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-0)).toBe(new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(-0));
    expect(formatNumber(0)).toBe('0');
    expect(formatPartialDate('2025-01-20')).toBe(formatPartialDate('2025-01-20'));
    expect(formatPartialDate('2024-06')).toBe('Jun 2024');
  });
});

describe('model field formats', () => {
  it.each([
    [0.0411, '$0.041'],
    [0.4775, '$0.48'],
    [2.5, '$2.50'],
    [26.25, '$26'],
  ])('formatUsd(%s) is %s', (v, text) => {
    expect(formatUsd(v)).toBe(text);
  });
  it.each([
    [8192, '8K'],
    [128000, '128K'],
    [131072, '131K'],
    [1048576, '1M'],
    [2097152, '2.1M'],
  ])('formatTokens(%s) is %s', (v, text) => {
    expect(formatTokens(v)).toBe(text);
  });
  it('formatParams shows the active share of a mixture of experts', () => {
    const withActive = (total: string, active: string) => `${total} (${active} active)`;
    expect(formatParams(671, 37, withActive)).toBe('671B (37B active)');
    expect(formatParams(32.5, null, withActive)).toBe('32.5B');
  });
});

describe('formatList', () => {
  afterEach(() => setActiveLang('en'));

  it.each<[Lang, string, string, string, string]>([
    ['en', 'A and B', 'A, B and C', 'A, B, C', 'A'],
    ['zh', 'A和B', 'A、B和C', 'A、B、C', 'A'],
    ['ja', 'A、B', 'A、B、C', 'A、B、C', 'A'],
  ])('joins a list the %s way', (lang, two, three, plain, one) => {
    setActiveLang(lang);
    expect(formatList(['A', 'B'])).toBe(two);
    expect(formatList(['A', 'B', 'C'])).toBe(three);
    expect(formatList(['A', 'B', 'C'], true)).toBe(plain);
    expect(formatList(['A'])).toBe(one);
    expect(formatList([])).toBe('');
  });
});
