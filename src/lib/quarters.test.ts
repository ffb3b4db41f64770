import { describe, expect, it } from 'vitest';
import { addQuarters, quarterLabel, quarterStart, quarterStartsIn } from './quarters';

const t = (day: string) => Date.parse(`${day}T00:00:00Z`);
const iso = (time: number) => new Date(time).toISOString().slice(0, 10);

describe('quarters', () => {
  it.each([
    ['2024-11-28', '2024-10-01'],
    ['2024-01-01', '2024-01-01'],
    ['2024-03-31', '2024-01-01'],
    ['2024-04-01', '2024-04-01'],
  ])('the quarter of %s starts on %s', (day, start) => expect(iso(quarterStart(t(day)))).toBe(start));

  it('steps by quarters across years, both ways', () => {
    expect(iso(addQuarters(t('2024-11-28'), 1))).toBe('2025-01-01');
    expect(iso(addQuarters(t('2024-02-10'), -1))).toBe('2023-10-01');
    expect(iso(addQuarters(t('2024-02-10'), 0))).toBe('2024-01-01');
  });

  it('lists the quarter starts inside a span, ends included', () => {
    expect(quarterStartsIn([t('2023-11-15'), t('2024-07-01')]).map(iso)).toEqual(['2024-01-01', '2024-04-01', '2024-07-01']);
    expect(quarterStartsIn([t('2024-01-01'), t('2024-03-01')]).map(iso)).toEqual(['2024-01-01']);
    expect(quarterStartsIn([t('2023-02-10'), t('2023-07-01')]).map(iso)).toEqual(['2023-04-01', '2023-07-01']);
    expect(quarterStartsIn([t('2024-02-01'), t('2024-03-01')])).toEqual([]);
  });

  it('labels a quarter', () => {
    expect(quarterLabel(t('2024-08-15'))).toBe('Q3 2024');
    expect(quarterLabel(t('2025-01-01'))).toBe('Q1 2025');
  });
});
