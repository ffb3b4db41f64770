import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../data/dataset-index';
import { cadenceTableRows, countPlottable, gapLeads, overviewDomain, releaseYears, windowDayBounds } from '../lib/select-timeline-view';
import type { CadenceQuarter } from '../lib/select-cadence';
import { dayToTime } from '../lib/time-scale';
import { timelineDataset } from './timeline-fixture';

const index = buildDatasetIndex(timelineDataset());
const t = dayToTime;

describe('select-timeline-view', () => {
  it('lists release years, later releases only when shown', () => {
    const shown = releaseYears(index.rows, true);
    const hidden = releaseYears(index.rows, false);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    expect(hidden.every((y) => shown.includes(y))).toBe(true);
    const laterYears = index.rows.filter((r) => r.afterReport && r.releaseTime !== null).map((r) => new Date(r.releaseTime!).getUTCFullYear());
    expect(shown).toEqual(expect.arrayContaining(laterYears));
  });

  it('bounds the typed dates a year around the events and releases', () => {
    const years = [...index.data.events.map((e) => Number(e.date.slice(0, 4))), ...index.rows.flatMap((r) => (r.model.releaseDate ? [Number(r.model.releaseDate.slice(0, 4))] : []))];
    expect(windowDayBounds(index)).toEqual({ min: `${Math.min(...years) - 1}-01-01`, max: `${Math.max(...years) + 1}-12-31` });
  });

  it('counts the models the chart could draw: a score and a date', () => {
    const plottable = (r: (typeof index.rows)[number]) => r.score !== null && r.releaseTime !== null;
    expect(countPlottable(index.rows, true)).toBe(index.rows.filter(plottable).length);
    expect(countPlottable(index.rows, false)).toBe(index.rows.filter((r) => plottable(r) && !r.afterReport).length);
  });

  it('widens the overview to take in the window', () => {
    expect(overviewDomain([10, 20], [12, 18])).toEqual([10, 20]);
    expect(overviewDomain([10, 20], [5, 25])).toEqual([5, 25]);
  });

  it.each<[string, [number, number], { us: boolean; cn: boolean }]>([
    ['both leads inside the domain', [t('2024-01-01'), t('2025-12-31')], { us: true, cn: true }],
    ['only the US lead before March 2025', [t('2024-01-01'), t('2025-02-01')], { us: true, cn: false }],
    ['nothing before the gap starts', [t('2022-01-01'), t('2023-06-01')], { us: false, cn: false }],
  ])('keys the gap: %s', (_name, domain, expected) => {
    const gap = [
      { start: t('2024-01-01'), end: t('2025-03-01'), us: 90, cn: 80 },
      { start: t('2025-03-01'), end: t('2025-06-01'), us: 88, cn: 91 },
      { start: t('2025-06-01'), end: t('2025-09-01'), us: 91, cn: 91 },
    ];
    expect(gapLeads(gap, t('2025-09-01'), domain)).toEqual(expected);
  });

  it('builds the cadence table rows, with a dash for no first reasoning model', () => {
    const counts = (total: number, reasoning: number) => ({ total, reasoning, other: total - reasoning });
    const q = (label: string, first: CadenceQuarter['firstReasoning']): CadenceQuarter => ({
      start: 0,
      label,
      counts: { us: counts(3, 1), cn: counts(2, 0), other: counts(1, 0) },
      total: 6,
      reasoning: 1,
      firstReasoning: first,
    });
    const first: CadenceQuarter['firstReasoning'] = [
      { labId: 'openai', labName: 'OpenAI', region: 'us', modelId: 'o1', modelName: 'o1', releaseDate: '2024-09-12', time: t('2024-09-12'), afterReport: false, value: 90, status: 'measured' },
    ];
    expect(cadenceTableRows([q('Q3 2024', first), q('Q4 2024', [])], '—')).toEqual([
      ['Q3 2024', 3, 1, 2, 0, 1, 0, 6, 'o1 (OpenAI)'],
      ['Q4 2024', 3, 1, 2, 0, 1, 0, 6, '—'],
    ]);
  });
});
