import { afterEach, describe, expect, it } from 'vitest';
import { formatDecimal, formatMonth, formatMonthLong, formatNumber, formatPartialDate, formatPercent } from './format';
import { setActiveLang, type Lang } from './locale';
import { quarterLabel } from './quarters';

const JAN_20 = Date.UTC(2025, 0, 20);

afterEach(() => setActiveLang('en'));

describe('formatting follows the active language', () => {
  it.each([
    ['en', '20 Jan 2025', 'Jun 2024', 'Q1 2025', 'January 2025'],
    ['zh', '2025年1月20日', '2024年6月', '2025年第1季度', '2025年1月'],
    ['ja', '2025年1月20日', '2024年6月', '2025年第1四半期', '2025年1月'],
  ] as const)('%s', (lang: Lang, day, month, quarter, monthLong) => {
    setActiveLang(lang);
    expect(formatPartialDate('2025-01-20')).toBe(day);
    expect(formatPartialDate('2024-06')).toBe(month);
    expect(formatPartialDate('2019')).toBe('2019');
    expect(quarterLabel(JAN_20)).toBe(quarter);
    expect(formatMonthLong(JAN_20)).toBe(monthLong);
    expect(formatNumber(12345.67)).toBe('12,345.7');
    expect(formatDecimal(0.125)).toBe('0.13');
    expect(formatPercent(0.4286)).toBe('43%');
  });

  it('never answers from a cache in the previous language', () => {
    expect(formatPartialDate('2025-01-20')).toBe('20 Jan 2025');
    setActiveLang('ja');
    expect(formatPartialDate('2025-01-20')).toBe('2025年1月20日');
    setActiveLang('en');
    expect(formatPartialDate('2025-01-20')).toBe('20 Jan 2025');
  });

  it('names months on an axis', () => {
    expect(formatMonth(JAN_20, true)).toBe('Jan 2025');
    expect(formatMonth(JAN_20, false)).toBe('Jan');
    setActiveLang('zh');
    expect(formatMonth(JAN_20, true)).toBe('2025年1月');
    expect(formatMonth(JAN_20, false)).toBe('1月');
  });
});
