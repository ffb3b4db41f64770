import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeDataset, makeLab, makeModel, makeScore } from '../../../../test/fixtures/dataset';
import type { RowFilters } from '../../../filters/filter-state';
import { buildDatasetIndex } from '../../../data/dataset-index';
import type { Model } from '../../../data/dataset.schema';
import { parseDataset } from '../../../data/validate-dataset';
import { DEFAULT_FILTERS } from '../../../stores/filters/filters-url';
import { computeReadouts, monthsBetween, selectChinaUs, topOfSide } from './select-china-us';
import { rankSortedRows, rowsInRankOrder } from './select-leaderboard';

const filters = (patch: Partial<RowFilters> = {}): RowFilters => ({ ...DEFAULT_FILTERS, ...patch });

const LABS = [makeLab('cn-lab', { name: 'CN Lab', country: 'CN' }), makeLab('us-lab', { name: 'US Lab' }), makeLab('fr-lab', { name: 'FR Lab', country: 'FR' })];
const rowsOf = (models: Model[]) => buildDatasetIndex(makeDataset({ labs: LABS, models })).rows;
const us = (id: string, value: number | null, date: string | null, patch: Partial<Model> = {}) =>
  makeModel(id, 'us-lab', { releaseDate: date, scores: value === null ? [] : [makeScore(value)], ...patch });
const cn = (id: string, value: number | null, date: string | null, patch: Partial<Model> = {}) =>
  makeModel(id, 'cn-lab', { releaseDate: date, scores: value === null ? [] : [makeScore(value)], ...patch });

describe('monthsBetween', () => {
  it.each([
    ['2024-12-05', '2025-01-20', 1.5],
    ['2024-01-01', '2025-01-01', 12],
    ['2024-01-01', '2024-01-01', 0],
  ])('%s → %s is %s months', (a, b, months) => {
    expect(monthsBetween(Date.parse(a), Date.parse(b))).toBe(months);
  });
});

describe('computeReadouts', () => {
  it('gap: best US minus best Chinese, with every model at the best value', () => {
    const r = computeReadouts(rowsOf([us('u1', 90, '2024-06-01'), us('u2', 90, '2024-01-01'), cn('c1', 85, '2024-09-01'), cn('c2', null, '2025-01-01')]));
    expect(r.gap.gap).toBe(5);
    expect(r.gap.us?.rows.map((x) => x.model.id)).toEqual(['u2', 'u1']);
    expect(r.gap.cn?.value).toBe(85);
  });

  it('gap is negative when China leads, and null when a side has no rated model', () => {
    expect(computeReadouts(rowsOf([us('u', 70, '2024-01-01'), cn('c', 80, '2024-01-01')])).gap.gap).toBe(-10);
    expect(computeReadouts(rowsOf([us('u', 70, '2024-01-01'), cn('c', null, '2024-01-01')])).gap.gap).toBeNull();
  });

  it('months behind: from the first US model reaching the Chinese best to the first Chinese model reaching it', () => {
    const r = computeReadouts(
      rowsOf([us('u-old', 80, '2024-01-01'), us('u-first', 86, '2024-03-01'), us('u-later', 95, '2024-09-01'), cn('c-early', 70, '2023-06-01'), cn('c-best', 85, '2024-09-01'), cn('c-best-again', 85, '2024-12-01')]),
    ).monthsBehind;
    expect(r.kind).toBe('behind');
    if (r.kind !== 'behind') return;
    expect([r.target, r.us.model.id, r.cn.model.id, r.months, r.approximate]).toEqual([85, 'u-first', 'c-best', 6, false]);
  });

  it('months behind: China first when the US reached the value later; China ahead when the US never did', () => {
    const first = computeReadouts(rowsOf([us('u', 85, '2024-07-01'), cn('c', 85, '2024-01-01')])).monthsBehind;
    expect(first).toMatchObject({ kind: 'china-first', months: 6 });
    const ahead = computeReadouts(rowsOf([us('u', 80, '2024-07-01'), cn('c', 85, '2024-01-01')])).monthsBehind;
    expect(ahead).toMatchObject({ kind: 'china-ahead', target: 85, usBest: { value: 80 } });
  });

  it('months behind: flags month-only dates as approximate, and says when there is nothing to compare', () => {
    expect(computeReadouts(rowsOf([us('u', 90, '2024-06'), cn('c', 85, '2024-09-01')])).monthsBehind).toMatchObject({ kind: 'behind', approximate: true });
    expect(computeReadouts(rowsOf([us('u', 90, '2024-06-01')])).monthsBehind).toEqual({ kind: 'no-china' });
    expect(computeReadouts(rowsOf([us('u', 90, '2024-06-01'), cn('c', 85, null)])).monthsBehind).toMatchObject({ kind: 'undated', target: 85 });
    // A US model that reaches the value without a release date is not "China ahead".
    expect(computeReadouts(rowsOf([us('u', 90, null), us('u-low', 70, '2024-01-01'), cn('c', 85, '2024-09-01')])).monthsBehind).toMatchObject({
      kind: 'us-undated',
      target: 85,
    });
  });

  it('open-weights leader: best open model of any region, and the best open model of each side', () => {
    const r = computeReadouts(
      rowsOf([
        us('u-closed', 95, '2024-01-01'),
        us('u-open', 75, '2024-01-01', { openWeights: true }),
        cn('c-open', 89, '2024-01-01', { openWeights: true }),
        makeModel('f-open', 'fr-lab', { openWeights: true, scores: [makeScore(74)] }),
      ]),
    ).openLeader;
    expect([r.best?.rows[0]?.model.id, r.best?.value, r.us?.value, r.cn?.value]).toEqual(['c-open', 89, 75, 89]);
  });
});

