import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blendedPrice } from '../../src/data/blended-price';
import type { Dataset, Model } from '../../src/data/dataset.schema';

// The 1.1 fields of the bundled dataset (price, parameters, context, licence), the leaderboard
// snapshot's breadth and the report's "seven labs" claim, checked against the data brief.
const here = import.meta.url;
const data = JSON.parse(readFileSync(new URL('../../public/data/dataset.json', here), 'utf8')) as Dataset;

function model(id: string): Model {
  const found = data.models.find((m) => m.id === id);
  if (!found) throw new Error(`model "${id}" is missing`);
  return found;
}

describe('dataset.json: prices as of February 2025', () => {
  it.each<[string, number, number]>([
    ['deepseek-r1', 0.55, 2.19],
    ['deepseek-v3', 0.27, 1.1],
    ['o1', 15, 60],
    ['o3-mini', 1.1, 4.4],
    ['o1-mini', 1.1, 4.4],
    ['gpt-4o', 2.5, 10],
    ['claude-3-5-sonnet-oct-2024', 3, 15],
    ['gemini-2-0-flash', 0.1, 0.4],
  ])('%s: $%s in / $%s out, dated and sourced', (id, input, output) => {
    const { price } = model(id);
    expect([price.inputUsdPerM, price.outputUsdPerM]).toEqual([input, output]);
    expect(price.asOf).toMatch(/^2025-0[12]/);
    expect(price.sources.length).toBeGreaterThan(0);
  });

  it('the blended price of R1 is computed at 3:1, not stored', () => {
    expect(blendedPrice(model('deepseek-r1').price)).toBeCloseTo(0.96, 6);
    expect(Object.keys(model('deepseek-r1').price)).not.toContain('blended');
  });

  it('no public API in February 2025 is "not applicable", never 0', () => {
    for (const id of ['o3', 'grok-3', 'qwq-32b']) {
      expect(model(id).price).toMatchObject({ inputUsdPerM: null, outputUsdPerM: null, status: 'not-applicable' });
    }
  });

  it('a CNY price keeps its original and the rate', () => {
    expect(model('qwen2-5-max').price.original).toEqual({ currency: 'CNY', input: 2.4, output: null, perUsd: 7.3 });
  });
});

describe('dataset.json: size, context and licence', () => {
  it('R1 and V3: 671B total, 37B active; 128K model context, 64K on the API', () => {
    for (const id of ['deepseek-r1', 'deepseek-v3']) {
      expect(model(id).parameters).toMatchObject({ totalB: 671, activeB: 37, status: 'first-party' });
      expect(model(id).context).toMatchObject({ tokens: 128000, apiTokens: 64000 });
    }
  });

  it('every open-weights model names its licence; closed models have none', () => {
    for (const m of data.models) {
      if (m.openWeights === true) expect(m.licence.name, m.id).not.toBeNull();
      if (m.openWeights === false) expect(m.licence, m.id).toMatchObject({ name: null, status: 'not-applicable' });
    }
  });
});

describe('dataset.json: breadth', () => {
  it.each<[string, number]>([
    ['gemini-1-5-pro-sep-2024', 80], ['gemini-1-5-pro-may-2024', 72], ['gemini-1-5-flash', 74], ['gemma-2-27b', 61],
    ['gpt-4o-mini', 73], ['claude-3-5-haiku', 68], ['claude-3-haiku', 55], ['grok-beta', 72], ['phi-4', 76],
    ['mistral-small-3', 72], ['pixtral-large-2411', 74], ['llama-3-1-70b', 69], ['llama-3-70b', 62], ['qwen-turbo', 71],
    ['command-r', 51], ['jamba-1-5-mini', 46],
  ])('%s carries its leaderboard-snapshot value %i', (id, value) => {
    expect(model(id).scores).toEqual([expect.objectContaining({ value, status: 'measured', preferred: true, sources: ['S6'] })]);
  });

  it('Chinese models without an index value are not rated (no score), never 0', () => {
    for (const id of ['deepseek-r1-lite-preview', 'spark-x1', 'skywork-o1', 'hunyuan-t1-preview', 'ernie-4-0']) expect(model(id).scores).toEqual([]);
  });
});

describe('dataset.json: the report’s "seven Chinese labs with reasoning models"', () => {
  const claim = data.claims.find((c) => c.id === 'chinese-reasoning-labs');

  it('keeps the claimed count with its sources, and lists the labs the sources support', () => {
    expect(claim).toMatchObject({ count: 7, sources: ['S1', 'S2'] });
    expect(claim!.supported.map((s) => s.labId)).toEqual(['deepseek', 'alibaba', 'moonshot', 'zhipu', 'baichuan', 'stepfun', 'iflytek', 'kunlun']);
  });

  it('each supporting model is a reasoning model released by the report', () => {
    for (const s of claim!.supported) {
      const m = model(s.modelId);
      expect(m.reasoning, s.modelId).toBe(true);
      expect(m.releaseDate! <= data.meta.report.publishedBy, s.modelId).toBe(true);
    }
  });
});
