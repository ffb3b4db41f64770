/**
 * The active filters in words (for the chips and the empty state) and the empty-result diagnosis:
 * which filters, removed one at a time, would bring models back. Pure; the words are in src/messages.
 */
import type { DatasetIndex, ModelRow } from '../data/dataset-index';
import { formatList, formatPartialDate } from '../lib/format';
import { messages } from '../messages';
import { activeFilterKeys, withoutFilter, type FilterKey, type RowFilters } from './filter-state';
import { applyFilters } from './row-predicate';

export interface ActiveFilter {
  key: FilterKey;
  /** What the filter does, in words: "Region: China", "Open weights only". */
  label: string;
}

function listNames(names: string[], max = 3): string {
  if (names.length <= max) return formatList(names, true);
  return messages.leaderboard.chips.andMore(formatList(names.slice(0, max), true), names.length - max);
}

/** The active filters, each with a label that says what it does (for chips and the empty state). */
export function describeActiveFilters(state: RowFilters, index: Pick<DatasetIndex, 'labsById'>): ActiveFilter[] {
  const m = messages.leaderboard.chips;
  return activeFilterKeys(state).map((key): ActiveFilter => {
    switch (key) {
      case 'scope':
        return { key, label: messages.filters.scope.chip };
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
  /** Filters that each, removed on their own, bring models back; with how many. */
  culprits: Array<ActiveFilter & { wouldShow: number }>;
  /** Active filters whose removal alone would still leave nothing. */
  stillEmpty: ActiveFilter[];
  /** True when no single filter is to blame: only removing several brings models back. */
  combination: boolean;
  /** Every active filter, for "together these leave nothing". */
  active: ActiveFilter[];
}

/**
 * Why an empty result is empty, for any count of what a view shows (rows in a table, points on a chart):
 * each active filter with what `count` would give without it.
 */
export function diagnoseEmpty<T extends RowFilters>(state: T, count: (state: T) => number, index: Pick<DatasetIndex, 'labsById'>): EmptyExplanation {
  const active = describeActiveFilters(state, index);
  const tried = active.map((filter) => ({ ...filter, wouldShow: count(withoutFilter(state, filter.key)) }));
  const culprits = tried.filter((f) => f.wouldShow > 0);
  const stillEmpty = tried.filter((f) => f.wouldShow === 0).map(({ key, label }) => ({ key, label }));
  return { culprits, stillEmpty, combination: culprits.length === 0 && active.length > 0, active };
}

/** The diagnosis for a list of model rows; null when the filtered list is not empty. */
export function explainEmpty(rows: readonly ModelRow[], state: RowFilters, index: Pick<DatasetIndex, 'labsById'>): EmptyExplanation | null {
  if (applyFilters(rows, state).length > 0) return null;
  return diagnoseEmpty(state, (s) => applyFilters(rows, s).length, index);
}
