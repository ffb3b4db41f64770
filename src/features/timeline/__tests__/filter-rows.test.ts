import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../data/dataset-index';
import { makeDataset, makeLab, makeModel, makeScore } from '../../../../test/fixtures/dataset';
import { applyFilters } from '../../../components/filters/filter-rows';
import { activeFilters, applyRowFilters, diagnoseFilters, releaseWindowTest, type ReleaseWindow, type RowFilters } from '../lib/filter-rows';

const NONE: RowFilters & ReleaseWindow = { region: 'all', labs: [], openWeights: 'any', reasoning: 'any', search: '', from: null, to: null };

const index = buildDatasetIndex(
  makeDataset({
    labs: [
      makeLab('deepseek', { name: 'DeepSeek', country: 'CN', nativeName: '深度求索' }),
      makeLab('openai', { name: 'OpenAI' }),
      makeLab('mistral', { name: 'Mistral AI', country: 'FR' }),
      makeLab('baidu', { name: 'Baidu', country: 'CN', aliases: ['百度'] }),
    ],
    models: [
      makeModel('deepseek-r1', 'deepseek', { name: 'DeepSeek-R1', releaseDate: '2025-01-20', openWeights: true, reasoning: true, scores: [makeScore(89)] }),
      makeModel('o1', 'openai', { name: 'o1', releaseDate: '2024-12-05', reasoning: true, aliases: ['o1-2024-12-17'], scores: [makeScore(90)] }),
      makeModel('mistral-large-2', 'mistral', { name: 'Mistral Large 2', releaseDate: '2024-07-24', openWeights: true, scores: [makeScore(74)] }),
      makeModel('ernie', 'baidu', { name: 'ERNIE 4.0 Turbo', releaseDate: '2024-06', openWeights: null, reasoning: null, scores: [makeScore(76)] }),
      makeModel('undated', 'baidu', { name: 'Undated', releaseDate: null }),
    ],
  }),
);
// The timeline applies the shared filters: every filter, with the window, as everywhere else.
const ids = (f: RowFilters & ReleaseWindow) => applyFilters(index.rows, f).map((r) => r.model.id);

describe('the shared filters on the timeline’s rows', () => {
  it.each<[string, Partial<RowFilters & ReleaseWindow>, string[]]>([
    ['no filter keeps every row', {}, ['deepseek-r1', 'o1', 'mistral-large-2', 'ernie', 'undated']],
    ['region China', { region: 'cn' }, ['deepseek-r1', 'ernie', 'undated']],
    ['region other', { region: 'other' }, ['mistral-large-2']],
    ['labs', { labs: ['openai', 'mistral'] }, ['o1', 'mistral-large-2']],
    ['open weights: unknown openness does not match', { openWeights: 'open' }, ['deepseek-r1', 'mistral-large-2']],
    ['proprietary', { openWeights: 'closed' }, ['o1', 'undated']],
    ['reasoning', { reasoning: 'reasoning' }, ['deepseek-r1', 'o1']],
    ['non-reasoning: unknown does not match', { reasoning: 'non-reasoning' }, ['mistral-large-2', 'undated']],
    ['search on a model name, any case', { search: 'deepSEEK' }, ['deepseek-r1']],
    ['search on a model alias', { search: '2024-12-17' }, ['o1']],
    ['search on a lab native name', { search: '深度' }, ['deepseek-r1']],
    ['search on a lab alias', { search: '百度' }, ['ernie', 'undated']],
    ['search with full-width letters', { search: 'ＭＩＳＴＲＡＬ' }, ['mistral-large-2']],
    ['window from a day: undated rows drop out', { from: '2024-12-05' }, ['deepseek-r1', 'o1']],
    ['window to a day, inclusive', { to: '2024-12-05' }, ['o1', 'mistral-large-2', 'ernie']],
    ['a month date counts when its month overlaps the window (the shared rule)', { from: '2024-06-10' }, ['deepseek-r1', 'o1', 'mistral-large-2', 'ernie']],
    ['a month date ending before the window is out', { from: '2024-07-01' }, ['deepseek-r1', 'o1', 'mistral-large-2']],
    ['a month date inside a window that covers its month', { from: '2024-06-01', to: '2024-06-30' }, ['ernie']],
    ['filters combine', { region: 'cn', reasoning: 'reasoning', from: '2025-01-01' }, ['deepseek-r1']],
  ])('%s', (_name, patch, expected) => {
    expect(ids({ ...NONE, ...patch })).toEqual(expected);
  });
});

describe('releaseWindowTest', () => {
  it('keeps a model with no release date only when no bound is set', () => {
    const undated = index.rowsById.get('undated')!;
    expect(releaseWindowTest({ from: null, to: null })(undated)).toBe(true);
    expect(releaseWindowTest({ from: null, to: '2030-01-01' })(undated)).toBe(false);
  });
});

describe('applyRowFilters', () => {
  it('applies every filter but the window (the frontier counts models before it)', () => {
    const { from: _from, to: _to, ...rest } = NONE;
    expect(applyRowFilters(index.rows, { ...rest, region: 'cn' }).map((r) => r.model.id)).toEqual(['deepseek-r1', 'ernie', 'undated']);
  });
});

describe('activeFilters and diagnoseFilters', () => {
  it('lists active filters in a fixed order', () => {
    expect(activeFilters({ ...NONE, search: 'x', region: 'cn', to: '2024-01-01' })).toEqual(['region', 'search', 'window']);
    expect(activeFilters(NONE)).toEqual([]);
  });

  it('says what removing each filter would bring back', () => {
    const f = { ...NONE, region: 'us' as const, search: 'deepseek' };
    expect(ids(f)).toEqual([]);
    const count = (g: RowFilters & ReleaseWindow) => applyFilters(index.rows, g).length;
    expect(diagnoseFilters(f, count)).toEqual([
      { key: 'region', countWithout: 1 },
      { key: 'search', countWithout: 1 },
    ]);
  });
});
