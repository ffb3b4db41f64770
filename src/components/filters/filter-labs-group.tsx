import { memo, useId, useMemo } from 'react';
import { useDataset } from '../../data/dataset-queries';
import type { Lab } from '../../data/dataset.schema';
import type { RowFilters } from '../../filters/filter-state';
import { countModelsByLab } from '../../filters/row-predicate';
import { regionOfCountry } from '../../lib/regions';
import { messages } from '../../messages';
import { useFiltersStore } from '../../stores/filters/filters-store';
import { Fieldset } from './filter-fieldset';

interface CountryGroup {
  country: Lab['country'];
  name: string;
  labs: Lab[];
}

const REGION_ORDER = { cn: 0, us: 1, other: 2 } as const;

/** The labs by country: a checkbox and an "only" button each, with all/none per country and the count each would show. */
export function LabsGroup({ state }: { state: RowFilters }) {
  const m = messages.leaderboard.filters;
  const { data, rows } = useDataset();
  const setLabs = useFiltersStore((s) => s.setLabs);
  const allIds = useMemo(() => data.labs.map((l) => l.id).sort(), [data.labs]);
  const groups = useMemo<CountryGroup[]>(() => {
    const byCountry = new Map<Lab['country'], Lab[]>();
    for (const lab of data.labs) byCountry.set(lab.country, [...(byCountry.get(lab.country) ?? []), lab]);
    return [...byCountry.entries()]
      .map(([country, labs]) => ({
        country,
        name: messages.common.country[country] ?? country,
        labs: [...labs].sort((a, b) => a.name.localeCompare(b.name)),
      }))
      .sort((a, b) => REGION_ORDER[regionOfCountry(a.country)] - REGION_ORDER[regionOfCountry(b.country)] || a.name.localeCompare(b.name));
  }, [data.labs]);
  const counts = useMemo(() => countModelsByLab(rows, state), [rows, state]);
  const selected = new Set(state.labs.length === 0 ? allIds : state.labs);
  const hintId = useId();

  const apply = (next: Set<string>) => setLabs(next.size === allIds.length ? [] : [...next]);

  return (
    <Fieldset legend={m.labs} help={m.labsHelp} className="filter-group--labs">
      <p className="filter-group__summary">{m.labsSummary(selected.size, allIds.length)}</p>
      <p id={hintId} className="visually-hidden">
        {m.lastLab}
      </p>
      {groups.map((g) => {
        const inGroup = g.labs.map((l) => l.id);
        const allOn = inGroup.every((id) => selected.has(id));
        const noneLeft = [...selected].every((id) => inGroup.includes(id));
        return (
          <fieldset key={g.country} className="lab-country">
            <legend>
              {g.name} <span className="lab-country__n">({g.labs.length})</span>
            </legend>
            <div className="lab-country__actions">
              <button type="button" aria-label={m.groupAllLabel(g.name)} disabled={allOn} onClick={() => apply(new Set([...selected, ...inGroup]))}>
                {m.groupAll}
              </button>
              <button
                type="button"
                aria-label={m.groupNoneLabel(g.name)}
                disabled={noneLeft || !inGroup.some((id) => selected.has(id))}
                aria-describedby={noneLeft ? hintId : undefined}
                onClick={() => apply(new Set([...selected].filter((id) => !inGroup.includes(id))))}
              >
                {m.groupNone}
              </button>
            </div>
            <ul className="lab-list">
              {g.labs.map((lab) => {
                const checked = selected.has(lab.id);
                const last = checked && selected.size === 1;
                const n = counts.get(lab.id) ?? 0;
                return (
                  <LabOption
                    key={lab.id}
                    lab={lab}
                    checked={checked}
                    last={last}
                    count={n}
                    onlyPressed={state.labs.length === 1 && state.labs[0] === lab.id}
                    hintId={hintId}
                    allIds={allIds}
                  />
                );
              })}
            </ul>
          </fieldset>
        );
      })}
    </Fieldset>
  );
}

interface LabOptionProps {
  lab: Lab;
  checked: boolean;
  /** The only lab still selected: it cannot be unchecked. */
  last: boolean;
  count: number;
  onlyPressed: boolean;
  hintId: string;
  allIds: readonly string[];
}

/** One lab's checkbox and "only" button; memoised, so a filter change redraws only the labs it changes. */
const LabOption = memo(function LabOption({ lab, checked, last, count: n, onlyPressed, hintId, allIds }: LabOptionProps) {
  const m = messages.leaderboard.filters;
  const setLabs = useFiltersStore((s) => s.setLabs);
  return (
    <li>
      <label className={n === 0 ? 'lab-option lab-option--empty' : 'lab-option'}>
        <LabCheckbox labId={lab.id} checked={checked} last={last} hintId={hintId} allIds={allIds} />
        <span className="lab-option__name">
          {lab.name}
          {lab.nativeName && ' '}
          {lab.nativeName && (
            <span lang="zh" className="lab-option__native">
              {lab.nativeName}
            </span>
          )}
        </span>{' '}
        <span className="lab-option__count">
          {n} <span className="visually-hidden">{m.labCountUnit(n)}</span>
        </span>
      </label>
      <button type="button" className="lab-only" aria-label={m.onlyLabel(lab.name)} aria-pressed={onlyPressed} onClick={() => setLabs(onlyPressed ? [] : [lab.id])}>
        {m.only}
      </button>
    </li>
  );
});

/**
 * The lab's checkbox on its own: when only the lab's count changes (a region click), React leaves the
 * input alone instead of setting its type and other attributes again.
 */
const LabCheckbox = memo(function LabCheckbox({ labId, checked, last, hintId, allIds }: Pick<LabOptionProps, 'checked' | 'last' | 'hintId' | 'allIds'> & { labId: string }) {
  const toggleLab = useFiltersStore((s) => s.toggleLab);
  return <input type="checkbox" checked={checked} disabled={last} aria-describedby={last ? hintId : undefined} onChange={() => toggleLab(labId, allIds)} />;
});
