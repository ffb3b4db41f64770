import { describe, expect, it } from 'vitest';
import { makeDataset, makeLab, makeModel, makeScore } from '../../../../test/fixtures/dataset';
import { buildDatasetIndex } from '../../../data/dataset-index';
import { DEFAULT_FILTERS, type FilterState, type LeaderboardSortKey, type SortDirection } from '../../../stores/filters/filters-url';
import { rankRows, rankSortedRows, rowsInRankOrder, selectLeaderboard, selectRanking, sortRows } from './select-leaderboard';

const index = buildDatasetIndex(
  makeDataset({
    labs: [makeLab('alpha', { name: 'Alpha', country: 'CN' }), makeLab('beta', { name: 'Beta' }), makeLab('gamma', { name: 'Gamma', country: 'FR' })],
    models: [
      makeModel('a', 'alpha', { name: 'A', releaseDate: '2024-03-01', openWeights: true, reasoning: true, scores: [makeScore(80)] }),
      makeModel('b', 'beta', { name: 'B', releaseDate: '2024-01-01', openWeights: false, reasoning: false, scores: [makeScore(90)] }),
      makeModel('c', 'gamma', { name: 'C', releaseDate: '2024-02-01', openWeights: null, reasoning: null, scores: [makeScore(80)] }),
      makeModel('d', 'alpha', { name: 'D', releaseDate: null, openWeights: true, reasoning: false, scores: [makeScore(70)] }),
      makeModel('e', 'beta', { name: 'E', releaseDate: '2024-05-01', openWeights: false, reasoning: true, scores: [] }),
      makeModel('f', 'gamma', { name: 'F', releaseDate: '2023-12-01', openWeights: true, reasoning: false, scores: [makeScore(80, { preferred: false })] }),
    ],
  }),
);

const view = (patch: Partial<FilterState> = {}): FilterState => ({ ...DEFAULT_FILTERS, ...patch });

describe('rankRows', () => {
  it('ranks by value with shared ranks for ties (1, 2, 2, 4) and leaves unrated rows unranked, last', () => {
    const ranked = rankRows(index.rows);
    expect(ranked.map((r) => [r.row.model.id, r.rank, r.tied])).toEqual([
      ['b', 1, false],
      ['a', 2, true],
      ['c', 2, true],
      ['d', 4, false],
      ['e', null, false],
      ['f', null, false],
    ]);
  });

  it('ranks rows already in rank order without sorting them, to the same result', () => {
    expect(rankSortedRows(rowsInRankOrder(index.rows))).toEqual(rankRows([...index.rows].reverse()));
  });

  it('never ranks a model whose only value is not the preferred one', () => {
    expect(rankRows(index.rows).find((r) => r.row.model.id === 'f')?.rank).toBeNull();
  });
});

describe('sortRows', () => {
  const ranked = rankRows(index.rows);
  it.each<[LeaderboardSortKey, SortDirection, string[]]>([
    ['index', 'desc', ['b', 'a', 'c', 'd', 'e', 'f']],
    ['index', 'asc', ['d', 'a', 'c', 'b', 'e', 'f']],
    ['rank', 'asc', ['b', 'a', 'c', 'd', 'e', 'f']],
    ['rank', 'desc', ['d', 'a', 'c', 'b', 'e', 'f']],
    ['model', 'asc', ['a', 'b', 'c', 'd', 'e', 'f']],
    ['model', 'desc', ['f', 'e', 'd', 'c', 'b', 'a']],
    ['lab', 'asc', ['a', 'd', 'b', 'e', 'c', 'f']],
    ['country', 'asc', ['a', 'd', 'c', 'f', 'b', 'e']],
    ['release', 'desc', ['e', 'a', 'c', 'b', 'f', 'd']],
    ['release', 'asc', ['f', 'b', 'c', 'a', 'e', 'd']],
    ['open', 'desc', ['a', 'd', 'f', 'b', 'e', 'c']],
    ['open', 'asc', ['b', 'e', 'a', 'd', 'f', 'c']],
    ['reasoning', 'desc', ['a', 'e', 'b', 'd', 'f', 'c']],
  ])('by %s %s (unknown last either way; ties by rank, then name)', (key, dir, expected) => {
    expect(sortRows(ranked, { key, dir }).map((r) => r.row.model.id)).toEqual(expected);
  });
});

describe('selectLeaderboard', () => {
  it('ranks among the models shown, so a filter re-ranks', () => {
    const lb = selectLeaderboard(index, view({ region: 'cn' }));
    expect(lb.rows.map((r) => [r.row.model.id, r.rank])).toEqual([
      ['a', 1],
      ['d', 2],
    ]);
    expect([lb.total, lb.rated, lb.notRated]).toEqual([6, 2, 0]);
  });

  it('keeps the chart order (best first) whatever the table sort', () => {
    const lb = selectLeaderboard(index, view({ sort: { key: 'model', dir: 'desc' } }));
    expect(lb.ranked.map((r) => r.row.model.id)).toEqual(['b', 'a', 'c', 'd']);
    expect(lb.rows[0]?.row.model.id).toBe('f');
    expect([lb.rated, lb.notRated]).toEqual([4, 2]);
  });
});

describe('sortRows on the default order', () => {
  it.each([view(), view({ region: 'cn' }), view({ search: 'a' })])('returns what the full sort returns (%#)', (filters) => {
    const { all } = selectRanking(index, filters);
    for (const sort of [{ key: 'rank', dir: 'asc' }, { key: 'index', dir: 'desc' }] as const) {
      expect(sortRows(all, sort)).toEqual(sortRows([...all], sort));
      expect(sortRows(all, sort)).not.toBe(all);
    }
  });
});

describe('sorting by the model fields', () => {
  const price = (input: number | null, output: number | null) => ({ inputUsdPerM: input, outputUsdPerM: output, asOf: '2025-02', provider: 'API', basis: 'first-party' as const, status: 'secondary' as const, sources: [] });
  const index = buildDatasetIndex(
    makeDataset({
      labs: [makeLab('lab')],
      models: [
        makeModel('cheap', 'lab', { price: price(0.1, 0.2), context: { tokens: 32000, apiTokens: null, status: 'secondary', sources: [] } }),
        makeModel('dear', 'lab', { price: price(10, 30), context: { tokens: 128000, apiTokens: null, status: 'secondary', sources: [] } }),
        makeModel('input-only', 'lab', { price: price(1, null) }),
      ],
    }),
  );
  const ids = (key: 'price' | 'context', dir: 'asc' | 'desc') => selectLeaderboard(index, { ...DEFAULT_FILTERS, sort: { key, dir } }).rows.map((r) => r.row.model.id);
  it.each([
    ['price', 'asc', ['cheap', 'dear', 'input-only']],
    ['price', 'desc', ['dear', 'cheap', 'input-only']],
    ['context', 'desc', ['dear', 'cheap', 'input-only']],
  ] as const)('%s %s: unknown last in both directions', (key, dir, expected) => {
    expect(ids(key, dir)).toEqual(expected);
  });
});
