import { describe, expect, it } from 'vitest';
import { addMonths, dayToTime, nextMonthStart, timeToDay } from '../lib/time-scale';

const day = (d: string) => dayToTime(d);
const iso = (t: number) => timeToDay(t);

describe('days and months', () => {
  it.each([
    ['2024-02-29', '2024-02-29'],
    ['2025-01-01', '2025-01-01'],
  ])('%s round-trips', (d, expected) => expect(iso(day(d))).toBe(expected));

  it('finds month boundaries', () => {
    expect(iso(nextMonthStart(day('2024-12-31')))).toBe('2025-01-01');
    expect(iso(addMonths(day('2024-01-31'), 1))).toBe('2024-02-29');
    expect(iso(addMonths(day('2024-03-15'), -12))).toBe('2023-03-15');
  });
});
