import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../data/dataset-index';
import { makeDataset, makeModel, makeScore } from '../../test/fixtures/dataset';
import { frontierAt, frontierSteps } from './frontier';

const index = buildDatasetIndex(
  makeDataset({
    models: [
      makeModel('a', 'openai', { releaseDate: '2024-01-10', scores: [makeScore(70)] }),
      makeModel('b', 'openai', { releaseDate: '2024-03-01', scores: [makeScore(65)] }),
      makeModel('c', 'openai', { releaseDate: '2024-05-01', scores: [makeScore(80)] }),
      makeModel('d', 'openai', { releaseDate: '2024-05-01', scores: [makeScore(82)] }),
      makeModel('e', 'openai', { releaseDate: null, scores: [makeScore(99)] }),
      makeModel('f', 'openai', { releaseDate: '2024-06-01', scores: [] }),
    ],
  }),
);

describe('frontierSteps', () => {
  const steps = frontierSteps(index.rows);

  it('keeps only the models that set a new best, in time order', () => {
    expect(steps.map((s) => [s.modelId, s.value])).toEqual([
      ['a', 70],
      ['d', 82],
    ]);
  });

  it('skips models without a score or a release date', () => {
    expect(steps.some((s) => s.modelId === 'e' || s.modelId === 'f')).toBe(false);
  });

  it('reads the frontier at a time', () => {
    expect(frontierAt(steps, Date.UTC(2023, 0, 1))).toBeNull();
    expect(frontierAt(steps, Date.UTC(2024, 3, 1))).toBe(70);
    expect(frontierAt(steps, Date.UTC(2025, 0, 1))).toBe(82);
  });
});