describe('selectChinaUs', () => {
  it('keeps every model tied at the column cut instead of dropping some alphabetically', () => {
    const index = buildDatasetIndex(makeDataset({ labs: LABS, models: [us('a', 90, '2024-01-01'), us('b', 80, '2024-01-01'), us('c', 80, '2024-01-01'), us('d', 70, '2024-01-01')] }));
    const { columns } = selectChinaUs(index, filters(), 2);
    expect(columns.us.map((r) => [r.row.model.id, r.rank, r.tied])).toEqual([
      ['a', 1, false],
      ['b', 2, true],
      ['c', 2, true],
    ]);
  });

  const index = buildDatasetIndex(
    makeDataset({
      labs: LABS,
      models: [
        us('u-est', 94, '2025-04-16', { scores: [makeScore(94, { status: 'estimate' })] }),
        us('u', 90, '2024-12-05'),
        cn('c', 89, '2025-01-20', { openWeights: true }),
        cn('c-stated', 87, '2025-01-20', { scores: [makeScore(87, { status: 'as-stated' })] }),
      ],
    }),
  );

  it('ignores the region filter (it always compares both sides) but applies the others', () => {
    const cu = selectChinaUs(index, filters({ region: 'cn' }));
    expect([cu.all.gap.us?.value, cu.all.gap.cn?.value]).toEqual([90, 89]);
    expect(selectChinaUs(index, filters({ region: 'cn', scope: 'all' })).all.gap.us?.value).toBe(94);
    const open = selectChinaUs(index, filters({ openWeights: 'open' }));
    expect([open.all.gap.us, open.all.gap.cn?.value]).toEqual([null, 89]);
  });

  it('as of the report (the default) leaves out the later estimate; the widened scope brings it in', () => {
    const report = selectChinaUs(index, filters());
    expect([report.all.gap.us?.rows[0]?.model.id, report.all.gap.gap]).toEqual(['u', 1]);
    const all = selectChinaUs(index, filters({ scope: 'all' }));
    expect([all.all.gap.us?.rows[0]?.model.id, all.all.gap.gap]).toEqual(['u-est', 5]);
  });

  it('names the filter that emptied a side, and none when both sides have a rated model', () => {
    expect(selectChinaUs(index, filters()).emptySides).toEqual({ us: null, cn: null });
    const open = selectChinaUs(index, filters({ openWeights: 'open' }));
    expect(open.emptySides.cn).toBeNull();
    expect(open.emptySides.us?.culprits.map((f) => [f.label, f.wouldShow])).toEqual([['Open weights only', 1]]);
  });

  it('computes the same readouts on measured values only', () => {
    const cu = selectChinaUs(index, filters());
    expect([cu.measured.gap.us?.value, cu.measured.gap.cn?.value, cu.measured.gap.gap]).toEqual([90, 89, 1]);
  });

  it('gives each side its best models, ranked within the side', () => {
    const cu = selectChinaUs(index, filters(), 1);
    expect(cu.columns.us.map((r) => [r.row.model.id, r.rank])).toEqual([['u', 1]]);
    expect(cu.columns.cn.map((r) => [r.row.model.id, r.rank])).toEqual([['c', 1]]);
    expect([cu.columns.usTotal, cu.columns.cnTotal]).toEqual([1, 2]);
  });
});

