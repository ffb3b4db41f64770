import { paths } from '../../config/paths';
import { navigate } from '../../lib/location';
import { useFiltersStore } from '../../stores/filters/filters-store';
import { searchFor } from '../../stores/filters/filters-url-sync';

/**
 * "Models released after this" (an export-control event): sets the shared release window from that day
 * and opens the leaderboard, as one history entry (the window change, now on the leaderboard).
 */
export function showModelsReleasedFrom(day: string): void {
  useFiltersStore.getState().setWindow(day, null);
  navigate(paths.leaderboard, { replace: true, search: searchFor(paths.leaderboard) });
  window.scrollTo({ top: 0 });
  document.getElementById('main')?.focus({ preventScroll: true });
}
