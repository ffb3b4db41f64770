import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeDataset, makeLab, makeModel, makeScore } from '../../test/fixtures/dataset';
import { buildDatasetIndex } from '../data/dataset-index';
import { parseDataset } from '../data/validate-dataset';
import { describeActiveFilters, diagnoseEmpty, explainEmpty } from './describe-filters';
import { activeFilterKeys, clearAllPatch, NO_FILTERS, withoutFilter, type RowFilters } from './filter-state';
import { applyFilters, countModelsByLab, inReleaseWindow, releaseWindowTest, searchMatcher } from './row-predicate';

const base: RowFilters = { ...NO_FILTERS, labs: [] };
const state = (patch: Partial<RowFilters>): RowFilters => ({ ...base, ...patch });

const index = buildDatasetIndex(
  makeDataset({
    labs: [
      makeLab('deepseek', { name: 'DeepSeek', country: 'CN', nativeName: '深度求索', aliases: ['深度求索'] }),
      makeLab('alibaba', { name: 'Alibaba', country: 'CN', kind: 'big-tech', aliases: ['通义千问', 'Qwen'] }),
      makeLab('openai', { name: 'OpenAI' }),
      makeLab('mistral', { name: 'Mistral AI', country: 'FR' }),
    ],
    models: [
      makeModel('deepseek-r1', 'deepseek', { name: 'DeepSeek-R1', releaseDate: '2025-01-20', openWeights: true, reasoning: true, scores: [makeScore(89)] }),
      makeModel('qwen2-5-max', 'alibaba', { name: 'Qwen2.5-Max', releaseDate: '2025-01-28', scores: [makeScore(79)] }),
      makeModel('o1', 'openai', { name: 'o1', releaseDate: '2024-12-05', reasoning: true, scores: [makeScore(90)] }),
      makeModel('mistral-large-2', 'mistral', { name: 'Mistral Large 2', releaseDate: '2024-07-24', openWeights: true, scores: [makeScore(74)] }),
      makeModel('step', 'alibaba', { name: 'Monthly model', releaseDate: '2025-01', openWeights: null, reasoning: null, scores: [] }),
      makeModel('undated', 'openai', { name: 'Undated model', releaseDate: null, scores: [] }),
    ],
  }),
);
const ids = (rows: { model: { id: string } }[]) => rows.map((r) => r.model.id);

describe('applyFilters', () => {
  it.each<[string, Partial<RowFilters>, string[]]>([
    ['no filter keeps every row in order', {}, ['deepseek-r1', 'qwen2-5-max', 'o1', 'mistral-large-2', 'step', 'undated']],
    ['region China', { region: 'cn' }, ['deepseek-r1', 'qwen2-5-max', 'step']],
    ['region US', { region: 'us' }, ['o1', 'undated']],
    ['region Other', { region: 'other' }, ['mistral-large-2']],
    ['one lab', { labs: ['alibaba'] }, ['qwen2-5-max', 'step']],
    ['two labs', { labs: ['alibaba', 'openai'] }, ['qwen2-5-max', 'o1', 'step', 'undated']],
    ['open weights (unknown left out)', { openWeights: 'open' }, ['deepseek-r1', 'mistral-large-2']],
    ['closed weights (unknown left out)', { openWeights: 'closed' }, ['qwen2-5-max', 'o1', 'undated']],
    ['reasoning', { reasoning: 'reasoning' }, ['deepseek-r1', 'o1']],
    ['non-reasoning (unknown left out)', { reasoning: 'non-reasoning' }, ['qwen2-5-max', 'mistral-large-2', 'undated']],
    ['from a day (inclusive; undated left out)', { from: '2025-01-20' }, ['deepseek-r1', 'qwen2-5-max', 'step']],
    ['to a day (inclusive)', { to: '2024-12-05' }, ['o1', 'mistral-large-2']],
    ['a month-only date overlapping the window counts', { from: '2025-01-25', to: '2025-02-10' }, ['qwen2-5-max', 'step']],
    ['an inverted window matches nothing', { from: '2025-02-01', to: '2024-01-01' }, []],
    ['search by model name, any case', { search: 'deepseek-r1' }, ['deepseek-r1']],
    ['search ignores spaces and hyphens', { search: 'deepseek r1' }, ['deepseek-r1']],
    ['search by lab alias finds every model of the lab', { search: '通义千问' }, ['qwen2-5-max', 'step']],
    ['search by lab native name', { search: '深度求索' }, ['deepseek-r1']],
    ['search with full-width letters', { search: 'ＭＩＳＴＲＡＬ' }, ['mistral-large-2']],
    ['search with nothing found', { search: 'zzz' }, []],
    ['filters combine', { region: 'cn', openWeights: 'open', reasoning: 'reasoning' }, ['deepseek-r1']],
  ])('%s', (_name, patch, expected) => {
    expect(ids(applyFilters(index.rows, state(patch)))).toEqual(expected);
  });

  it('can leave filters out (the China vs US readouts ignore the region)', () => {
    expect(ids(applyFilters(index.rows, state({ region: 'cn', openWeights: 'open' }), { except: ['region'] }))).toEqual([
      'deepseek-r1',
      'mistral-large-2',
    ]);
  });
});

