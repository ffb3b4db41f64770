/**
 * Keeps the filter store and the URL in step, both ways:
 * - URL → store on start, on back and forward (without writing back);
 * - store → URL after each user action (a history entry each, or an amended one while typing);
 * - the URL is rewritten in place (never a new entry) when it held values that were ignored.
 */
import { getLocation, writeSearch } from '../../lib/location';
import { pickFilterState, useFiltersStore } from './filters-store';
import { parseFilters, sanitizeAgainst, serializeFilters } from './filters-url';

/** Reads the URL into the store and cleans the URL if it held anything that was ignored. */
export function applyUrlToStore(): void {
  const { search } = getLocation();
  const { state } = parseFilters(search);
  useFiltersStore.getState().applyFromUrl(state);
  const canonical = serializeFilters(state);
  if (canonical !== search) writeSearch(canonical, 'replace');
}

/** Starts the two-way sync; returns a function that stops it. */
export function startFiltersUrlSync(): () => void {
  applyUrlToStore();
  const onPop = () => applyUrlToStore();
  window.addEventListener('popstate', onPop);
  const unsubscribe = useFiltersStore.subscribe((s, prev) => {
    if (s.revision === prev.revision || s.historyMode === 'none') return;
    writeSearch(serializeFilters(pickFilterState(s)), s.historyMode);
  });
  return () => {
    window.removeEventListener('popstate', onPop);
    unsubscribe();
  };
}

/** Once the dataset is known: drop lab and model ids it does not have, and clean the URL in place. */
export function sanitizeStoreAgainst(known: { labIds: ReadonlySet<string>; modelIds: ReadonlySet<string> }): void {
  const current = pickFilterState(useFiltersStore.getState());
  const next = sanitizeAgainst(current, known);
  if (next === current) return;
  useFiltersStore.getState().applyFromUrl(next);
  writeSearch(serializeFilters(next), 'replace');
}
