import { useId } from 'react';
import { messages } from '../../../messages/labs';
import { useFiltersStore } from '../../../stores/filters/filters-store';
import { RegionControl } from '../../../components/filters/region-control';
import type { LabSortKey } from '../../../stores/filters/filters-url';

const SORTS: readonly LabSortKey[] = ['name', 'index', 'founded', 'models'];

/** The shared region filter (the same control as on every view) and the directory's sort order, both kept in the URL. */
export function DirectoryControls() {
  const region = useFiltersStore((s) => s.region);
  const labSort = useFiltersStore((s) => s.labSort);
  const setLabSort = useFiltersStore((s) => s.setLabSort);
  const m = messages.labs.controls;
  const sortId = useId();
  const sortNoteId = useId();
  return (
    <div className="directory-controls" role="group" aria-label={m.label}>
      <RegionControl value={region} />
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
