import { useId } from 'react';
import { messages } from '../../../messages/labs';
import { useFiltersStore } from '../../../stores/filters/filters-store';
import type { RegionFilter } from '../../../filters/filter-state';
import type { LabSortKey } from '../../../stores/filters/filters-url';

const REGIONS: readonly RegionFilter[] = ['all', 'us', 'cn', 'other'];
const SORTS: readonly LabSortKey[] = ['name', 'index', 'founded', 'models'];

/** The shared region filter (a radio group) and the directory's sort order, both kept in the URL. */
export function DirectoryControls() {
  const region = useFiltersStore((s) => s.region);
  const setRegion = useFiltersStore((s) => s.setRegion);
  const labSort = useFiltersStore((s) => s.labSort);
  const setLabSort = useFiltersStore((s) => s.setLabSort);
  const m = messages.labs.controls;
  const name = useId();
  const sortId = useId();
  const sortNoteId = useId();
  return (
    <div className="directory-controls" role="group" aria-label={m.label}>
      <fieldset className="region-filter">
        <legend>{m.region}</legend>
        {REGIONS.map((r) => (
          <label key={r} className="region-filter__option">
            <input type="radio" name={name} value={r} checked={region === r} onChange={() => setRegion(r)} />
            {messages.common.region[r]}
          </label>
        ))}
      </fieldset>
      <div className="directory-controls__sort">
        <label htmlFor={sortId}>{m.sort}</label>
        <select id={sortId} value={labSort} onChange={(e) => setLabSort(e.target.value as LabSortKey)} aria-describedby={sortNoteId}>
          {SORTS.map((key) => (
            <option key={key} value={key}>
              {m.sortOptions[key]}
            </option>
          ))}
        </select>
        <p id={sortNoteId} className="directory-controls__note">
          {m.sortNote}
        </p>
      </div>
    </div>
  );
}
