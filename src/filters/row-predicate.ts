/**
 * The filter predicate every view shares (leaderboard, China vs US, timeline): one pure test over model
 * rows, built once per state. No React, no store.
 */
import type { ModelRow } from '../data/dataset-index';
import type { Lab } from '../data/dataset.schema';
import { earliestDay, latestDay } from '../lib/dates';
import { isFilterActive, normaliseText, type FilterKey, type ReleaseWindow, type RowFilters } from './filter-state';
import { inScope, withScopedValues } from './scope';

/** Without spaces and punctuation that names spell in different ways ("Qwen 2.5" vs "Qwen2.5", "R-1" vs "R1"). */
function compact(normalised: string): string {
  return normalised.replace(/[\s\-_.·・/()（）]+/g, '');
}

interface SearchText {
  plain: string;
  compact: string;
}

// Rows are immutable once the dataset is indexed, so each row's search text is built once.
const searchTextCache = new WeakMap<ModelRow, SearchText>();

/** Every name a row can be found by: model name and aliases, lab name, native name and aliases. */
export function searchNamesOf(row: ModelRow): string[] {
  const lab: Lab = row.lab;
  return [row.model.name, ...row.model.aliases, lab.name, ...(lab.nativeName ? [lab.nativeName] : []), ...lab.aliases];
}

function searchTextOf(row: ModelRow): SearchText {
  let text = searchTextCache.get(row);
  if (!text) {
    // A separator that no query contains, so a match cannot span two names.
    const plain = searchNamesOf(row).map(normaliseText).join('\u0000');
    text = { plain, compact: searchNamesOf(row).map((n) => compact(normaliseText(n))).join('\u0000') };
    searchTextCache.set(row, text);
  }
  return text;
}

/**
 * A case-insensitive substring test against a row's names, the query normalised once (not once per row:
 * a keystroke tests every row, 5,000 of them in the bench, in several passes); an empty query matches everything.
 */
export function searchMatcher(query: string): (row: ModelRow) => boolean {
  const q = normaliseText(query);
  if (!q) return () => true;
  const c = compact(q);
  return (row) => {
    const text = searchTextOf(row);
    return text.plain.includes(q) || (c.length > 0 && text.compact.includes(c));
  };
}

/** Whether a release date (possibly month or year only) can fall in the window: its span overlaps it. */
export function inReleaseWindow(releaseDate: string | null, from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  if (!releaseDate) return false;
  if (from && latestDay(releaseDate) < from) return false;
  if (to && earliestDay(releaseDate) > to) return false;
  return true;
}

/** A predicate for one state, built once and applied to many rows. */
export function rowPredicate(state: RowFilters, options: { except?: readonly FilterKey[] } = {}): (row: ModelRow) => boolean {
  const skip = new Set(options.except ?? []);
  const applies = (key: FilterKey) => !skip.has(key) && isFilterActive(state, key);
  const region = applies('region') ? state.region : null;
  const labs = applies('labs') ? new Set(state.labs) : null;
  const open = applies('openWeights') ? state.openWeights === 'open' : null;
  const reasoning = applies('reasoning') ? state.reasoning === 'reasoning' : null;
  const from = applies('from') ? state.from : null;
  const to = applies('to') ? state.to : null;
  const search = applies('search') ? searchMatcher(state.search) : null;
  // The scope always applies (its default, "as of the report", leaves later releases out) unless skipped.
  const scope = skip.has('scope') ? 'all' : state.scope;
  return (row) =>
    inScope(row, scope) &&
    (region === null || row.region === region) &&
    (labs === null || labs.has(row.lab.id)) &&
    // Unknown openness or reasoning matches neither "yes" nor "no".
    (open === null || row.model.openWeights === open) &&
    (reasoning === null || row.model.reasoning === reasoning) &&
    ((from === null && to === null) || inReleaseWindow(row.model.releaseDate, from, to)) &&
    (search === null || search(row));
}

/**
 * The rows that pass every active filter (or every one but `except`), in their original order, each with
 * the value the scope counts (as of the report, an estimate is not counted: see scope.ts).
 */
export function applyFilters(rows: readonly ModelRow[], state: RowFilters, options: { except?: readonly FilterKey[] } = {}): ModelRow[] {
  const keep = rowPredicate(state, options);
  return withScopedValues(rows, state.scope).filter(keep);
}

/** The release window alone, as a test built once for many rows. */
export function releaseWindowTest(w: ReleaseWindow): (row: ModelRow) => boolean {
  if (!w.from && !w.to) return () => true;
  return (row) => inReleaseWindow(row.model.releaseDate, w.from, w.to);
}

/** How many models each lab would show if it were ticked: every other filter applies, the lab filter does not. */
export function countModelsByLab(rows: readonly ModelRow[], state: RowFilters): Map<string, number> {
  const keep = rowPredicate(state, { except: ['labs'] });
  const counts = new Map<string, number>();
  for (const row of withScopedValues(rows, state.scope)) if (keep(row)) counts.set(row.lab.id, (counts.get(row.lab.id) ?? 0) + 1);
  return counts;
}
