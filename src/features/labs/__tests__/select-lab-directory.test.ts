import { describe, expect, it } from 'vitest';
import { makeDataset, makeLab, makeModel, makeScore } from '../../../../test/fixtures/dataset';
import { buildDatasetIndex } from '../../../data/dataset-index';
import type { LabSortKey, SortDirection } from '../../../stores/filters/filters-url';
import { matchFlagship, selectLabDirectory, selectLabSummaries, sortLabSummaries, summarizeLab } from '../lib/select-lab-directory';

const founded = (date: string) => [{ text: date, date, sources: ['S1'], status: 'sourced' as const }];

const index = buildDatasetIndex(
  makeDataset({
    labs: [
      makeLab('alpha', { name: 'Alpha', country: 'CN', kind: 'startup', founded: founded('2023-05'), flagship: ['A2 (announced)', 'Alpha Chat'] }),
      makeLab('beta', { name: 'Beta', country: 'CN', kind: 'big-tech', founded: founded('1999') }),
      makeLab('gamma', { name: 'Gamma', country: 'US', kind: 'startup' }),
      makeLab('delta', { name: 'Delta', country: 'US', kind: 'big-tech', founded: founded('2015') }),
      makeLab('epsilon', { name: 'Epsilon', country: 'FR', kind: 'startup', founded: founded('2023-04') }),
    ],
    models: [
      makeModel('a1', 'alpha', { name: 'A1', releaseDate: '2024-01-01', openWeights: true, scores: [makeScore(80)] }),
      makeModel('a2', 'alpha', { name: 'A2', releaseDate: '2024-06-01', openWeights: null, reasoning: true, scores: [makeScore(85)] }),
      makeModel('a3', 'alpha', { name: 'A3', releaseDate: '2024-03-01', openWeights: false, reasoning: true, scores: [] }),
      makeModel('b1', 'beta', { name: 'B1', releaseDate: '2024-02-01', scores: [makeScore(85)] }),
      makeModel('c1', 'gamma', { name: 'C1', releaseDate: null, reasoning: true, scores: [] }),
      makeModel('d1', 'delta', { name: 'D1', releaseDate: '2024-05-01', scores: [makeScore(90)] }),
      makeModel('d2', 'delta', { name: 'D2', releaseDate: '2024-01-01', scores: [makeScore(70)] }),
    ],
  }),
);

const summaries = selectLabSummaries(index);
const byId = (id: string) => summaries.find((s) => s.lab.id === id)!;

describe('summarizeLab', () => {
  it('takes the best preferred index value, the first reasoning model and the founding date', () => {
    const alpha = byId('alpha');
    expect(alpha.models.map((r) => r.model.id)).toEqual(['a1', 'a3', 'a2']);
    expect(alpha.best?.model.id).toBe('a2');
    expect(alpha.firstReasoning?.model.id).toBe('a3');
    expect(alpha.foundedDate).toBe('2023-05');
    expect(alpha.region).toBe('cn');
  });

  it('counts the open-weights share over models whose openness is known, and says how many are unknown', () => {
    expect(byId('alpha').openWeights).toEqual({ open: 1, known: 2, unknown: 1 });
    expect(byId('epsilon').openWeights).toEqual({ open: 0, known: 0, unknown: 0 });
  });

  it('has no best value, no founding date and an undated first reasoning model when that is all there is', () => {
    const gamma = byId('gamma');
    expect(gamma.best).toBeNull();
    expect(gamma.foundedDate).toBeNull();
    expect(gamma.firstReasoning?.model.id).toBe('c1');
    expect(byId('delta').firstReasoning).toBeNull();
  });

  it('keeps the earlier model when two share the best value', () => {
    const tied = buildDatasetIndex(
      makeDataset({
        labs: [makeLab('t')],
        models: [
          makeModel('late', 't', { releaseDate: '2024-09-01', scores: [makeScore(85)] }),
          makeModel('early', 't', { releaseDate: '2024-02-01', scores: [makeScore(85)] }),
        ],
      }),
    );
    expect(summarizeLab(tied, tied.labsById.get('t')!).best?.model.id).toBe('early');
  });

  it('links flagship names to the models they name, ignoring a remark in brackets', () => {
    expect(byId('alpha').flagship).toEqual([
      { name: 'A2 (announced)', model: expect.objectContaining({ id: 'a2' }) },
      { name: 'Alpha Chat', model: null },
    ]);
    expect(matchFlagship('a1', byId('alpha').models)?.id).toBe('a1');
  });

  it('does not link a flagship name through a model alias', () => {
    const aliased = buildDatasetIndex(
      makeDataset({ labs: [makeLab('moon', { flagship: ['Kimi'] })], models: [makeModel('k15', 'moon', { name: 'Kimi k1.5', aliases: ['Kimi'] })] }),
    );
    expect(summarizeLab(aliased, aliased.labsById.get('moon')!).flagship).toEqual([{ name: 'Kimi', model: null }]);
  });
});

