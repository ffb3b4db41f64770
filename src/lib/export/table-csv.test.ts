import { describe, expect, it } from 'vitest';
import { csvFileBlob, tableCsv, UTF8_BOM, type CsvColumn } from './table-csv';

interface Row {
  name: string;
  score: number | null;
  sources: string[];
}
const columns: CsvColumn<Row>[] = [
  { header: 'Model', value: (r) => r.name },
  { header: 'Index', value: (r) => r.score },
  { header: 'Sources', value: (r) => r.sources.join(' ') },
];
const rows: Row[] = [
  { name: '通义千问 Qwen2.5-Max', score: 79, sources: ['S1', 'S6'] },
  { name: 'Model "X", beta', score: null, sources: [] },
  { name: '=HYPERLINK("x")', score: 0, sources: ['S2'] },
];

describe('tableCsv', () => {
  it('writes a header line and one line per row in order; unknown is empty, 0 stays 0', () => {
    const csv = tableCsv(columns, rows);
    expect(csv.split('\r\n')).toEqual([
      'Model,Index,Sources',
      '通义千问 Qwen2.5-Max,79,S1 S6',
      '"Model ""X"", beta",,',
      `"'=HYPERLINK(""x"")",0,S2`,
      '',
    ]);
  });

  it('an empty selection is just the header', () => {
    expect(tableCsv(columns, [])).toBe('Model,Index,Sources\r\n');
  });
});

describe('csvFileBlob', () => {
  it('is UTF-8 with a byte-order mark, and the names survive', async () => {
    const blob = csvFileBlob(tableCsv(columns, rows));
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(text).toContain('通义千问 Qwen2.5-Max');
  });
});
