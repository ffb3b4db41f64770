import { describe, expect, it } from 'vitest';
import { makeDataset, makeModel, makeScore } from '../../../../test/fixtures/dataset';
import { buildDatasetIndex } from '../../../data/dataset-index';
import { selectModelDetail } from './select-model-detail';

const index = buildDatasetIndex(
  makeDataset({
    models: [
      makeModel('top', 'openai', { scores: [makeScore(90), makeScore(94, { status: 'as-stated', preferred: false, sources: ['S1'] })] }),
      makeModel('a', 'deepseek', { scores: [makeScore(89)] }),
      makeModel('b', 'alibaba', { scores: [makeScore(89)] }),
      makeModel('c', 'alibaba', { scores: [makeScore(80)] }),
      makeModel('stated-only', 'alibaba', { scores: [makeScore(84, { status: 'as-stated', preferred: false })] }),
      makeModel('none', 'alibaba', { scores: [] }),
    ],
  }),
);

describe('selectModelDetail', () => {
  it('is null for an unknown model', () => {
    expect(selectModelDetail(index, 'nope')).toBeNull();
  });

  it.each([
    ['top', { rank: 1, tied: false, of: 4 }],
    ['a', { rank: 2, tied: true, of: 4 }],
    ['b', { rank: 2, tied: true, of: 4 }],
    ['c', { rank: 4, tied: false, of: 4 }],
    ['stated-only', null],
    ['none', null],
  ])('ranks %s among every rated model in the dataset', (id, rank) => {
    expect(selectModelDetail(index, id)?.overallRank).toEqual(rank);
  });

  it('lists the used record first and keeps conflicting values side by side', () => {
    const d = selectModelDetail(index, 'top');
    expect(d?.records.map((r) => [r.score.value, r.used, r.primary])).toEqual([
      [90, true, true],
      [94, false, true],
    ]);
    expect(d?.conflict?.used?.value).toBe(90);
    expect(d?.conflict?.others.map((s) => s.value)).toEqual([94]);
  });

  it('shows a stated value that is not used as a conflict with no used value', () => {
    const d = selectModelDetail(index, 'stated-only');
    expect(d?.conflict).toMatchObject({ used: null, others: [{ value: 84 }] });
  });

  it('has no conflict when the sources agree or give nothing', () => {
    expect(selectModelDetail(index, 'c')?.conflict).toBeNull();
    expect(selectModelDetail(index, 'none')?.records).toEqual([]);
  });
});
