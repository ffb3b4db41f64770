import { describe, expect, it } from 'vitest';
import { makeDataset, makeModel, makeScore } from '../../test/fixtures/dataset';
import { buildDatasetIndex } from './dataset-index';
import { RECORD_LIMITS } from './dataset.schema';
import { parseDataset } from './validate-dataset';

const firstIssue = (json: unknown) => {
  const r = parseDataset(json);
  return r.ok ? null : r.issues[0];
};

describe('parseDataset', () => {
  it('accepts a valid dataset', () => {
    expect(parseDataset(makeDataset()).ok).toBe(true);
  });

  it('requires every source to have a tier', () => {
    const d = makeDataset() as unknown as { sources: { tier?: unknown }[] };
    delete d.sources[0]!.tier;
    expect(firstIssue(d)?.path).toBe('sources[0].tier');
    d.sources[0]!.tier = 'quaternary';
    expect(firstIssue(d)?.path).toBe('sources[0].tier');
  });

  it('names the path of a field with the wrong type', () => {
    const d = makeDataset() as unknown as { models: { scores: { value: unknown }[] }[] };
    d.models[0]!.scores[0]!.value = 'eighty-nine';
    expect(firstIssue(d)?.path).toBe('models[0].scores[0].value');
  });

  it.each<[string, (d: ReturnType<typeof makeDataset>) => void, string, RegExp]>([
    ['duplicate ids', (d) => d.models.push(makeModel('o1', 'openai')), 'models[5].id', /duplicate/],
    ['an unknown lab', (d) => (d.models[0]!.labId = 'nolab'), 'models[0].labId', /unknown lab/],
    ['an unknown source', (d) => (d.models[1]!.sources = ['S99']), 'models[1].sources[0]', /unknown source/],
    ['a score beyond the scale', (d) => (d.models[0]!.scores[0]!.value = 189), 'models[0].scores[0].value', /outside the scale/],
    ['an impossible date', (d) => (d.models[0]!.releaseDate = '2025-02-30'), 'models[0].releaseDate', /not a real date/],
    ['two preferred scores', (d) => d.models[0]!.scores.push(makeScore(88)), 'models[0].scores[1].preferred', /more than one/],
    ['an unknown scale', (d) => (d.meta.primaryScale = 'aa-v9'), 'meta.primaryScale', /unknown scale/],
  ])('rejects %s', (_name, corrupt, path, message) => {
    const d = makeDataset();
    corrupt(d);
    const issue = firstIssue(d);
    expect(issue?.path).toBe(path);
    expect(issue?.message).toMatch(message);
  });

  it('rejects a performance density marked computed from an unverified die area', () => {
    const d = makeDataset({
      chips: [
        {
          id: 'x1', vendor: 'V', name: 'X1', launch: null, tpp: 1000, tppMark: 'computed', performanceDensity: 2, pdMark: 'computed',
          dieMm2: 500, dieMark: 'unverified', denseBf16Tflops: null, denseFp8OrInt8: null, memoryGb: null, memoryType: null,
          memoryBandwidthTBs: null, interconnectGBs: null, status2022: 'allowed', status2023: 'allowed', status2025: 'allowed',
          afterReport: null, designedForChina: false, note: null, sources: ['S1'],
        },
      ],
    });
    expect(firstIssue(d)?.path).toBe('chips[0].pdMark');
  });

  it('rejects a value without a source', () => {
    const d = makeDataset();
    d.models[0]!.scores[0]!.sources = [];
    expect(firstIssue(d)?.path).toBe('models[0].scores[0].sources');
  });

  it.each([
    ['javascript:alert(1)', 'sources[0].url'],
    ['data:text/html,<script>alert(1)</script>', 'sources[0].url'],
    ['ftp://example.org/file', 'sources[0].url'],
  ])('refuses the link %s: source URLs are http(s) only', (url, path) => {
    const d = makeDataset();
    d.sources[0]!.url = url;
    expect(firstIssue(d)).toEqual({ path, message: 'expected an http(s) URL' });
  });

  it('refuses a non-http(s) copy link and report link', () => {
    const d = makeDataset();
    d.sources[0]!.otherUrls = ['https://example.org/ok', 'javascript:void(0)'];
    d.meta.report.url = 'data:application/pdf;base64,AAAA';
    const r = parseDataset(d);
    expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual(['meta.report.url', 'sources[0].otherUrls[1]']);
  });

  it('reports unknown top-level keys by name instead of dropping them', () => {
    const issue = firstIssue({ ...makeDataset(), padding: 'x'.repeat(100), extra: [] });
    expect(issue?.path).toBe('(root)');
    expect(issue?.message).toMatch(/unknown top-level keys "padding", "extra"/);
  });

  it('refuses a collection over its record limit, naming the limit', () => {
    const d = makeDataset();
    const template = d.models[0]!;
    d.models = Array.from({ length: RECORD_LIMITS.models + 1 }, (_, i) => ({ ...template, id: `m-${i}` }));
    expect(firstIssue(d)).toEqual({ path: 'models', message: 'too many models: the limit is 10,000' });
  });

  it('rejects something that is not a dataset at all', () => {
    expect(parseDataset(null).ok).toBe(false);
    expect(parseDataset([1, 2, 3]).ok).toBe(false);
  });
});

describe('buildDatasetIndex', () => {
  const index = buildDatasetIndex(makeDataset());

  it('uses the preferred score and keeps the conflicting one beside it', () => {
    const o1 = index.rowsById.get('o1')!;
    expect(o1.score?.value).toBe(90);
    expect(o1.otherScores.map((s) => s.value)).toEqual([94]);
  });

  it('shows a model without a score as not rated (null), never 0', () => {
    expect(index.rowsById.get('pangu')!.score).toBeNull();
    expect(index.rowsById.get('pangu')!.releaseTime).toBeNull();
  });

  it('dates events once, in date order, marking those after the report', () => {
    const event = (id: string, date: string) => ({ id, date, title: id, kind: 'chip-rule' as const, summary: 's', details: [], thresholds: [], chips: [], labs: [], sources: ['S1'], confidence: 'high' as const });
    const withEvents = buildDatasetIndex(makeDataset({ events: [event('later', '2025-04'), event('first', '2022-10-07'), event('same-day', '2022-10-07')] }));
    expect(withEvents.events.map((e) => [e.event.id, e.afterReport, e.fromDay])).toEqual([
      ['first', false, '2022-10-07'],
      ['same-day', false, '2022-10-07'],
      ['later', true, '2025-04-01'],
    ]);
  });

  it('derives the region from the lab country', () => {
    expect(index.rowsById.get('deepseek-r1')!.region).toBe('cn');
    expect(index.rowsById.get('o1')!.region).toBe('us');
    expect(index.rowsById.get('mistral-large-2')!.region).toBe('other');
  });
});

describe('zod messages', () => {
  it('words a wrong type once the English messages are loaded', async () => {
    await import('./zod-messages');
    const d = makeDataset() as unknown as { models: { scores: { value: unknown }[] }[] };
    d.models[0]!.scores[0]!.value = 'eighty-nine';
    expect(firstIssue(d)?.message).toMatch(/expected number/i);
  });
});
