import { describe, expect, it } from 'vitest';
import { makeDataset, makeLab, makeModel, makeScore } from '../../../../test/fixtures/dataset';
import { buildDatasetIndex } from '../../../data/dataset-index';
import type { Statement } from '../../../data/dataset.schema';
import { indexDomain, timeDomain } from '../../../lib/chart-domains';
import { selectLabComparison } from '../lib/select-lab-comparison';
import { selectLabProfile } from '../lib/select-lab-profile';

const st = (text: string, date?: string): Statement => ({ text, ...(date ? { date } : {}), sources: ['S1'], status: 'sourced' });

const data = makeDataset({
  labs: [
    makeLab('deepseek', { name: 'DeepSeek', country: 'CN', founded: [st('May 2023', '2023-05'), st('15 July 2023', '2023-07-15')], hq: [st('Hangzhou')] }),
    makeLab('moonshot', { name: 'Moonshot AI', country: 'CN', hq: [st('Beijing'), st('Shanghai')] }),
    makeLab('alibaba', { name: 'Alibaba', country: 'CN', kind: 'big-tech' }),
    makeLab('huawei', { name: 'Huawei', country: 'CN', kind: 'big-tech' }),
    makeLab('openai', { name: 'OpenAI' }),
    makeLab('mistral', { name: 'Mistral AI', country: 'FR' }),
    makeLab('cohere', { name: 'Cohere', country: 'CA' }),
  ],
  models: [
    makeModel('v3', 'deepseek', { name: 'DeepSeek-V3', releaseDate: '2024-12-26', scores: [makeScore(80)] }),
    makeModel('r1', 'deepseek', { name: 'DeepSeek-R1', releaseDate: '2025-01-20', scores: [makeScore(89)] }),
    makeModel('llm67', 'deepseek', { name: 'DeepSeek LLM 67B', releaseDate: null, scores: [makeScore(47)] }),
    makeModel('kimi', 'moonshot', { name: 'Kimi k1.5', releaseDate: '2025-01-20', scores: [makeScore(87, { status: 'as-stated' })] }),
    makeModel('qwen', 'alibaba', { name: 'Qwen2.5-72B', releaseDate: '2024-09-19', scores: [makeScore(78)] }),
    makeModel('qwen-max', 'alibaba', { name: 'Qwen2.5-Max', releaseDate: '2025-01-28', scores: [makeScore(79), makeScore(82, { status: 'as-stated', preferred: false })] }),
    makeModel('qwq', 'alibaba', { name: 'QwQ-32B', releaseDate: '2025-03-05', scores: [] }),
    makeModel('pangu', 'huawei', { name: 'PanGu', releaseDate: null, scores: [] }),
    makeModel('o1', 'openai', { name: 'o1', releaseDate: '2024-12-05', scores: [makeScore(90)] }),
    makeModel('o3', 'openai', { name: 'o3', releaseDate: '2025-04-16', scores: [makeScore(94, { status: 'estimate' })] }),
    makeModel('large2', 'mistral', { name: 'Mistral Large 2', releaseDate: '2024-07-24', scores: [makeScore(74)] }),
    makeModel('cmd', 'cohere', { name: 'Command R+', releaseDate: '2024-08-30', scores: [makeScore(55)] }),
  ],
});
const index = buildDatasetIndex(data);
const profile = (id: string) => selectLabProfile(index, id)!;