describe('sortLabSummaries', () => {
  it.each<[LabSortKey, SortDirection, string[]]>([
    ['index', 'desc', ['Delta', 'Alpha', 'Beta', 'Epsilon', 'Gamma']],
    ['index', 'asc', ['Alpha', 'Beta', 'Delta', 'Epsilon', 'Gamma']],
    ['founded', 'asc', ['Beta', 'Delta', 'Epsilon', 'Alpha', 'Gamma']],
    ['founded', 'desc', ['Alpha', 'Epsilon', 'Delta', 'Beta', 'Gamma']],
    ['models', 'desc', ['Alpha', 'Delta', 'Beta', 'Gamma', 'Epsilon']],
    ['models', 'asc', ['Epsilon', 'Beta', 'Gamma', 'Delta', 'Alpha']],
    ['name', 'asc', ['Alpha', 'Beta', 'Delta', 'Epsilon', 'Gamma']],
    ['name', 'desc', ['Gamma', 'Epsilon', 'Delta', 'Beta', 'Alpha']],
  ])('%s %s: unknown last, ties by name', (key, dir, expected) => {
    expect(sortLabSummaries(summaries, key, dir).map((s) => s.lab.name)).toEqual(expected);
  });

  it.each<[LabSortKey, string]>([
    ['index', 'Delta'],
    ['founded', 'Beta'],
    ['models', 'Alpha'],
    ['name', 'Alpha'],
  ])('%s sorts in its natural direction by default', (key, first) => {
    expect(sortLabSummaries(summaries, key)[0]?.lab.name).toBe(first);
  });
});

describe('selectLabDirectory', () => {
  it('groups by country (China, US, then others) and kind (big tech, start-ups), sorted inside each group', () => {
    const dir = selectLabDirectory(index, { region: 'all', labSort: 'index' });
    expect(dir.groups.map((g) => [g.country, g.kinds.map((k) => [k.kind, k.labs.map((s) => s.lab.id)])])).toEqual([
      ['CN', [['big-tech', ['beta']], ['startup', ['alpha']]]],
      ['US', [['big-tech', ['delta']], ['startup', ['gamma']]]],
      ['FR', [['startup', ['epsilon']]]],
    ]);
    expect(dir.labs.map((s) => s.lab.id)).toEqual(['beta', 'alpha', 'delta', 'gamma', 'epsilon']);
    expect([dir.shown, dir.total]).toEqual([5, 5]);
  });

  it.each([
    ['cn', ['beta', 'alpha']],
    ['us', ['delta', 'gamma']],
    ['other', ['epsilon']],
  ] as const)('applies the region filter %s', (region, ids) => {
    const dir = selectLabDirectory(index, { region, labSort: 'name' });
    expect(dir.labs.map((s) => s.lab.id)).toEqual(ids);
    expect(dir.shown).toBe(ids.length);
    expect(dir.total).toBe(5);
  });

  it.each<[LabSortKey, string[]]>([
    ['name', ['Alpha', 'Omega', 'Zeta']],
    ['index', ['Zeta', 'Alpha', 'Omega']],
    ['founded', ['Omega', 'Alpha', 'Zeta']],
    ['models', ['Omega', 'Alpha', 'Zeta']],
  ])('sorts the labs inside a group by %s', (labSort, names) => {
    const group = buildDatasetIndex(
      makeDataset({
        labs: [
          makeLab('alpha', { name: 'Alpha', country: 'CN', founded: founded('2023-05') }),
          makeLab('zeta', { name: 'Zeta', country: 'CN' }),
          makeLab('omega', { name: 'Omega', country: 'CN', founded: founded('2019') }),
        ],
        models: [
          makeModel('a', 'alpha', { scores: [makeScore(80)] }),
          makeModel('z', 'zeta', { scores: [makeScore(88)] }),
          makeModel('o1', 'omega', { scores: [] }),
          makeModel('o2', 'omega', { scores: [] }),
        ],
      }),
    );
    const dir = selectLabDirectory(group, { region: 'all', labSort });
    expect(dir.groups).toHaveLength(1);
    expect(dir.groups[0]?.kinds[0]?.labs.map((s) => s.lab.name)).toEqual(names);
  });

  it('is empty, not broken, when the region filter leaves no lab', () => {
    const onlyUs = buildDatasetIndex(makeDataset({ labs: [makeLab('openai')], models: [makeModel('m', 'openai')] }));
    const dir = selectLabDirectory(onlyUs, { region: 'cn', labSort: 'name' });
    expect(dir).toEqual({ groups: [], labs: [], shown: 0, total: 1 });
  });
});
