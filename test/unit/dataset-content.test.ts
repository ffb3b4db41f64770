import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset, Model } from '../../src/data/dataset.schema';
import { parseDataset } from '../../src/data/validate-dataset';

// Key facts of the bundled dataset (public/data/dataset.json), checked against the data brief.
//
// Note: the URL base is held in a variable on purpose. Vite rewrites the literal pattern
// `new URL('<path into public/>', import.meta.url)` into a served asset URL (http://localhost:3000/data/…),
// which readFileSync cannot open; with a variable the expression is left alone.
const here = import.meta.url;
const raw: unknown = JSON.parse(readFileSync(new URL('../../public/data/dataset.json', here), 'utf8'));
const data = raw as Dataset;

const SCALE = 'aa-pre-v2-2025-02';

function model(id: string): Model {
  const found = data.models.find((m) => m.id === id);
  if (!found) throw new Error(`model "${id}" is missing`);
  return found;
}

const preferred = (id: string) => model(id).scores.filter((s) => s.preferred);
const nonPreferred = (id: string) => model(id).scores.filter((s) => !s.preferred);

describe('dataset.json: contract', () => {
  it('parses with the schema and passes every cross-check', () => {
    const result = parseDataset(raw);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });
});

describe('dataset.json: meta and scale', () => {
  it('has the expected meta', () => {
    expect(data.meta.datasetVersion).toBe('1.2.0');
    expect(data.meta.asOf).toBe('2026-11-30');
    expect(data.meta.changelog.map((c) => c.version)).toEqual(['1.2.0', '1.1.0', '1.0.0']);
    expect(data.meta.primaryScale).toBe(SCALE);
    expect(data.meta.report.publishedBy).toBe('2025-02-19');
    expect(data.meta.report.url).toBe(
      'https://artificialanalysis.ai/downloads/china-report/2025/Artificial-Analysis-State-of-AI-China-Q1-2025.pdf',
    );
  });

  it('has exactly one scale, the pre-v2 AA index, 0–100', () => {
    expect(data.scales.map((s) => [s.id, s.min, s.max])).toEqual([[SCALE, 0, 100]]);
  });
});

describe('dataset.json: sizes', () => {
  it('has at least 37 models', () => {
    expect(data.models.length).toBeGreaterThanOrEqual(37);
  });

  it('has at least 20 labs, at least 12 of them in China', () => {
    expect(data.labs.length).toBeGreaterThanOrEqual(20);
    expect(data.labs.filter((l) => l.country === 'CN').length).toBeGreaterThanOrEqual(12);
  });
});

describe('dataset.json: index values', () => {
  it('DeepSeek-R1: preferred 89, measured, sourced to the AA snapshot S6', () => {
    const [p, ...more] = preferred('deepseek-r1');
    expect(more).toHaveLength(0);
    expect(p).toMatchObject({ value: 89, status: 'measured', scale: SCALE });
    expect(p!.sources).toContain('S6');
  });

  // The source document's garbled values are kept as non-preferred "as-stated" records beside AA's snapshot value.
  it.each([
    ['o1', 90, 94],
    ['o1-mini', 84, 89],
    ['o3-mini', 89, 90],
  ])('%s: preferred %i measured, and a non-preferred as-stated %i', (id, kept, stated) => {
    const p = preferred(id);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ value: kept, status: 'measured' });
    expect(nonPreferred(id)).toContainEqual(expect.objectContaining({ value: stated, status: 'as-stated', preferred: false }));
  });

  it('step-2-16k: no preferred score, and an as-stated 84', () => {
    expect(preferred('step-2-16k')).toHaveLength(0);
    expect(model('step-2-16k').scores).toContainEqual(expect.objectContaining({ value: 84, status: 'as-stated' }));
  });

  it.each([
    ['glm-zero-preview', 81, 'as-stated'],
    ['step-r-mini', 84, 'as-stated'],
    ['qwen2-5-max', 79, 'measured'],
    ['baichuan-m1-preview', 83, 'as-stated'],
    ['o3', 94, 'estimate'],
    ['kimi-k1-5', 87, 'as-stated'],
  ])('%s: preferred %i (%s)', (id, value, status) => {
    const p = preferred(id);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ value, status });
  });

  it.each(['pangu', 'gpt-4', 'qwq-32b', 'grok-3', 'claude-3-7-sonnet', 'gpt-4-5', 'yi-lightning', 'minimax-text-01'])(
    '%s has no scores (no value is never 0)',
    (id) => {
      expect(model(id).scores).toEqual([]);
    },
  );

  it('PanGu belongs to Huawei', () => {
    expect(model('pangu').labId).toBe('huawei');
  });

  it('every score is on the pre-v2 scale, none is 0, at most one is preferred per model', () => {
    for (const m of data.models) {
      for (const s of m.scores) {
        expect(s.scale, m.id).toBe(SCALE);
        expect(s.value, m.id).not.toBe(0);
      }
      expect(m.scores.filter((s) => s.preferred).length, m.id).toBeLessThanOrEqual(1);
    }
  });

  it("every model's labId is a lab", () => {
    const labs = new Set(data.labs.map((l) => l.id));
    for (const m of data.models) expect(labs.has(m.labId), `${m.id} → ${m.labId}`).toBe(true);
  });
});

