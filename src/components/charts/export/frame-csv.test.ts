import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../data/dataset-index';
import { makeDataset } from '../../../../test/fixtures/dataset';
import { messages } from '../../../messages';
import { frameCsv as build } from './frame-csv';

const frameCsv = (input: Parameters<typeof build>[0], i: typeof index) => build(input, i, messages.common.status);

const index = buildDatasetIndex(makeDataset());

describe('frameCsv', () => {
  it('writes exactly the rows shown, then the provenance of the model each row stands for', () => {
    const lines = frameCsv({ header: ['Model', 'Index'], rows: [['DeepSeek-R1', 89], ['Nobody', null]], modelIds: ['deepseek-r1', null] }, index)
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('Model,Index,Index status,Index scale,Source ids,Source URLs,Release date');
    expect(lines[1]).toMatch(/^DeepSeek-R1,89,measured,"AA index \(pre-v2, early Feb 2025\)",S6,.*,2025-01-20$/);
    // A row that stands for no model keeps its provenance empty: unknown, never made up.
    expect(lines[2]).toBe('Nobody,,,,,,');
    expect(lines).toHaveLength(3);
  });

  it('adds no provenance to rows that are not models (e.g. counts per quarter)', () => {
    expect(frameCsv({ header: ['Quarter', 'Models'], rows: [['2025 Q1', 4]] }, index)).toBe('Quarter,Models\r\n2025 Q1,4\r\n');
  });
});
