import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../data/dataset-index';
import { parseDataset } from '../../../data/validate-dataset';
import { DEFAULT_FILTERS, type FilterState } from '../../../stores/filters/filters-url';
import { describeGap, describeMonths, describeOpen, joinNames, summarise } from './describe-china-us';
import { selectChinaUs } from './select-china-us';
import { selectLeaderboard } from './select-leaderboard';

const here = import.meta.url;
const parsed = parseDataset(JSON.parse(readFileSync(new URL('../../../../public/data/dataset.json', here), 'utf8')));
if (!parsed.ok) throw new Error('the real dataset does not parse');
const real = buildDatasetIndex(parsed.data);
const view = (patch: Partial<FilterState> = {}): FilterState => ({ ...DEFAULT_FILTERS, ...patch });
const texts = (state: FilterState) => {
  const cu = selectChinaUs(real, state);
  return { cu, gap: describeGap(cu), months: describeMonths(cu), open: describeOpen(cu), summary: summarise(selectLeaderboard(real, state), cu) };
};

describe('small helpers', () => {
  it.each([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A and B'],
    [['A', 'B', 'C'], 'A, B and C'],
    [['A', 'B', 'C', 'D'], 'A, B, C and 1 more'],
  ])('joins %j as “%s”', (names, text) => {
    expect(joinNames(names)).toBe(text);
  });
});

describe('readout texts on the real dataset', () => {
  it('as of the report (the default): the most defensible gap, o1 90 vs DeepSeek-R1 89, both measured', () => {
    const { gap, months, open } = texts(view());
    expect(gap.headline).toBe('US ahead by 1 point');
    expect(gap.detail).toBe('o1 90 (US) vs DeepSeek-R1 89 (CN)');
    expect(gap.caveats).toEqual([]);
    expect(gap.measured).toBeNull();
    expect(months.headline).toBe('1.5 months');
    expect(open.headline).toBe('DeepSeek-R1 (China), 89');
  });

  it('with estimates and later releases: the gap says the US best is an estimate for a later model, and gives the measured gap', () => {
    const { gap, months, open } = texts(view({ scope: 'all' }));
    expect(gap.headline).toBe('US ahead by 5 points');
    expect(gap.detail).toBe('o3 94+ (US) vs DeepSeek-R1 89 (CN)');
    expect(gap.caveats).toEqual([
      'o3’s 94 is an Artificial Analysis estimate (“+”), not a measurement.',
      'o3 was released after the report (16 Apr 2025).',
    ]);
    expect(gap.measured).toBe('o1 90 (US) vs DeepSeek-R1 89 (CN): US ahead by 1 point');
    expect(months.headline).toBe('1.5 months');
    expect(months.detail).toBe('The US first reached 89 with o1 (5 Dec 2024); China matched it with DeepSeek-R1 (20 Jan 2025).');
    expect(months.measured).toBeNull();
    expect(open.headline).toBe('DeepSeek-R1 (China), 89');
    expect(open.tone).toBe('cn');
  });

  it('open weights and 2025: one side empty, so no winner, and the filter that emptied it is named', () => {
    const { gap, months, open, summary } = texts(view({ openWeights: 'open', from: '2025-01-01', to: '2025-12-31' }));
    for (const r of [gap, months, open]) {
      expect(r.headline).toBe('No comparison possible');
      expect(r.tone).toBe('none');
    }
    expect(gap.detail).toBe('No rated United States model in this selection; “Open weights only” and “Released on or after 1 Jan 2025” left that side empty.');
    expect(open.detail).toBe('Best open US model: none. Best open Chinese model: DeepSeek-R1 89 (CN).');
    expect(summary).not.toMatch(/China ahead|No US model reaches/);
  });

  it('open weights only: China ahead on every readout', () => {
    const { gap, months, open } = texts(view({ openWeights: 'open' }));
    expect(gap.headline).toBe('China ahead by 13 points');
    expect(gap.detail).toBe('Phi-4 76 (US) vs DeepSeek-R1 89 (CN)');
    expect(gap.tone).toBe('cn');
    expect(months.headline).toBe('China ahead');
    expect(open.detail).toBe('Best open US model: Phi-4 76 (US). Best open Chinese model: DeepSeek-R1 89 (CN).');
  });

  it('the summary sentence uses the same numbers', () => {
    expect(texts(view({ scope: 'all' })).summary).toBe(
      '69 models shown, 49 rated. The top is o3 (United States, 94, an estimate). ' +
        'The best US model, o3 (94, an estimate), leads the best Chinese model, DeepSeek-R1 (89), by 5 points; on measured values only: o1 (90) leads DeepSeek-R1 (89) by 1 point. ' +
        'China reached its best value, 89, 1.5 months after the US first did. ' +
        'The best open-weights model is DeepSeek-R1 (China, 89).',
    );
    expect(texts(view({ openWeights: 'open' })).summary).toContain('The best Chinese model, DeepSeek-R1 (89), leads the best US model, Phi-4 (76), by 13 points.');
  });

  it('says when a side has nothing to compare', () => {
    const { gap, months, summary } = texts(view({ labs: ['alibaba'] }));
    expect(gap.headline).toBe('No comparison possible');
    expect(gap.detail).toBe('No rated United States model in this selection; “Lab: Alibaba” left that side empty.');
    expect(months.headline).toBe('No comparison possible');
    expect(summary).toContain('There is no rated United States model to compare under these filters.');
  });
});
