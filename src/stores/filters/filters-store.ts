import { create } from 'zustand';
import { clearAllPatch, clearFilterPatch, type FilterKey, type OpenWeightsFilter, type ReasoningFilter, type RegionFilter, type Scope } from '../../filters/filter-state';
import { DEFAULT_FILTERS, FILTER_STATE_KEYS, type EventKindFilter, type FilterState, type LabSortKey, type LeaderboardMode, type LeaderboardSortKey, type OptionalColumn } from './filters-url';

/**
 * How the URL should record the latest change: `push` makes a history entry (one per user action),
 * `replace` amends the current one (typing more letters into the same search box), `none` means the
 * change came from the URL itself (load, back, forward) and must not be written back.
 */
export type HistoryMode = 'push' | 'replace' | 'none';

export interface FiltersStore extends FilterState {
  /** Bumped on every change, so the URL sync can tell one change from the next. */
  revision: number;
  historyMode: HistoryMode;
  /** The kind of the last change, to merge keystrokes in one field into one history entry. */
  lastField: string | null;

  setRegion: (region: RegionFilter) => void;
  setLabs: (labs: string[]) => void;
  toggleLab: (labId: string, allLabIds: readonly string[]) => void;
  setOpenWeights: (value: OpenWeightsFilter) => void;
  setReasoning: (value: ReasoningFilter) => void;
  setFrom: (day: string | null) => void;
  setTo: (day: string | null) => void;
  setWindow: (from: string | null, to: string | null) => void;
  setSearch: (text: string) => void;
  selectModel: (modelId: string | null) => void;
  setSort: (key: LeaderboardSortKey, dir?: 'asc' | 'desc') => void;
  setMode: (mode: LeaderboardMode) => void;
  /** As of the report, or with estimates and later releases: one shared scope for every view. */
  setScope: (scope: Scope) => void;
  setOpenFrontier: (show: boolean) => void;
  setHideLaterEvents: (hide: boolean) => void;
  setEventKinds: (kinds: EventKindFilter[]) => void;
  setLabSort: (key: LabSortKey) => void;
  /** Timeline: pins an export-control event (its card open) or unpins it. */
  pinEvent: (eventId: string | null) => void;
  /** Shows or hides one optional leaderboard column. */
  toggleColumn: (column: OptionalColumn) => void;
  /** Switches one filter off, as its own history entry (never merged with typing in that field). */
  clearFilter: (key: FilterKey) => void;
  /** Clears every filter (scope, region, labs, openness, reasoning, window, search); keeps view options. */
  resetFilters: () => void;
  /** Replaces the whole state from the URL, without writing back to it. */
  applyFromUrl: (state: FilterState) => void;
}

/** Default directions when a column is first chosen: numbers high to low, text A to Z. */
const FIRST_DIRECTION: Record<LeaderboardSortKey, 'asc' | 'desc'> = {
  rank: 'asc',
  model: 'asc',
  lab: 'asc',
  country: 'asc',
  release: 'desc',
  index: 'desc',
  open: 'desc',
  reasoning: 'desc',
  price: 'asc',
  params: 'desc',
  context: 'desc',
  licence: 'asc',
};

export const useFiltersStore = create<FiltersStore>()((set, get) => {
  /** One user action: a new history entry, unless it continues typing in the same field. */
  const change = (field: string, patch: Partial<FilterState>, mergeTyping = false) => {
    const { lastField, revision, historyMode } = get();
    const continuing = mergeTyping && lastField === field && historyMode !== 'none';
    set({ ...patch, revision: revision + 1, historyMode: continuing ? 'replace' : 'push', lastField: field });
  };

  return {
    ...DEFAULT_FILTERS,
    revision: 0,
    historyMode: 'none',
    lastField: null,

    setRegion: (region) => change('region', { region }),
    setLabs: (labs) => change('labs', { labs: [...new Set(labs)].sort() }),
    toggleLab: (labId, allLabIds) => {
      const current = get().labs.length === 0 ? [...allLabIds] : get().labs;
      const next = current.includes(labId) ? current.filter((id) => id !== labId) : [...current, labId];
      // Every lab ticked is the same as no lab filter.
      change('labs', { labs: next.length === allLabIds.length ? [] : [...next].sort() });
    },
    setOpenWeights: (openWeights) => change('openWeights', { openWeights }),
    setReasoning: (reasoning) => change('reasoning', { reasoning }),
    setFrom: (from) => change('from', { from }, true),
    setTo: (to) => change('to', { to }, true),
    setWindow: (from, to) => change('window', { from, to }),
    setSearch: (search) => change('search', { search }, true),
    selectModel: (model) => change('model', { model }),
    setSort: (key, dir) => {
      const current = get().sort;
      const nextDir = dir ?? (current.key === key ? (current.dir === 'asc' ? 'desc' : 'asc') : FIRST_DIRECTION[key]);
      change('sort', { sort: { key, dir: nextDir } });
    },
    setMode: (mode) => change('mode', { mode }),
    setScope: (scope) => change('scope', { scope }),
    setOpenFrontier: (openFrontier) => change('openFrontier', { openFrontier }),
    setHideLaterEvents: (hideLaterEvents) => change('hideLaterEvents', { hideLaterEvents }),
    setEventKinds: (eventKinds) => change('eventKinds', { eventKinds: [...new Set(eventKinds)].sort() }),
    setLabSort: (labSort) => change('labSort', { labSort }),
    pinEvent: (event) => change('event', { event }),
    toggleColumn: (column) => {
      const { columns, sort } = get();
      const next = columns.includes(column) ? columns.filter((c) => c !== column) : [...columns, column].sort();
      // Hiding the column the table is sorted by goes back to the default order.
      change('columns', { columns: next, ...(sort.key === column && !next.includes(column) ? { sort: DEFAULT_FILTERS.sort } : {}) });
    },
    clearFilter: (key) => change(`clear:${key}`, clearFilterPatch(key)),
    resetFilters: () => change('reset', clearAllPatch()),
    applyFromUrl: (state) => set({ ...state, revision: get().revision + 1, historyMode: 'none', lastField: null }),
  };
});

/** The plain filter state, without actions or bookkeeping. */
export function pickFilterState(s: FiltersStore): FilterState {
  return Object.fromEntries(FILTER_STATE_KEYS.map((key) => [key, s[key]])) as unknown as FilterState;
}

/** For tests: back to the initial state. */
export function resetFiltersStore(): void {
  useFiltersStore.setState({ ...DEFAULT_FILTERS, revision: 0, historyMode: 'none', lastField: null });
}
