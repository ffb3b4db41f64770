import { useId, type ReactNode } from 'react';

/** A filter group's fieldset: its legend, the controls, and an optional help line it is described by. */
export function Fieldset({ legend, help, children, className = '' }: { legend: string; help?: string; children: ReactNode; className?: string }) {
  const helpId = useId();
  return (
    <fieldset className={`filter-group ${className}`} aria-describedby={help ? helpId : undefined}>
      <legend className="filter-group__legend">{legend}</legend>
      {children}
      {help && (
        <p id={helpId} className="filter-group__help">
          {help}
        </p>
      )}
    </fieldset>
  );
}

/** One choice among a few, as radio buttons in a row. */
export function RadioGroup<T extends string>({ legend, value, options, labels, onChange, help }: { legend: string; value: T; options: readonly T[]; labels: Record<T, string>; onChange: (v: T) => void; help?: string }) {
  const name = useId();
  return (
    <Fieldset legend={legend} help={help}>
      <div className="radio-row">
        {options.map((o) => (
          <label key={o} className="radio-row__option">
            <input type="radio" name={name} value={o} checked={value === o} onChange={() => onChange(o)} />
            {labels[o]}
          </label>
        ))}
      </div>
    </Fieldset>
  );
}