// The figures the issue asks for, on the real dataset.
describe('China vs US on the real dataset', () => {
  const here = import.meta.url;
  const parsed = parseDataset(JSON.parse(readFileSync(new URL('../../../../public/data/dataset.json', here), 'utf8')));
  if (!parsed.ok) throw new Error('the real dataset does not parse');
  const real = buildDatasetIndex(parsed.data);

  it('as of the report (the default): o1 90 vs DeepSeek-R1 89, both measured; 1.5 months behind', () => {
    const cu = selectChinaUs(real, filters());
    expect([cu.all.gap.us?.rows.map((r) => r.model.name), cu.all.gap.us?.rows[0]?.score.status, cu.all.gap.cn?.rows[0]?.score.status]).toEqual([['o1'], 'measured', 'measured']);
    expect([cu.all.gap.us?.value, cu.all.gap.cn?.value, cu.all.gap.gap]).toEqual([90, 89, 1]);
    expect(cu.measured.gap.gap).toBe(1);
    expect(cu.all.monthsBehind).toMatchObject({ kind: 'behind', target: 89, months: 1.5 });
  });

  it('with estimates and later releases: o3 (an estimate) 94 vs DeepSeek-R1 89; measured only: o1 90 vs DeepSeek-R1 89; 1.5 months behind', () => {
    const cu = selectChinaUs(real, filters({ scope: 'all' }));
    expect(cu.all.gap.us?.rows.map((r) => r.model.name)).toEqual(['o3']);
    expect(cu.all.gap.us?.rows[0]?.score.status).toBe('estimate');
    expect([cu.all.gap.us?.value, cu.all.gap.cn?.value, cu.all.gap.gap]).toEqual([94, 89, 5]);
    expect([cu.measured.gap.us?.rows[0]?.model.name, cu.measured.gap.gap]).toEqual(['o1', 1]);
    expect(cu.all.monthsBehind).toMatchObject({ kind: 'behind', target: 89, months: 1.5 });
    if (cu.all.monthsBehind.kind === 'behind') expect([cu.all.monthsBehind.us.model.name, cu.all.monthsBehind.cn.model.name]).toEqual(['o1', 'DeepSeek-R1']);
    expect(cu.all.openLeader.best?.rows.map((r) => r.model.name)).toEqual(['DeepSeek-R1']);
  });

  it('with open weights only, China is ahead', () => {
    const cu = selectChinaUs(real, filters({ openWeights: 'open' }));
    expect([cu.all.gap.us?.value, cu.all.gap.cn?.value, cu.all.gap.gap]).toEqual([76, 89, -13]);
    expect(cu.all.monthsBehind).toMatchObject({ kind: 'china-ahead', target: 89 });
    expect(cu.all.openLeader.best?.rows[0]?.region).toBe('cn');
  });
});

describe('topOfSide', () => {
  it('ranks one side as ranking the whole side would, down to the cut, and counts every rated model', () => {
    const index = buildDatasetIndex(
      makeDataset({
        labs: LABS,
        models: [us('a', 90, '2024-01-01'), cn('x', 85, '2024-01-01'), us('b', 80, '2024-01-01'), us('c', 80, '2024-01-01'), us('d', 70, '2024-01-01'), us('e', 60, '2024-01-01')],
      }),
    );
    const rows = rowsInRankOrder(index.rows);
    for (const limit of [1, 2, 3, 4, 10]) {
      const whole = rankSortedRows(rows.filter((r) => r.region === 'us')).filter((r) => r.rank !== null && r.rank <= limit);
      const { top, rated } = topOfSide(rows, 'us', limit);
      expect(top).toEqual(whole);
      expect(rated).toBe(5);
    }
    expect(topOfSide(rows, 'cn', 10)).toEqual({ top: [{ row: rows.find((r) => r.model.id === 'x'), rank: 1, tied: false }], rated: 1 });
  });
});
