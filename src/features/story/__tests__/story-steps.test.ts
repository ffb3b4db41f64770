import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../data/dataset-index';
import { parseDataset } from '../../../data/validate-dataset';
import { story as en } from '../../../messages/en/story';
import { story as ja } from '../../../messages/ja/story';
import { story as zh } from '../../../messages/zh/story';
import { SOURCE_QUOTES } from '../lib/source-quotes';
import { STEP_COUNT, STORY_STEPS } from '../lib/story-steps';

const raw = JSON.parse(readFileSync('public/data/dataset.json', 'utf8')) as RawDataset;
const parsed = parseDataset(raw);
if (!parsed.ok) throw new Error('the real dataset does not parse');
const index = buildDatasetIndex(parsed.data);

// The expected numbers are computed here from the raw JSON, without the app's index or selectors.
interface RawScore { value: number; scale: string; status: string; preferred: boolean }
interface RawModel { id: string; labId: string; releaseDate: string | null; openWeights: boolean | null; reasoning: boolean | null; scores: RawScore[]; price?: { inputUsdPerM: number | null; outputUsdPerM: number | null } | null }
interface RawDataset {
  meta: { primaryScale: string; report: { publishedBy: string } };
  labs: Array<{ id: string; country: string; kind: string }>;
  models: RawModel[];
  chips: Array<{ id: string; designedForChina: boolean; status2025: string; tpp: number | null }>;
  claims: Array<{ id: string; count: number; supported: Array<{ labId: string }> }>;
}
const report = raw.meta.report.publishedBy;
const firstDay = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
const after = (m: RawModel) => m.releaseDate !== null && firstDay(m.releaseDate) > report;
const byReport = (m: RawModel) => m.releaseDate !== null && !after(m);
const lab = (m: RawModel) => raw.labs.find((l) => l.id === m.labId)!;
const country = (m: RawModel) => lab(m).country;
const value = (m: RawModel) => m.scores.find((s) => s.scale === raw.meta.primaryScale && s.preferred)?.value ?? null;
const stated = (id: string, status: string) => raw.models.find((m) => m.id === id)!.scores.find((s) => s.scale === raw.meta.primaryScale && s.status === status)!.value;
const top = (test: (m: RawModel) => boolean) => Math.max(...raw.models.filter(test).flatMap((m) => (value(m) === null ? [] : [value(m)!])));
const blended = (id: string) => {
  const p = raw.models.find((m) => m.id === id)!.price!;
  return (3 * p.inputUsdPerM! + p.outputUsdPerM!) / 4;
};

const expected: Record<number, number> = {
  1: top((m) => country(m) === 'US' && byReport(m)) - top((m) => country(m) === 'CN' && byReport(m)),
  2: stated('o1', 'measured') - stated('deepseek-r1', 'measured'),
  3: new Set(raw.claims.find((c) => c.id === 'chinese-reasoning-labs')!.supported.map((s) => s.labId)).size,
  4: top((m) => country(m) === 'CN' && lab(m).kind === 'startup' && byReport(m)) - top((m) => country(m) === 'CN' && lab(m).kind === 'big-tech' && byReport(m)),
  5: top((m) => country(m) === 'CN' && m.openWeights === true && byReport(m)) - top((m) => country(m) === 'US' && m.openWeights === true && byReport(m)),
  6: Math.round(blended('o1') / blended('deepseek-r1')),
  7: raw.chips.filter((c) => c.designedForChina && c.status2025 === 'allowed').length,
  8: raw.models.filter(after).length,
};

describe('the story steps', () => {
  it('has eight steps, each with text in every language', () => {
    expect(STEP_COUNT).toBe(8);
    for (const story of [en, zh, ja]) expect(Object.keys(story.steps)).toHaveLength(8);
  });

  it.each(STORY_STEPS.map((step, i) => [i + 1, step] as const))('step %i: whatTheDataSays gives the number computed from the raw dataset', (n, step) => {
    for (const lang of ['en', 'zh', 'ja'] as const) {
      const says = step.whatTheDataSays(index, lang);
      expect(says.primary).toBe(expected[n]);
      expect(says.text).toContain(String(says.primary));
      expect(says.sources.length).toBeGreaterThan(0);
      for (const id of says.sources) expect(index.sourcesById.has(id), `${id} is a source`).toBe(true);
    }
  });

  it('states the values as they are today (a change in the data shows here)', () => {
    expect(STORY_STEPS.map((s) => s.whatTheDataSays(index, 'en').primary)).toEqual([1, 1, 8, 9, 13, 27, 4, 4]);
  });

  it('step 1 also gives the end-of-2023 gap; step 2 both the headline and the measured gap', () => {
    const gap2023 = top((m) => country(m) === 'US' && m.releaseDate !== null && m.releaseDate < '2024') - top((m) => country(m) === 'CN' && m.releaseDate !== null && m.releaseDate < '2024');
    expect(STORY_STEPS[0]!.whatTheDataSays(index, 'en').text).toContain(`a gap of ${gap2023} points`);
    const headline = stated('o1', 'as-stated') - stated('deepseek-r1', 'measured');
    expect(STORY_STEPS[1]!.whatTheDataSays(index, 'en').text).toContain(`a gap of ${headline} points`);
  });

  it('highlights only models the dataset has, and quotes only quotes it has', () => {
    for (const step of STORY_STEPS) {
      for (const id of step.highlight) expect(index.modelIds.has(id), id).toBe(true);
      for (const q of step.quotes) expect(SOURCE_QUOTES[q].en.length).toBeGreaterThan(0);
    }
  });

  it('shows the price scatter at step 6 and the later releases at step 8', () => {
    expect(STORY_STEPS[5]!.figure).toBe('price');
    expect(STORY_STEPS[7]!.state.scope).toBe('all');
  });
});
