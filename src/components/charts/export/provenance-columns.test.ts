import { describe, expect, it } from 'vitest';
import { buildDatasetIndex, type ModelRow } from '../../../data/dataset-index';
import { tableCsv, type CsvColumn } from '../../../lib/export/table-csv';
import { makeDataset } from '../../../../test/fixtures/dataset';
import { messages } from '../../../messages';
import { provenanceColumns } from './provenance-columns';

const index = buildDatasetIndex(makeDataset());
const columns: CsvColumn<ModelRow>[] = [
  { header: 'Model', value: (r) => r.model.name },
  { header: 'Index', value: (r) => r.score?.value ?? null },
  ...provenanceColumns((r: ModelRow) => r, { sourcesById: index.sourcesById, scales: index.data.scales, statusWords: messages.common.status }),
];

describe('provenanceColumns', () => {
  it('adds status, scale, source ids and URLs and the release date to exactly the rows given', () => {
    const shown = ['deepseek-r1', 'o1', 'pangu'].map((id) => index.rowsById.get(id)!);
    const lines = tableCsv(columns, shown).trimEnd().split('\r\n');
    expect(lines).toEqual([
      'Model,Index,Index status,Index scale,Source ids,Source URLs,Release date',
      'DeepSeek-R1,89,measured,"AA index (pre-v2, early Feb 2025)",S6,,2025-01-20',
      'o1,90,measured,"AA index (pre-v2, early Feb 2025)",S6,,2024-12-05',
      // Not rated and no release date: empty cells (unknown), never 0.
      'Unscored model,,,,,,',
    ]);
  });

  it('lists the URL of every source that has one', () => {
    const row = { ...index.rowsById.get('deepseek-r1')!, score: { ...index.rowsById.get('deepseek-r1')!.score!, sources: ['S1', 'S6', 'S404'] } };
    const line = tableCsv(columns, [row]).split('\r\n')[1];
    expect(line).toContain('S1 S6 S404,https://example.org/s1,');
  });
});
