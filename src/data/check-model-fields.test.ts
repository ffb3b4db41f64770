import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../test/fixtures/dataset';
import { blendedPrice } from './blended-price';
import type { Dataset, Model } from './dataset.schema';
import { parseDataset } from './validate-dataset';

const issuesOf = (json: unknown) => {
  const r = parseDataset(json);
  return r.ok ? [] : r.issues;
};

const PRICE: Model['price'] = {
  inputUsdPerM: 0.55, outputUsdPerM: 2.19, asOf: '2025-02', provider: 'DeepSeek API', basis: 'first-party', status: 'first-party', sources: ['S1'],
};

/** The fixture with model 0 (DeepSeek-R1) patched. */
function withModel(patch: (m: Model) => void): Dataset {
  const d = makeDataset();
  patch(d.models[0]!);
  return d;
}

describe('model fields: the cross-checks', () => {
  it('accepts sourced parameters, context, licence and a dated price', () => {
    const d = withModel((m) => {
      m.parameters = { totalB: 671, activeB: 37, status: 'first-party', sources: ['S1'] };
      m.context = { tokens: 131072, apiTokens: 65536, status: 'first-party', sources: ['S1'] };
      m.licence = { name: 'MIT', status: 'first-party', sources: ['S1'] };
      m.price = { ...PRICE, original: { currency: 'CNY', input: 4, output: 16, perUsd: 7.3 } };
    });
    expect(issuesOf(d)).toEqual([]);
  });

  it.each<[string, (m: Model) => void, string, RegExp]>([
    ['a negative price', (m) => (m.price = { ...PRICE, inputUsdPerM: -0.55 }), 'models[0].price.inputUsdPerM', /negative/],
    ['a price without a date', (m) => (m.price = { ...PRICE, asOf: null }), 'models[0].price.asOf', /date/],
    ['active above total parameters', (m) => (m.parameters = { totalB: 37, activeB: 671, status: 'first-party', sources: ['S1'] }), 'models[0].parameters.activeB', /exceed/],
    ['open weights without a licence', (m) => (m.licence = { name: null, status: 'not-found', sources: [] }), 'models[0].licence.name', /need a licence/],
    ['a value without a source', (m) => (m.context = { tokens: 8192, apiTokens: null, status: 'secondary', sources: [] }), 'models[0].context.sources', /source/],
    ['a value marked not found', (m) => (m.context = { tokens: 8192, apiTokens: null, status: 'not-found', sources: ['S1'] }), 'models[0].context.status', /known value/],
    ['no value marked sourced', (m) => (m.parameters = { totalB: null, activeB: null, status: 'first-party', sources: ['S1'] }), 'models[0].parameters.status', /holds no value/],
    ['an unknown source', (m) => (m.price = { ...PRICE, sources: ['S404'] }), 'models[0].price.sources[0]', /unknown source/],
    ['a price without its provider', (m) => (m.price = { ...PRICE, provider: null }), 'models[0].price.provider', /provider/],
    ['a conversion that does not add up', (m) => (m.price = { ...PRICE, original: { currency: 'CNY', input: 40, output: 16, perUsd: 7.3 } }), 'models[0].price.inputUsdPerM', /does not match/],
  ])('rejects %s, naming the path', (_name, corrupt, path, message) => {
    const issues = issuesOf(withModel(corrupt));
    expect(issues.map((i) => i.path)).toContain(path);
    expect(issues.find((i) => i.path === path)?.message).toMatch(message);
  });

  it('names the path of a price of the wrong type (schema)', () => {
    const d = withModel(() => undefined) as unknown as { models: { price: unknown }[] };
    d.models[0]!.price = { ...PRICE, outputUsdPerM: 'cheap' };
    expect(issuesOf(d)[0]?.path).toBe('models[0].price.outputUsdPerM');
  });
});

describe('claims', () => {
  const claim = { id: 'c', text: 'Seven labs', count: 7, sources: ['S1'] };
  it('accepts supported labs whose model belongs to them', () => {
    expect(issuesOf(makeDataset({ claims: [{ ...claim, supported: [{ labId: 'deepseek', modelId: 'deepseek-r1', sources: ['S6'] }] }] }))).toEqual([]);
  });
  it('rejects a model of another lab', () => {
    const issues = issuesOf(makeDataset({ claims: [{ ...claim, supported: [{ labId: 'alibaba', modelId: 'deepseek-r1', sources: ['S6'] }] }] }));
    expect(issues.map((i) => i.path)).toEqual(['claims[0].supported[0].modelId']);
  });
});

describe('blendedPrice', () => {
  it.each<[number | null, number | null, number | null]>([
    [0.55, 2.19, 0.96],
    [15, 60, 26.25],
    [0, 0, 0],
    [0.27, null, null],
    [null, 1.1, null],
  ])('3:1 of %s in and %s out is %s', (input, output, expected) => {
    const got = blendedPrice({ inputUsdPerM: input, outputUsdPerM: output });
    if (expected === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(expected, 6);
  });
});
