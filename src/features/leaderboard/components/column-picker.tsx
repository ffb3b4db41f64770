import { useId } from 'react';
import { messages } from '../../../messages';
import { OPTIONAL_COLUMNS, type OptionalColumn } from '../../../stores/filters/filters-url';

/** Checkboxes that show or hide the leaderboard table's optional columns (kept in the URL as `cols`). */
export function ColumnPicker({ shown, onToggle }: { shown: readonly OptionalColumn[]; onToggle: (column: OptionalColumn) => void }) {
  const m = messages.leaderboard;
  const helpId = useId();
  return (
    <fieldset className="lb-columns" aria-describedby={helpId}>
      <legend>{m.columnPicker.label}</legend>
      {OPTIONAL_COLUMNS.map((c) => (
        <label key={c}>
          <input type="checkbox" checked={shown.includes(c)} onChange={() => onToggle(c)} /> {m.columns[c]}
        </label>
      ))}
      <p id={helpId} className="lb-columns__help">
        {m.columnPicker.help}
      </p>
    </fieldset>
  );
}
