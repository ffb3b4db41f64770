import { describe, expect, it } from 'vitest';
import { ariaSort, columnsToCsv, csvTable, nextSort, sortRows, type TableColumn } from './table-columns';

interface Item {
  name: string;
  score: number | null;
}
const items: Item[] = [
  { name: 'b', score: 2 },
  { name: 'a', score: null },
  { name: 'c', score: 2 },
  { name: 'd', score: 9 },
];
const columns: TableColumn<Item>[] = [
  { id: 'name', header: 'Name', cell: (r) => r.name, sortValue: (r) => r.name, csv: (r) => r.name },
  { id: 'score', header: 'Score', numeric: true, cell: (r) => r.score, sortValue: (r) => r.score, csv: (r) => r.score },
  { id: 'note', header: 'Note', csvHeader: 'Notes', csv: () => 'x, y' },
  { id: 'drawn', header: 'Drawn only', cell: () => '' },
];
const names = (rows: readonly Item[]) => rows.map((r) => r.name).join('');

describe('sortRows', () => {
  it.each([
    [{ id: 'name', dir: 'asc' as const }, 'abcd'],
    [{ id: 'name', dir: 'desc' as const }, 'dcba'],
    // Ties keep their order; unknown is last in both directions.
    [{ id: 'score', dir: 'asc' as const }, 'bcda'],
    [{ id: 'score', dir: 'desc' as const }, 'dbca'],
  ])('%o gives %s', (sort, expected) => {
    expect(names(sortRows(items, columns, sort))).toBe(expected);
  });

  it('keeps the given order without a sort or for a column that cannot sort', () => {
    expect(names(sortRows(items, columns, null))).toBe('bacd');
    expect(names(sortRows(items, columns, { id: 'note', dir: 'asc' }))).toBe('bacd');
  });
});

describe('nextSort and ariaSort', () => {
  it('starts a new column in its first direction and flips the same column', () => {
    expect(nextSort(null, 'name')).toEqual({ id: 'name', dir: 'asc' });
    expect(nextSort({ id: 'name', dir: 'asc' }, 'score', 'desc')).toEqual({ id: 'score', dir: 'desc' });
    expect(nextSort({ id: 'name', dir: 'asc' }, 'name')).toEqual({ id: 'name', dir: 'desc' });
  });
  it('names the sorted column only', () => {
    expect(ariaSort({ id: 'name', dir: 'desc' }, 'name')).toBe('descending');
    expect(ariaSort({ id: 'name', dir: 'asc' }, 'name')).toBe('ascending');
    expect(ariaSort({ id: 'name', dir: 'asc' }, 'score')).toBeUndefined();
    expect(ariaSort(null, 'score')).toBeUndefined();
  });
});

describe('CSV from columns', () => {
  it('writes the columns that have a CSV value, with their CSV headers; unknown is an empty cell, never 0', () => {
    expect(csvTable(columns, items.slice(0, 2))).toEqual({
      header: ['Name', 'Score', 'Notes'],
      rows: [
        ['b', 2, 'x, y'],
        ['a', null, 'x, y'],
      ],
    });
    expect(columnsToCsv(columns, items.slice(1, 2))).toBe('Name,Score,Notes\r\na,,"x, y"\r\n');
  });
});
