import { useId } from 'react';
import type { Lab } from '../../../data/dataset.schema';
import { messages } from '../../../messages/labs';

/** A labelled select of every lab, grouped by country; "" is "no lab chosen". */
export function LabPicker({ label, labs, value, onChange }: { label: string; labs: readonly Lab[]; value: string; onChange: (id: string) => void }) {
  const id = useId();
  const countries = [...new Set(labs.map((l) => l.country))];
  const known = labs.some((l) => l.id === value);
  return (
    <div className="lab-picker">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={known ? value : ''} onChange={(e) => onChange(e.target.value)}>
        <option value="">{messages.labs.compare.choose}</option>
        {countries.map((c) => (
          <optgroup key={c} label={messages.common.country[c] ?? c}>
            {labs
              .filter((l) => l.country === c)
              .map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
