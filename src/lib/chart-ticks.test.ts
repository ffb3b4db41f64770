import { describe, expect, it } from 'vitest';
import { indexTickCount, indexTicks, timeTicks } from './chart-ticks';

const day = (d: string) => Date.parse(`${d}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

describe('indexTicks', () => {
  it.each<[[number, number], number, number[]]>([
    [[40, 100], 7, [40, 50, 60, 70, 80, 90, 100]],
    [[40, 100], 8, [40, 50, 60, 70, 80, 90, 100]],
    [[40, 100], 4, [40, 60, 80, 100]],
    [[60, 100], 9, [60, 65, 70, 75, 80, 85, 90, 95, 100]],
    [[40, 100], 1, [40, 100]],
  ])('%j with at most %i ticks', (domain, max, expected) => expect(indexTicks(domain, max)).toEqual(expected));

  it('gives the lab charts (300 px) and the wide frontier chart (340 px) the same gridlines', () => {
    expect(indexTicks([40, 100], indexTickCount(300))).toEqual(indexTicks([40, 100], indexTickCount(340)));
  });

  it('keeps at least three ticks on a short plot', () => expect(indexTickCount(60)).toBe(3));
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