describe('inReleaseWindow', () => {
  it.each<[string | null, string | null, string | null, boolean]>([
    ['2024-06', '2024-06-30', null, true],
    ['2024-06', '2024-07-01', null, false],
    ['2024', null, '2024-01-01', true],
    ['2025-01-20', '2025-01-20', '2025-01-20', true],
    [null, '2024-01-01', null, false],
    [null, null, null, true],
  ])('%s in [%s, %s] is %s', (date, from, to, expected) => {
    expect(inReleaseWindow(date, from, to)).toBe(expected);
  });
});

describe('countModelsByLab', () => {
  it('counts what each lab would show under every other filter', () => {
    const counts = countModelsByLab(index.rows, state({ labs: ['openai'], openWeights: 'closed' }));
    expect(Object.fromEntries(counts)).toEqual({ alibaba: 1, openai: 2 });
  });
});

describe('describeActiveFilters', () => {
  it('says what each active filter does, in a fixed order', () => {
    const active = describeActiveFilters(
      state({ search: ' qwen ', to: '2025-02-19', from: '2024-01-01', reasoning: 'non-reasoning', openWeights: 'open', labs: ['openai', 'alibaba'], region: 'cn' }),
      index,
    );
    expect(active.map((a) => [a.key, a.label])).toEqual([
      ['region', 'Region: China'],
      ['labs', 'Labs: Alibaba, OpenAI'],
      ['openWeights', 'Open weights only'],
      ['reasoning', 'Non-reasoning models only'],
      ['from', 'Released on or after 1 Jan 2024'],
      ['to', 'Released on or before 19 Feb 2025'],
      ['search', 'Search: “qwen”'],
    ]);
  });

  it('shortens a long list of labs', () => {
    const [labs] = describeActiveFilters(state({ labs: ['alibaba', 'deepseek', 'mistral', 'openai'] }), index);
    expect(labs?.label).toBe('Labs: Alibaba, DeepSeek, Mistral AI and 1 more');
  });

  it('treats a blank search as no filter', () => {
    expect(activeFilterKeys(state({ search: '   ' }))).toEqual([]);
  });
});

describe('explainEmpty', () => {
  it('is null when something is shown', () => {
    expect(explainEmpty(index.rows, state({ region: 'cn' }), index)).toBeNull();
  });

  it('names each filter whose removal brings rows back, with how many', () => {
    const why = explainEmpty(index.rows, state({ region: 'us', labs: ['alibaba'] }), index);
    expect(why?.culprits.map((c) => [c.label, c.wouldShow])).toEqual([
      ['Region: United States', 2],
      ['Lab: Alibaba', 2],
    ]);
    expect(why?.combination).toBe(false);
  });

  it('says when only removing several filters helps', () => {
    const why = explainEmpty(index.rows, state({ region: 'other', reasoning: 'reasoning', search: 'qwen' }), index);
    expect(why?.culprits).toEqual([]);
    expect(why?.combination).toBe(true);
    expect(why?.active).toHaveLength(3);
  });

  it('diagnoses any count (a chart counts its points), and lists the filters that alone would not help', () => {
    const f = state({ region: 'us', search: 'deepseek', openWeights: 'open' });
    const why = diagnoseEmpty(f, (g) => applyFilters(index.rows, g).length, index);
    expect(why.culprits.map((c) => [c.key, c.wouldShow])).toEqual([['region', 1]]);
    expect(why.stillEmpty.map((c) => c.key)).toEqual(['openWeights', 'search']);
    const onlyRegionCounts = diagnoseEmpty(f, (g) => (g.region === 'all' ? 5 : 0), index);
    expect(onlyRegionCounts.culprits.map((c) => [c.key, c.wouldShow])).toEqual([['region', 5]]);
    expect(onlyRegionCounts.stillEmpty.map((c) => c.key)).toEqual(['openWeights', 'search']);
  });
});

