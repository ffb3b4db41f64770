import { describe, expect, it } from 'vitest';
import { frontierAt, frontierSteps, type FrontierRow } from './frontier';

// Plain rows: lib is a leaf and its tests need nothing of ours either.
const row = (id: string, releaseDate: string | null, score: number | null): FrontierRow => ({
  model: { id },
  releaseTime: releaseDate === null ? null : Date.parse(`${releaseDate}T00:00:00Z`),
  score: score === null ? null : { value: score },
});
const index = {
  rows: [
    row('a', '2024-01-10', 70),
    row('b', '2024-03-01', 65),
    row('c', '2024-05-01', 80),
    row('d', '2024-05-01', 82),
    row('e', null, 99),
    row('f', '2024-06-01', null),
  ],
};

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