describe('selectLabProfile', () => {
  it('returns null for an unknown lab', () => {
    expect(selectLabProfile(index, 'no-such-lab')).toBeNull();
  });

  it('plots dated, scored models and lists the others with the reason', () => {
    const { chart } = profile('deepseek');
    expect(chart.points.map((p) => [p.name, p.value])).toEqual([
      ['DeepSeek-V3', 80],
      ['DeepSeek-R1', 89],
    ]);
    expect(chart.unplotted.map((u) => [u.row.model.id, u.notRated, u.dateUnknown])).toEqual([['llm67', false, true]]);
    expect(chart.best?.name).toBe('DeepSeek-R1');
    expect(chart.points.filter((p) => p.isBest).map((p) => p.name)).toEqual(['DeepSeek-R1']);
    expect(chart.first?.name).toBe('DeepSeek-V3');
  });

  it('marks later releases, keeps conflicting values beside the preferred one, and knows the precision', () => {
    const openai = profile('openai').chart;
    expect(openai.points.map((p) => [p.name, p.afterReport, p.status])).toEqual([
      ['o1', false, 'measured'],
      ['o3', true, 'estimate'],
    ]);
    const alibaba = profile('alibaba').chart;
    expect(alibaba.points.find((p) => p.name === 'Qwen2.5-Max')?.otherValues).toEqual([82]);
    expect(alibaba.unplotted.map((u) => [u.row.model.name, u.notRated, u.dateUnknown])).toEqual([['QwQ-32B', true, false]]);
  });

  it('draws its country frontier, carried to the end of the shared time axis', () => {
    const { chart } = profile('alibaba');
    expect(chart.frontierScope).toEqual({ kind: 'region', region: 'cn' });
    expect(chart.frontier.map((f) => [f.modelName, f.value])).toEqual([
      ['Qwen2.5-72B', 78],
      ['DeepSeek-V3', 80],
      ['DeepSeek-R1', 89],
      [null, 89],
    ]);
    expect(chart.frontier.at(-1)?.time).toBe(chart.xDomain[1]);
  });

  it('uses the same axes as the frontier chart (later releases included)', () => {
    expect(profile('deepseek').chart.xDomain).toEqual(timeDomain(index, true));
    expect(profile('deepseek').chart.yDomain).toEqual(indexDomain(index));
    expect(profile('huawei').chart.xDomain).toEqual(profile('openai').chart.xDomain);
  });

  it.each([
    ['deepseek', 'set', 89, 'DeepSeek-R1', 0],
    ['moonshot', 'below', 89, 'DeepSeek-R1', 2],
    ['alibaba', 'below', 89, 'DeepSeek-R1', 10],
    ['openai', 'set', 94, 'o3', 0],
  ] as const)('compares the best of %s with its country frontier at its release', (id, relation, value, setter, gap) => {
    expect(profile(id).chart.bestAgainstFrontier).toEqual({ relation, frontierValue: value, frontierModelName: setter, gap });
  });

  it('for labs outside the US and China, draws the frontier of all of them and names their countries', () => {
    const { chart } = profile('mistral');
    expect(chart.frontierScope).toEqual({ kind: 'other', countries: ['FR', 'CA'] });
    expect(chart.frontier.map((f) => f.modelName)).toEqual(['Mistral Large 2', null]);
  });

  it('profiles a lab with no index value at all', () => {
    const huawei = profile('huawei');
    expect(huawei.chart.points).toEqual([]);
    expect(huawei.chart.best).toBeNull();
    expect(huawei.chart.bestAgainstFrontier).toBeNull();
    expect(huawei.chart.unplotted.map((u) => [u.row.model.name, u.notRated, u.dateUnknown])).toEqual([['PanGu', true, true]]);
    expect(huawei.summary.models).toHaveLength(1);
  });

  it('flags conflicting founding dates and headquarters', () => {
    expect(profile('deepseek').conflicts).toEqual({ founded: true, hq: false });
    expect(profile('moonshot').conflicts).toEqual({ founded: false, hq: true });
  });

  it('lists the events that name the lab, in date order', () => {
    const withEvents = buildDatasetIndex({
      ...data,
      events: [
        { id: 'e2', date: '2025-01-15', title: 'Later', kind: 'entity-list', summary: 'x', details: [], thresholds: [], chips: [], labs: ['huawei'], sources: ['S1'], confidence: 'high' },
        { id: 'e1', date: '2019', title: 'Earlier', kind: 'entity-list', summary: 'x', details: [], thresholds: [], chips: [], labs: ['huawei'], sources: ['S1'], confidence: 'high' },
        { id: 'e3', date: '2020', title: 'Other lab', kind: 'entity-list', summary: 'x', details: [], thresholds: [], chips: [], labs: ['zhipu'], sources: ['S1'], confidence: 'high' },
      ],
    });
    expect(selectLabProfile(withEvents, 'huawei')?.events.map((e) => e.id)).toEqual(['e1', 'e2']);
  });
});

describe('selectLabComparison', () => {
  it.each([
    ['deepseek', 'openai', 'ok', 'ok', true],
    ['deepseek', null, 'ok', 'missing', false],
    [null, null, 'missing', 'missing', false],
    ['deepseek', 'nope', 'ok', 'unknown', false],
  ] as const)('%s vs %s', (a, b, sa, sb, ready) => {
    const c = selectLabComparison(index, a, b);
    expect([c.a.status, c.b.status, c.ready]).toEqual([sa, sb, ready]);
  });
});