describe('clearing filters', () => {
  it('clears one filter and keeps the rest, and any other field of a larger state', () => {
    const s = { ...state({ region: 'cn', labs: ['deepseek'], from: '2024-01-01', to: '2024-12-31' }), mode: 'compare' };
    expect(withoutFilter(s, 'labs')).toEqual({ ...s, labs: [] });
    expect(withoutFilter(s, 'from')).toEqual({ ...s, from: null });
    expect(withoutFilter(s, 'region')).toEqual({ ...s, region: 'all' });
  });

  it('clears every filter', () => {
    expect(activeFilterKeys({ ...state({ region: 'us', search: 'x', to: '2024-01-01' }), ...clearAllPatch() })).toEqual([]);
  });
});

describe('releaseWindowTest', () => {
  it('keeps a model with no release date only when no bound is set', () => {
    const undated = { model: { releaseDate: null } } as Parameters<ReturnType<typeof releaseWindowTest>>[0];
    expect(releaseWindowTest({ from: null, to: null })(undated)).toBe(true);
    expect(releaseWindowTest({ from: null, to: '2030-01-01' })(undated)).toBe(false);
  });
});

// The search terms of the issue, against the real dataset: each must find the lab and its models.
describe('search on the real dataset', () => {
  const here = import.meta.url;
  const parsed = parseDataset(JSON.parse(readFileSync(new URL('../../public/data/dataset.json', here), 'utf8')));
  if (!parsed.ok) throw new Error('the real dataset does not parse');
  const real = buildDatasetIndex(parsed.data);

  it.each<[string, string, string[]]>([
    ['深度求索', 'DeepSeek', ['DeepSeek-R1', 'DeepSeek-V3']],
    ['通义千问', 'Alibaba', ['Qwen2.5-Max', 'QwQ-32B-Preview', 'Qwen2.5-72B-Instruct']],
    ['月之暗面', 'Moonshot AI', ['Kimi k1.5']],
    ['智谱', 'Zhipu AI', ['GLM-Zero-Preview']],
    ['阶跃星辰', 'StepFun', ['Step R-mini', 'Step-2-16K']],
    ['字节跳动', 'ByteDance', ['Doubao-1.5-pro']],
    ['豆包', 'ByteDance', ['Doubao-1.5-pro']],
    ['文心', 'Baidu', ['ERNIE 4.0 Turbo']],
    ['混元', 'Tencent', ['Hunyuan-Large']],
    ['百川', 'Baichuan', ['Baichuan-M1-preview']],
    ['kimi', 'Moonshot AI', ['Kimi k1.5']],
    ['glm', 'Zhipu AI', ['GLM-Zero-Preview']],
  ])('“%s” finds %s and %j, and nothing from other labs', (term, lab, models) => {
    const found = applyFilters(real.rows, { ...base, search: term });
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((r) => r.lab.name))).toEqual(new Set([lab]));
    const names = found.map((r) => r.model.name);
    for (const name of models) expect(names).toContain(name);
  });

  it('matches full-width input as ASCII', () => {
    const row = real.rowsById.get('deepseek-r1');
    expect(row && searchMatcher('ＤｅｅｐＳｅｅｋ')(row)).toBe(true);
  });

  it('one matcher, built once for a query, answers for every row', () => {
    const count = (query: string) => real.rows.filter(searchMatcher(query)).length;
    expect(count('')).toBe(real.rows.length);
    expect(count('  ')).toBe(real.rows.length);
    expect(count('no such model')).toBe(0);
    const deepseek = real.rows.filter((r) => r.lab.id === 'deepseek').length;
    expect(deepseek).toBeGreaterThan(1);
    // Spaces and case do not matter, and the lab's Chinese name finds its models.
    expect(count('deep seek')).toBe(deepseek);
    expect(count('深度求索')).toBe(deepseek);
    expect(real.rows.filter(searchMatcher('R-1')).map((r) => r.model.id)).toContain('deepseek-r1');
  });
});
