import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../data/dataset-index';
import { chineseReasoningLabsBy, selectCadence, selectFirstReasoning } from '../lib/select-cadence';
import { summarizeCadence } from '../lib/summarize';
import { timelineDataset } from './timeline-fixture';

const index = buildDatasetIndex(timelineDataset());
const byReport = index.rows.filter((r) => !r.afterReport);

describe('selectFirstReasoning', () => {
  it('gives each lab’s earliest dated reasoning model, in release order', () => {
    expect(selectFirstReasoning(index.rows).map((f) => `${f.labName}: ${f.modelName}`)).toEqual([
      'OpenAI: o1-preview',
      'Alibaba: QwQ-32B-Preview',
      'DeepSeek: DeepSeek-R1',
      'Moonshot AI: Kimi k1.5',
    ]);
  });

  it('counts Chinese labs with a reasoning model released by a day', () => {
    expect(chineseReasoningLabsBy(index.rows, '2025-02-19').map((f) => f.labName)).toEqual(['Alibaba', 'DeepSeek', 'Moonshot AI']);
    expect(chineseReasoningLabsBy(index.rows, '2024-12-31').map((f) => f.labName)).toEqual(['Alibaba']);
  });
});

describe('selectCadence', () => {
  const cadence = selectCadence(byReport, selectFirstReasoning(byReport));

  it('counts every quarter from the first release to the last, empty ones included', () => {
    expect(cadence.quarters.map((q) => `${q.label}: ${q.total}`)).toEqual([
      'Q4 2023: 2',
      'Q1 2024: 0',
      'Q2 2024: 0',
      'Q3 2024: 4',
      'Q4 2024: 2',
      'Q1 2025: 3',
    ]);
  });

  it('splits each region into reasoning and other models', () => {
    const q1 = cadence.quarters.at(-1)!;
    expect(q1.counts).toEqual({
      us: { reasoning: 0, other: 0, total: 0 },
      cn: { reasoning: 2, other: 1, total: 3 },
      other: { reasoning: 0, other: 0, total: 0 },
    });
    expect(cadence.totals).toEqual({ all: 11, us: 4, cn: 6, other: 1, reasoning: 5 });
  });

  it('leaves out models without a release month, and says which', () => {
    expect(cadence.unplaced.map((r) => r.model.id)).toEqual(['undated', 'year-only']);
  });

  it('calls out the first reasoning model of each lab in its quarter', () => {
    expect(cadence.quarters.map((q) => q.firstReasoning.map((f) => f.modelName))).toEqual([[], [], [], ['o1-preview'], ['QwQ-32B-Preview'], ['DeepSeek-R1', 'Kimi k1.5']]);
  });

  it('is empty, not broken, with no dated rows', () => {
    expect(selectCadence([], []).quarters).toEqual([]);
    expect(summarizeCadence(selectCadence([], []))).toBe('No model in the selection can be placed in a quarter.');
  });

  it('summarises totals, the busiest quarter and the first reasoning models', () => {
    const text = summarizeCadence(cadence);
    expect(text).toContain('From Q4 2023 to Q1 2025 the selection has 11 models with a release date: 4 from the United States, 6 from China and 1 from elsewhere.');
    expect(text).toContain('The busiest quarter was Q3 2024, with 4 models (1 Chinese, 2 American).');
    expect(text).toContain('The first American reasoning model was o1-preview (OpenAI, 12 Sept 2024); the first Chinese one was QwQ-32B-Preview (Alibaba, 28 Nov 2024).');
    expect(text).toContain('2 models without a release month are not counted.');
  });
});
