/**
 * The scope every view shares: "as of the report" (the default) or everything. As of the report means
 * the models released by the report's date, each with the value the charts use (measured or as stated in
 * a write-up); an estimate ("+") is left out, so its model counts as not rated in this scope. `all`
 * brings in estimates and the models released after the report. Pure; no React, no store.
 */
import type { ModelRow } from '../data/dataset-index';
import type { Scope } from './filter-state';

/** Whether a model is counted in a scope: released by the report (or of unknown date, listed by then). */
export function inScope(row: ModelRow, scope: Scope): boolean {
  return scope === 'all' || !row.afterReport;
}

/** Whether a row's value is left out in a scope (an estimate, as of the report). */
export function valueOutOfScope(row: ModelRow, scope: Scope): boolean {
  return scope === 'report' && row.score?.status === 'estimate';
}

// Rows are immutable once the dataset is indexed: each list's scoped copy is built once.
const scopedCache = new WeakMap<readonly ModelRow[], readonly ModelRow[]>();
const scopedRowCache = new WeakMap<ModelRow, ModelRow>();

function withoutEstimate(row: ModelRow): ModelRow {
  let scoped = scopedRowCache.get(row);
  if (!scoped) {
    // The estimate stays visible as another value the sources state; it is not the value counted.
    scoped = { ...row, score: null, otherScores: row.score ? [row.score, ...row.otherScores] : row.otherScores };
    scopedRowCache.set(row, scoped);
  }
  return scoped;
}

/**
 * The rows with the values a scope counts: as of the report, an estimate becomes "not rated". Which
 * models are in scope is the filter predicate's part (see `inScope`). Returns the same list (same order)
 * when nothing changes, so callers' caches keyed by the list keep working.
 */
export function withScopedValues(rows: readonly ModelRow[], scope: Scope): readonly ModelRow[] {
  if (scope === 'all') return rows;
  let out = scopedCache.get(rows);
  if (!out) {
    out = rows.some((r) => valueOutOfScope(r, scope)) ? rows.map((r) => (valueOutOfScope(r, scope) ? withoutEstimate(r) : r)) : rows;
    scopedCache.set(rows, out);
    scopedCache.set(out, out);
  }
  return out;
}

/** Every model in a scope with its scoped value, before any other filter. */
export function rowsInScope(rows: readonly ModelRow[], scope: Scope): ModelRow[] {
  return withScopedValues(rows, scope).filter((r) => inScope(r, scope));
}
