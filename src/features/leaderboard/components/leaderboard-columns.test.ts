import { describe, expect, it } from 'vitest';
import { csvTable } from '../../../components/table/table-columns';
import { leaderboardColumns } from './leaderboard-columns';

describe('the leaderboard columns', () => {
  const columns = leaderboardColumns(() => {});
  it('draw the sortable columns and write the CSV columns, in order', () => {
    expect(columns.filter((c) => c.cell).map((c) => c.id)).toEqual(['rank', 'model', 'lab', 'country', 'release', 'index', 'open', 'reasoning']);
    expect(csvTable(columns, []).header).toEqual(['Rank', 'Model', 'Lab', 'Country', 'Released', 'Index', 'Status', 'Also stated', 'Open weights', 'Reasoning', 'Released after the report', 'Sources']);
  });
});
