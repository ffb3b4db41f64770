import { describe, expect, it } from 'vitest';
import { makeDataset, makeLab, makeModel, makeScore } from '../../test/fixtures/dataset';
import { buildDatasetIndex } from '../data/dataset-index';
import { describeActiveFilters } from './describe-filters';
import { describeScope, reportMonth } from './describe-scope';
import { NO_FILTERS, type RowFilters } from './filter-state';
import { applyFilters, countModelsByLab } from './row-predicate';
import { inScope, rowsInScope, valueOutOfScope, withScopedValues } from './scope';

// Report published by 2025-02-19 (the fixture's meta).
const index = buildDatasetIndex(
  makeDataset({
    labs: [makeLab('openai', { name: 'OpenAI' }), makeLab('deepseek', { name: 'DeepSeek', country: 'CN' })],
    models: [
      makeModel('o1', 'openai', { name: 'o1', releaseDate: '2024-12-05', scores: [makeScore(90)] }),
      makeModel('o3', 'openai', { name: 'o3', releaseDate: '2025-04-16', scores: [makeScore(94, { status: 'estimate' })] }),
      makeModel('early-guess', 'openai', { name: 'Early guess', releaseDate: '2024-10-01', scores: [makeScore(92, { status: 'estimate' })] }),
      makeModel('r1', 'deepseek', { name: 'DeepSeek-R1', releaseDate: '2025-01-20', scores: [makeScore(89)] }),
      makeModel('kimi', 'deepseek', { name: 'Stated only', releaseDate: '2025-01-20', scores: [makeScore(87, { status: 'as-stated' })] }),
      makeModel('same-day', 'deepseek', { name: 'Released on the report day', releaseDate: '2025-02-19', scores: [makeScore(70)] }),
      makeModel('feb', 'deepseek', { name: 'February, no day', releaseDate: '2025-02', scores: [makeScore(60)] }),
      makeModel('undated', 'deepseek', { name: 'Undated', releaseDate: null, scores: [makeScore(50)] }),
    ],
  }),
);
const state = (patch: Partial<RowFilters>): RowFilters => ({ ...NO_FILTERS, labs: [], ...patch });
const ids = (rows: readonly { model: { id: string } }[]) => rows.map((r) => r.model.id);
const row = (id: string) => index.rowsById.get(id)!;

describe('the scope predicate', () => {
  it.each([
    ['o1', true],
    ['r1', true],
    ['same-day', true],
    // A month that can reach past the report day is after it only if it starts after it.
    ['feb', true],
    // Unknown release date: listed in the early-February snapshot, so counted as of the report.
    ['undated', true],
    ['o3', false],
  ])('as of the report, %s is in scope: %s', (id, expected) => {
    expect(inScope(row(id), 'report')).toBe(expected);
    expect(inScope(row(id), 'all')).toBe(true);
  });

  it('leaves estimates out as of the report, measured and as-stated values in', () => {
    expect(valueOutOfScope(row('early-guess'), 'report')).toBe(true);
    expect(valueOutOfScope(row('kimi'), 'report')).toBe(false);
    expect(valueOutOfScope(row('o1'), 'report')).toBe(false);
    expect(valueOutOfScope(row('early-guess'), 'all')).toBe(false);
  });

  it('an estimate becomes "not rated" as of the report, its value kept as another value the sources state', () => {
    const scoped = withScopedValues(index.rows, 'report');
    const guess = scoped.find((r) => r.model.id === 'early-guess')!;
    expect(guess.score).toBeNull();
    expect(guess.otherScores.map((s) => [s.value, s.status])).toEqual([[92, 'estimate']]);
    // Rows without an estimate keep their identity; the list is built once and is idempotent.
    expect(scoped.find((r) => r.model.id === 'o1')).toBe(row('o1'));
    expect(withScopedValues(index.rows, 'report')).toBe(scoped);
    expect(withScopedValues(scoped, 'report')).toBe(scoped);
    expect(withScopedValues(index.rows, 'all')).toBe(index.rows);
  });

  it('applyFilters counts the scope’s models with the scope’s values', () => {
    expect(ids(rowsInScope(index.rows, 'report'))).toEqual(['o1', 'early-guess', 'r1', 'kimi', 'same-day', 'feb', 'undated']);
    expect(ids(applyFilters(index.rows, state({})))).toEqual(ids(rowsInScope(index.rows, 'report')));
    expect(ids(applyFilters(index.rows, state({ scope: 'all' })))).toEqual(ids(index.rows));
    expect(applyFilters(index.rows, state({})).find((r) => r.model.id === 'early-guess')!.score).toBeNull();
    expect(applyFilters(index.rows, state({ scope: 'all' })).find((r) => r.model.id === 'o3')!.score?.value).toBe(94);
    // Skipping the scope keeps later releases (the timeline counts them), still with the scope's values.
    expect(ids(applyFilters(index.rows, state({}), { except: ['scope'] }))).toContain('o3');
    expect(applyFilters(index.rows, state({}), { except: ['scope'] }).find((r) => r.model.id === 'o3')!.score).toBeNull();
    expect(countModelsByLab(index.rows, state({})).get('openai')).toBe(2);
    expect(countModelsByLab(index.rows, state({ scope: 'all' })).get('openai')).toBe(3);
  });

  it('says the scope in words, and is a chip only when widened', () => {
    expect(reportMonth('2025-02-19')).toBe('Feb 2025');
    expect(describeScope('report', '2025-02-19')).toBe('As of the report (Feb 2025): measured and as-stated values');
    expect(describeScope('all', '2025-02-19')).toBe('All values: estimates and releases after the report (Feb 2025) included');
    expect(describeActiveFilters(state({}), index)).toEqual([]);
    expect(describeActiveFilters(state({ scope: 'all' }), index).map((f) => f.label)).toEqual(['Estimates and later releases included']);
  });
});
