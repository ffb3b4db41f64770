import { describe, expect, it } from 'vitest';
import { dateToTime, earliestDay, isAfter, isRealDay, latestDay, precisionOf } from './dates';
import { formatPartialDate } from './format';

describe('partial dates', () => {
  it.each([
    ['2019', 'year', '2019-01-01', '2019-12-31', '2019'],
    ['2024-06', 'month', '2024-06-01', '2024-06-30', 'Jun 2024'],
    ['2024-02', 'month', '2024-02-01', '2024-02-29', 'Feb 2024'],
    ['2025-01-20', 'day', '2025-01-20', '2025-01-20', '20 Jan 2025'],
  ])('%s', (date, precision, first, last, shown) => {
    expect(precisionOf(date)).toBe(precision);
    expect(earliestDay(date)).toBe(first);
    expect(latestDay(date)).toBe(last);
    expect(formatPartialDate(date)).toBe(shown);
  });

  it('places a month mid-month, not on its first day', () => {
    expect(new Date(dateToTime('2024-06')).toISOString().slice(0, 10)).toBe('2024-06-15');
  });

  it('shows unknown as unknown', () => {
    expect(formatPartialDate(null)).toBe('unknown');
  });

  it('rejects impossible days', () => {
    expect(isRealDay('2025-02-29')).toBe(false);
    expect(isRealDay('2024-02-29')).toBe(true);
    expect(isRealDay('2024-2-9')).toBe(false);
  });

  it('counts a month as after a day only when all of it is', () => {
    expect(isAfter('2025-03', '2025-02-19')).toBe(true);
    expect(isAfter('2025-02', '2025-02-19')).toBe(false);
  });
});
