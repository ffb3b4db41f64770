/**
 * Keeps the filter store and the URL in step, both ways:
 * - URL → store on start, on back and forward, and on moving to another view (without writing back);
 * - store → URL after each user action (a history entry each, or an amended one while typing);
 * - the URL is rewritten in place (never a new entry) when it held values that were ignored, unknown
 *   to the dataset, out of the sane date window, or another view's.
 * Each view's URL carries the shared filters and its own options; the store keeps the options of the
 * views not shown, so they come back with their view.
 */
import { viewOfPath, type ViewName } from '../../config/paths';
import { getLocation, onLocationChange, writeSearch } from '../../lib/location';
import { pickFilterState, useFiltersStore } from './filters-store';
import { parseFilters, sanitizeAgainst, serializeFilters, withOtherViews, type FilterState, type KnownToDataset } from './filters-url';

/** What the dataset knows, once it is loaded: every read of the URL is checked against it. */
let known: KnownToDataset | null = null;
/** The view whose URL the store was last synced with. */
let syncedView: ViewName | null = null;

function cleaned(state: FilterState): FilterState {
  return known ? sanitizeAgainst(state, known) : state;
}

/** Reads the URL into the store and cleans the URL in place if it held anything that was dropped. */
export function applyUrlToStore(): void {
  const { path, search } = getLocation();
  const view = viewOfPath(path);
  syncedView = view;
  const { state } = parseFilters(search, view);
  const next = cleaned(withOtherViews(state, pickFilterState(useFiltersStore.getState()), view));
  useFiltersStore.getState().applyFromUrl(next);
  const canonical = serializeFilters(next, view);
  if (canonical !== search) writeSearch(canonical, 'replace');
}

/** The query string that a link to `path` should carry: the store's state, as that view's URL. */
export function searchFor(path: string): string {
  return serializeFilters(pickFilterState(useFiltersStore.getState()), viewOfPath(path));
}

/** Starts the two-way sync; returns a function that stops it. */
export function startFiltersUrlSync(): () => void {
  applyUrlToStore();
  const onPop = () => applyUrlToStore();
  window.addEventListener('popstate', onPop);
  // A move to another view: its URL is read (its own options, the shared filters) and cleaned.
  const stopWatching = onLocationChange(() => {
    if (viewOfPath(getLocation().path) !== syncedView) applyUrlToStore();
  });
  const unsubscribe = useFiltersStore.subscribe((s, prev) => {
    if (s.revision === prev.revision || s.historyMode === 'none') return;
    writeSearch(serializeFilters(pickFilterState(s), viewOfPath(getLocation().path)), s.historyMode);
  });
  return () => {
    window.removeEventListener('popstate', onPop);
    stopWatching();
    unsubscribe();
    resetFiltersUrlSync();
  };
}

/**
 * Once the dataset is known: drop lab and model ids it does not have and clamp dates, now and on every
 * later read of the URL (back, forward, another view), cleaning the URL in place.
 */
export function sanitizeStoreAgainst(dataset: KnownToDataset): void {
  known = dataset;
  const current = pickFilterState(useFiltersStore.getState());
  const next = sanitizeAgainst(current, dataset);
  if (next === current) return;
  useFiltersStore.getState().applyFromUrl(next);
  writeSearch(serializeFilters(next, viewOfPath(getLocation().path)), 'replace');
}

/** Forgets the dataset and the view (when the sync stops: between tests, on unmount). */
export function resetFiltersUrlSync(): void {
  known = null;
  syncedView = null;
}
