/**
 * The filter semantics every view shares (leaderboard, China vs US, timeline): one pure predicate over
 * model rows, plus the words for the active filters (chips) and for an empty result. No React, no store.
 */
import type { DatasetIndex, ModelRow } from '../../data/dataset-index';
import type { Lab } from '../../data/dataset.schema';
import { earliestDay, latestDay } from '../../lib/dates';
import { formatPartialDate } from '../../lib/format';
import type { FilterState } from '../../stores/filters/filters-url';
import { messages } from '../../messages';

/** The part of the view state that decides which rows are shown. */
export type RowFilters = Pick<FilterState, 'region' | 'labs' | 'openWeights' | 'reasoning' | 'from' | 'to' | 'search'>;

/** One filter a person can switch off on its own (the release window's two ends are separate). */
export type FilterKey = 'region' | 'labs' | 'openWeights' | 'reasoning' | 'from' | 'to' | 'search';
export const FILTER_KEYS: readonly FilterKey[] = ['region', 'labs', 'openWeights', 'reasoning', 'from', 'to', 'search'];

/** Case-folded, width-folded (NFKC: full-width letters and digits become ASCII), single-spaced. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

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

/** Case-insensitive substring match against the row's names; an empty query matches everything. */
export function matchesSearch(row: ModelRow, query: string): boolean {
  const q = normaliseText(query);
  if (!q) return true;
  const text = searchTextOf(row);
  if (text.plain.includes(q)) return true;
  const c = compact(q);
  return c.length > 0 && text.compact.includes(c);
}

/** Whether a release date (possibly month or year only) can fall in the window: its span overlaps it. */
export function inReleaseWindow(releaseDate: string | null, from: string | null, to: string | null): boolean {
  if (!from && !to) return true;
  if (!releaseDate) return false;
  if (from && latestDay(releaseDate) < from) return false;
  if (to && earliestDay(releaseDate) > to) return false;
  return true;
}

export function isFilterActive(state: RowFilters, key: FilterKey): boolean {
  switch (key) {
    case 'region':
      return state.region !== 'all';
    case 'labs':
      return state.labs.length > 0;
    case 'openWeights':
      return state.openWeights !== 'any';
    case 'reasoning':
      return state.reasoning !== 'any';
    case 'from':
      return state.from !== null;
    case 'to':
      return state.to !== null;
    case 'search':
      return normaliseText(state.search) !== '';
  }
}

export function activeFilterKeys(state: RowFilters): FilterKey[] {
  return FILTER_KEYS.filter((key) => isFilterActive(state, key));
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
  const search = applies('search') ? state.search : null;
  return (row) =>
    (region === null || row.region === region) &&
    (labs === null || labs.has(row.lab.id)) &&
    // Unknown openness or reasoning matches neither "yes" nor "no".
    (open === null || row.model.openWeights === open) &&
    (reasoning === null || row.model.reasoning === reasoning) &&
    ((from === null && to === null) || inReleaseWindow(row.model.releaseDate, from, to)) &&
    (search === null || matchesSearch(row, search));
}

/** The rows that pass every active filter (or every one but `except`), in their original order. */
export function applyFilters(rows: readonly ModelRow[], state: RowFilters, options: { except?: readonly FilterKey[] } = {}): ModelRow[] {
  const keep = rowPredicate(state, options);
  return rows.filter(keep);
}

/** How many models each lab would show if it were ticked: every other filter applies, the lab filter does not. */
export function countModelsByLab(rows: readonly ModelRow[], state: RowFilters): Map<string, number> {
  const keep = rowPredicate(state, { except: ['labs'] });
  const counts = new Map<string, number>();
  for (const row of rows) if (keep(row)) counts.set(row.lab.id, (counts.get(row.lab.id) ?? 0) + 1);
  return counts;
}

export interface ActiveFilter {
  key: FilterKey;
  /** What the filter does, in words: "Region: China", "Open weights only". */
  label: string;
}

function listNames(names: string[], max = 3): string {
  if (names.length <= max) return names.join(', ');
  return messages.leaderboard.chips.andMore(names.slice(0, max).join(', '), names.length - max);
}

/** The active filters, each with a label that says what it does (for chips and the empty state). */
export function describeActiveFilters(state: RowFilters, index: Pick<DatasetIndex, 'labsById'>): ActiveFilter[] {
  const m = messages.leaderboard.chips;
  return activeFilterKeys(state).map((key): ActiveFilter => {
    switch (key) {
      case 'region':
        return { key, label: m.region(messages.common.region[state.region]) };
      case 'labs': {
        const names = state.labs.map((id) => index.labsById.get(id)?.name ?? id).sort((a, b) => a.localeCompare(b));
        return { key, label: m.labs(listNames(names), names.length) };
      }
      case 'openWeights':
        return { key, label: state.openWeights === 'open' ? m.openOnly : m.closedOnly };
      case 'reasoning':
        return { key, label: state.reasoning === 'reasoning' ? m.reasoningOnly : m.nonReasoningOnly };
      case 'from':
        return { key, label: m.from(formatPartialDate(state.from)) };
      case 'to':
        return { key, label: m.to(formatPartialDate(state.to)) };
      case 'search':
        return { key, label: m.search(state.search.trim()) };
    }
  });
}

export interface EmptyExplanation {
  /** Filters that each, removed on their own, bring rows back; with how many rows. */
  culprits: Array<ActiveFilter & { wouldShow: number }>;
  /** True when no single filter is to blame: only removing several brings rows back. */
  combination: boolean;
  /** Every active filter, for "together these leave nothing". */
  active: ActiveFilter[];
}

/**
 * Why a filtered result is empty: which filters, removed one at a time, would bring models back.
 * Returns null when the result is not empty.
 */
export function explainEmpty(rows: readonly ModelRow[], state: RowFilters, index: Pick<DatasetIndex, 'labsById'>): EmptyExplanation | null {
  if (applyFilters(rows, state).length > 0) return null;
  const active = describeActiveFilters(state, index);
  const culprits = active
    .map((filter) => ({ ...filter, wouldShow: applyFilters(rows, state, { except: [filter.key] }).length }))
    .filter((f) => f.wouldShow > 0);
  return { culprits, combination: culprits.length === 0 && active.length > 0, active };
}
