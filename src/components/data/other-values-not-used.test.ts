import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../data/dataset-index';
import { makeDataset, makeLab, makeModel, makeScore } from '../../../test/fixtures/dataset';
import { otherValuesNotUsed } from './other-values-not-used';

const index = buildDatasetIndex(
  makeDataset({
    labs: [makeLab('lab')],
    models: [
      makeModel('rated', 'lab', { scores: [makeScore(90)] }),
      makeModel('unused', 'lab', { scores: [makeScore(94, { status: 'estimate', preferred: false }), makeScore(81, { status: 'as-stated', preferred: false })] }),
      makeModel('none', 'lab', { scores: [] }),
    ],
  }),
);
const row = (id: string) => index.rowsById.get(id)!;

describe('otherValuesNotUsed', () => {
  it('names each stated value that is not used, with its status and the estimate mark', () => {
    expect(otherValuesNotUsed(row('unused'))).toBe('(an estimate of 94+ is stated; a write-up states 81; not used, see the model’s details)');
  });
  it('says nothing for a model with a used value, or with no value at all', () => {
    expect(otherValuesNotUsed(row('rated'))).toBeNull();
    expect(otherValuesNotUsed(row('none'))).toBeNull();
  });
});
