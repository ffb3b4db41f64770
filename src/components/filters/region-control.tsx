import type { RegionFilter } from '../../filters/filter-state';
import { REGIONS } from '../../lib/regions';
import { messages } from '../../messages';
import { useFiltersStore } from '../../stores/filters/filters-store';
import { RegionMarkerIcon } from '../charts/region-marker';
import './filter-controls.css';

const REGION_OPTIONS: readonly RegionFilter[] = ['all', ...REGIONS];

/**
 * The shared region filter, the same control on every view: All / United States / China / Other as
 * toggle buttons (China vs US is one click), read from and written to the store (and so the URL).
 */
export function RegionControl({ value }: { value: RegionFilter }) {
  const setRegion = useFiltersStore((s) => s.setRegion);
  return (
    <fieldset className="filter-group">
      <legend className="filter-group__legend">{messages.leaderboard.filters.region}</legend>
      <div className="segmented">
        {REGION_OPTIONS.map((r) => (
          <button key={r} type="button" aria-pressed={value === r} onClick={() => setRegion(r)}>
            {r !== 'all' && <RegionMarkerIcon region={r} />}
            {messages.common.region[r]}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
