import { describe, expect, it } from 'vitest';
import { addMonths, dayToTime, indexTicks, nextMonthStart, quarterStart, scaleLinear, timeTicks, timeToDay } from '../lib/time-scale';

const day = (d: string) => dayToTime(d);
const iso = (t: number) => timeToDay(t);

describe('scaleLinear', () => {
  it('maps and inverts', () => {
    const s = scaleLinear([0, 100], [10, 210]);
    expect(s(50)).toBe(110);
    expect(s.invert(110)).toBe(50);
  });
  it('survives an empty domain', () => {
    const s = scaleLinear([5, 5], [0, 100]);
    expect(Number.isFinite(s(5))).toBe(true);
  });
});

describe('days and months', () => {
  it.each([
    ['2024-02-29', '2024-02-29'],
    ['2025-01-01', '2025-01-01'],
  ])('%s round-trips', (d, expected) => expect(iso(day(d))).toBe(expected));

  it('finds quarter and month boundaries', () => {
    expect(iso(quarterStart(day('2024-11-28')))).toBe('2024-10-01');
    expect(iso(nextMonthStart(day('2024-12-31')))).toBe('2025-01-01');
    expect(iso(addMonths(day('2024-01-31'), 1))).toBe('2024-02-29');
    expect(iso(addMonths(day('2024-03-15'), -12))).toBe('2023-03-15');
  });
});

describe('timeTicks', () => {
  it.each<[string, string, string, number, string[]]>([
    ['months when there is room', '2024-01-01', '2024-04-15', 6, ['2024-01-01', '2024-02-01', '2024-03-01', '2024-04-01']],
    ['quarters, aligned to the calendar', '2023-11-20', '2024-12-31', 6, ['2024-01-01', '2024-04-01', '2024-07-01', '2024-10-01']],
    ['years when space is short', '2022-07-01', '2025-08-01', 4, ['2023-01-01', '2024-01-01', '2025-01-01']],
  ])('%s', (_name, from, to, max, expected) => {
    const ticks = timeTicks([day(from), day(to)], max);
    expect(ticks.map((t) => iso(t.time))).toEqual(expected);
    expect(ticks.length).toBeLessThanOrEqual(max);
  });

  it('marks year starts', () => {
    const ticks = timeTicks([day('2024-10-01'), day('2025-04-01')], 3);
    expect(ticks.map((t) => [iso(t.time), t.unit])).toEqual([
      ['2024-10-01', 'month'],
      ['2025-01-01', 'year'],
      ['2025-04-01', 'month'],
    ]);
  });

  it('gives nothing for an empty domain', () => {
    expect(timeTicks([day('2024-01-01'), day('2024-01-01')], 5)).toEqual([]);
  });
});

describe('indexTicks', () => {
  it('uses round steps that fit', () => {
    expect(indexTicks([40, 100], 7)).toEqual([40, 50, 60, 70, 80, 90, 100]);
    expect(indexTicks([40, 100], 4)).toEqual([40, 60, 80, 100]);
  });
});