describe('dataset.json: labs', () => {
  const lab = (id: string) => {
    const found = data.labs.find((l) => l.id === id);
    if (!found) throw new Error(`lab "${id}" is missing`);
    return found;
  };

  it('DeepSeek: founder Liang Wenfeng, HQ Hangzhou, two conflicting founding dates', () => {
    const d = lab('deepseek');
    expect(d.founders.map((s) => s.text).join(' ')).toContain('Liang Wenfeng');
    expect(d.hq.map((s) => s.text).join(' ')).toContain('Hangzhou');
    expect(d.founded.map((s) => s.date)).toEqual(expect.arrayContaining(['2023-05', '2023-07-15']));
  });

  it.each([
    ['zhipu', '2025-01-15'],
    ['huawei', '2019'],
  ])('%s is on the Entity List (%s)', (id, date) => {
    expect(lab(id).entityList).toMatchObject({ listed: true, date });
    expect(lab(id).entityList.sources.length).toBeGreaterThan(0);
  });

  it.each([
    ['deepseek', '深度求索'],
    ['alibaba', '通义千问'],
    ['moonshot', 'Kimi'],
    ['zhipu', '智谱'],
    ['bytedance', '豆包'],
    ['baidu', '文心'],
    ['tencent', '混元'],
  ])('%s can be found by the alias %s', (id, alias) => {
    expect(lab(id).aliases).toContain(alias);
  });

  it('general-knowledge statements are marked unverified and sourced to GK', () => {
    for (const l of data.labs) {
      for (const field of ['founded', 'founders', 'hq', 'funding', 'focus'] as const) {
        for (const s of l[field]) {
          if (s.sources.includes('GK')) expect(s.status, `${l.id}.${field}`).toBe('unverified');
        }
      }
    }
  });
});

describe('dataset.json: events', () => {
  it.each(['2022-10-07', '2023-10-17', '2025-01-13'])('has an event on %s', (date) => {
    expect(data.events.map((e) => e.date)).toContain(date);
  });

  it('has no event before 2019 or after July 2025', () => {
    for (const e of data.events) {
      expect(e.date.slice(0, 4) >= '2019', e.id).toBe(true);
      expect(e.date.slice(0, 7) <= '2025-07', e.id).toBe(true);
    }
  });

  it('the Zhipu Entity List event names the lab', () => {
    expect(data.events).toContainEqual(expect.objectContaining({ date: '2025-01-15', kind: 'entity-list', labs: ['zhipu'] }));
  });
});

describe('dataset.json: chips', () => {
  const chip = (id: string) => {
    const found = data.chips.find((c) => c.id === id);
    if (!found) throw new Error(`chip "${id}" is missing`);
    return found;
  };

  it('H20: TPP 2368, fits under the 2023 rule', () => {
    expect(chip('h20')).toMatchObject({ tpp: 2368, status2023: 'fits-under', designedForChina: true });
  });

  it.each([
    ['a100-sxm4-80gb', 4992, 'restricted', 'restricted'],
    ['a800-sxm', 4992, 'fits-under', 'restricted'],
    ['h800-sxm', 15832, 'fits-under', 'restricted'],
    ['l20', 1912, 'not-launched', 'fits-under'],
    ['l40', 2897, 'allowed', 'nac'],
  ])('%s: TPP %i, %s in 2022, %s in 2023', (id, tpp, s2022, s2023) => {
    expect(chip(id)).toMatchObject({ tpp, status2022: s2022, status2023: s2023 });
  });

  it('MI308X has no public TPP (null, unverified)', () => {
    expect(chip('mi308x')).toMatchObject({ tpp: null, tppMark: 'unverified' });
  });
});

describe('source tiers', () => {
  const byId = new Map(data.sources.map((s) => [s.id, s]));

  it('gives every source a tier, and a primary source without a public address says why', () => {
    for (const s of data.sources) {
      expect(['primary', 'secondary', 'tertiary'], s.id).toContain(s.tier);
      if (s.tier === 'primary' && s.url === null) expect(s.tierNote, s.id).toBeTruthy();
    }
  });

  it('tiers the sources by what they are: AA’s snapshot primary, the machine-translated source document tertiary', () => {
    expect(byId.get('S6')?.tier).toBe('primary');
    expect(byId.get('S7')?.tier).toBe('primary');
    expect(byId.get('FR22')?.tier).toBe('primary');
    expect(byId.get('P-DS-R1')?.tier).toBe('primary');
    expect(byId.get('S1')?.tier).toBe('tertiary');
    expect(byId.get('S4')?.tier).toBe('tertiary');
    expect(byId.get('S42')?.tier).toBe('secondary');
  });
});
