import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeLab } from '../../../../test/fixtures/dataset';
import type { Dataset } from '../../../data/dataset.schema';
import { reportSaysFor } from '../lib/report-says';

const both = makeLab('both', { reportSays: '“R1 reaches 89.” [a note]', reportSaysJa: '「R1は89に達し」 [注記]' });
const englishOnly = makeLab('english', { reportSays: '“Huawei focuses on domain-specific models.”' });
const silent = makeLab('silent');

describe('reportSaysFor', () => {
  it('gives Japanese readers the Japanese original when the lab has it', () => {
    expect(reportSaysFor(both, 'ja')).toEqual({ text: '「R1は89に達し」 [注記]', lang: 'ja' });
  });

  it('falls back to the English rendering in Japanese when no Japanese quote is stored', () => {
    expect(reportSaysFor(englishOnly, 'ja')).toEqual({ text: '“Huawei focuses on domain-specific models.”', lang: 'en' });
    expect(reportSaysFor(makeLab('blank', { reportSays: '“x”', reportSaysJa: '' }), 'ja')).toEqual({ text: '“x”', lang: 'en' });
  });

  it('gives English and Chinese readers the English rendering', () => {
    expect(reportSaysFor(both, 'en')).toEqual({ text: '“R1 reaches 89.” [a note]', lang: 'en' });
    expect(reportSaysFor(both, 'zh')).toEqual({ text: '“R1 reaches 89.” [a note]', lang: 'en' });
  });

  it('is null when the source document says nothing about the lab', () => {
    expect(reportSaysFor(silent, 'en')).toBeNull();
    expect(reportSaysFor(silent, 'ja')).toBeNull();
  });
});

describe('dataset.json: the source document in Japanese', () => {
  // A variable base keeps Vite from rewriting the URL into a served asset (see test/unit/dataset-content.test.ts).
  const here = import.meta.url;
  const data = JSON.parse(readFileSync(new URL('../../../../public/data/dataset.json', here), 'utf8')) as Dataset;

  it('has a Japanese quote for every lab the English rendering quotes, and none for the others', () => {
    const missing = data.labs.filter((l) => (l.reportSays !== null) !== (l.reportSaysJa !== undefined)).map((l) => l.id);
    expect(missing).toEqual([]);
  });

  it('quotes in Japanese brackets, with every note in half-width brackets like the English', () => {
    for (const lab of data.labs) {
      if (lab.reportSaysJa === undefined) continue;
      expect(lab.reportSaysJa, lab.id).toMatch(/^「/);
      expect(lab.reportSaysJa, lab.id).not.toMatch(/[“”［］]/);
    }
  });
});
