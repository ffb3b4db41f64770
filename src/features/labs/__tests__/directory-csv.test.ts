import { describe, expect, it } from 'vitest';
import { csvTable } from '../../../components/table/table-columns';
import { DIRECTORY_CSV_COLUMNS } from '../components/directory-csv';

describe('the directory CSV', () => {
  it('keeps its columns, in order', () => {
    expect(csvTable(DIRECTORY_CSV_COLUMNS, []).header).toEqual([
      'Lab',
      'Native name',
      'Country',
      'Kind',
      'Founded (first statement)',
      'Flagship',
      'Best index',
      'Best index model',
      'Best index status',
      'Models in dataset',
      'Open-weights models',
      'Models with known openness',
      'First reasoning model',
      'First reasoning model released',
    ]);
  });
});
