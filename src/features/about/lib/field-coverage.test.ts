import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../data/validate-dataset';
import { fieldCoverage } from './field-coverage';

describe('fieldCoverage', () => {
  it('counts the real dataset’s fields as the data half reported them', () => {
    const result = parseDataset(JSON.parse(readFileSync('public/data/dataset.json', 'utf8')));
    if (!result.ok) throw new Error('the real dataset does not parse');
    expect(fieldCoverage(result.data.models)).toEqual({ price: 21, inputOnly: 12, params: 19, context: 39, licence: 19 });
  });
});
