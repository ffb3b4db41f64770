import { describe, expect, it } from 'vitest';
import { csvTable } from '../../../components/table/table-columns';
import { drawOrder, leaderboardColumns, visibleColumns } from './leaderboard-columns';

describe('the leaderboard columns', () => {
  const columns = leaderboardColumns(() => {});
  it('are drawn with the index right after the model (a phone shows it beside the name), the rest in the CSV order', () => {
    const drawn = drawOrder(visibleColumns(columns, ['price'])).filter((c) => c.cell);
    expect(drawn.map((c) => c.id)).toEqual(['rank', 'model', 'index', 'lab', 'country', 'release', 'open', 'reasoning', 'price']);
    expect(drawOrder([{ id: 'a' }, { id: 'b' }]).map((c) => c.id)).toEqual(['a', 'b']);
  });
  it('draw the sortable columns and write the CSV columns, in order', () => {
    expect(columns.filter((c) => c.cell).map((c) => c.id)).toEqual(['rank', 'model', 'lab', 'country', 'release', 'index', 'open', 'reasoning', 'price', 'params', 'context', 'licence']);
    expect(csvTable(columns, []).header).toEqual([
      'Rank',
      'Model',
      'Lab',
      'Country',
      'Released',
      'Index',
      'Status',
      'Also stated',
      'Open weights',
      'Reasoning',
      'Blended price USD/M (3:1)',
      'Input USD/M',
      'Output USD/M',
      'Price as of',
      'Parameters total (B)',
      'Parameters active (B)',
      'Context window (tokens)',
      'Licence',
      'Released after the report',
      'Sources',
    ]);
  });
  it.each([
    [[], []],
    [['price'], ['price']],
    [['licence', 'params'], ['params', 'licence']],
  ] as const)('shown %j draws the optional columns %j (the CSV keeps every column)', (shown, drawn) => {
    const optional = new Set(['price', 'params', 'context', 'licence']);
    expect(visibleColumns(columns, shown).filter((c) => c.cell && optional.has(c.id)).map((c) => c.id)).toEqual(drawn);
  });
});
