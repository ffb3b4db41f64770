import { memo, useId, useMemo, useState, type ChangeEvent, type ReactNode } from 'react';
import { useDataset } from '../../data/dataset-queries';
import type { Lab } from '../../data/dataset.schema';
import { isRealDay } from '../../lib/dates';
import { regionOfCountry } from '../../lib/regions';
import { messages } from '../../messages';
import { useFiltersStore } from '../../stores/filters/filters-store';
import { isFilterActive, type FilterKey, type OpenWeightsFilter, type ReasoningFilter, type RegionFilter, type RowFilters } from '../../filters/filter-state';
import { countModelsByLab } from '../../filters/row-predicate';
import { RegionControl } from './region-control';
import { ScopeControl } from './scope-control';
import { useRowFilters } from './use-row-filters';
import './filters.css';

export type FilterGroupId = 'region' | 'search' | 'openWeights' | 'reasoning' | 'window' | 'labs';
export const ALL_FILTER_GROUPS: readonly FilterGroupId[] = ['region', 'search', 'openWeights', 'reasoning', 'window', 'labs'];

const KEYS_OF_GROUP: Record<FilterGroupId, FilterKey[]> = {
  region: ['region'],
  search: ['search'],
  openWeights: ['openWeights'],
  reasoning: ['reasoning'],
  window: ['from', 'to'],
  labs: ['labs'],
};

interface FilterPanelProps {
  /** Which filter groups to show, in this order (default: all). */
  groups?: readonly FilterGroupId[];
  /**
   * Groups that stay visible when the panel collapses on a narrow screen (default: region, so China vs US
   * stays one click away).
   */
  pinned?: readonly FilterGroupId[];
}

/**
 * The filter panel: every control reads and writes the shared filter store (and so the URL). On a narrow
 * screen everything but the pinned groups collapses behind a "Filters (n active)" disclosure button.
 */
export function FilterPanel({ groups = ALL_FILTER_GROUPS, pinned = ['region'] }: FilterPanelProps) {
  const m = messages.leaderboard.filters;
  const state = useRowFilters();
  const [open, setOpen] = useState(false);
  const headingId = useId();
  const bodyId = useId();
  const pinnedGroups = groups.filter((g) => pinned.includes(g));
  const collapsible = groups.filter((g) => !pinned.includes(g));
  const activeInside = [...collapsible.flatMap((g) => KEYS_OF_GROUP[g]), 'scope' as const].filter((k) => isFilterActive(state, k)).length;

  return (
    <aside className="filter-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="filter-panel__heading">
        {m.heading}
      </h2>
      {pinnedGroups.map((g) => (
        <FilterGroup key={g} id={g} state={state} />
      ))}
      {collapsible.length > 0 && (
        <>
          <button type="button" className="filter-panel__toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((o) => !o)}>
            <span aria-hidden="true" className="filter-panel__chevron">
              {open ? '▾' : '▸'}
            </span>{' '}
            {m.toggle(activeInside)}
          </button>
          <div id={bodyId} className="filter-panel__body" data-open={open}>
            <ScopeControl />
            {collapsible.map((g) => (
              <FilterGroup key={g} id={g} state={state} />
            ))}
          </div>
        </>
      )}
    </aside>
  );
}

// Each group redraws only when its own value changes (a click on China leaves the radios and dates alone).
const Region = memo(RegionGroup);
const Search = memo(SearchGroup);
const OpenWeights = memo(OpenWeightsGroup);
const Reasoning = memo(ReasoningGroup);
const Window = memo(WindowGroup);

function FilterGroup({ id, state }: { id: FilterGroupId; state: RowFilters }) {
  switch (id) {
    case 'region':
      return <Region value={state.region} />;
    case 'search':
      return <Search value={state.search} />;
    case 'openWeights':
      return <OpenWeights value={state.openWeights} />;
    case 'reasoning':
      return <Reasoning value={state.reasoning} />;
    case 'window':
      return <Window from={state.from} to={state.to} />;
    case 'labs':
      return <LabsGroup state={state} />;
  }
}

function Fieldset({ legend, help, children, className = '' }: { legend: string; help?: string; children: ReactNode; className?: string }) {
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

/** The shared region control (the same on every view). */
function RegionGroup({ value }: { value: RegionFilter }) {
  return <RegionControl value={value} />;
}

function SearchGroup({ value }: { value: string }) {
  const m = messages.leaderboard.filters;
  const setSearch = useFiltersStore((s) => s.setSearch);
  const inputId = useId();
  const helpId = useId();
  return (
    <div className="filter-group">
      <label htmlFor={inputId} className="filter-group__legend">
        {m.searchLabel}
      </label>
      <input
        id={inputId}
        type="search"
        value={value}
        placeholder={m.searchPlaceholder}
        aria-describedby={helpId}
        autoComplete="off"
        spellCheck={false}
        maxLength={100}
        onChange={(e) => setSearch(e.target.value)}
      />
      <p id={helpId} className="filter-group__help">
        {m.searchHelp}
      </p>
    </div>
  );
}

function RadioGroup<T extends string>({ legend, value, options, labels, onChange, help }: { legend: string; value: T; options: readonly T[]; labels: Record<T, string>; onChange: (v: T) => void; help?: string }) {
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

function OpenWeightsGroup({ value }: { value: OpenWeightsFilter }) {
  const m = messages.leaderboard.filters;
  const set = useFiltersStore((s) => s.setOpenWeights);
  return <RadioGroup legend={m.openWeights} value={value} options={['any', 'open', 'closed'] as const} labels={m.openWeightsOptions} onChange={set} />;
}

function ReasoningGroup({ value }: { value: ReasoningFilter }) {
  const m = messages.leaderboard.filters;
  const set = useFiltersStore((s) => s.setReasoning);
  return (
    <RadioGroup
      legend={m.reasoning}
      value={value}
      options={['any', 'reasoning', 'non-reasoning'] as const}
      labels={m.reasoningOptions}
      onChange={set}
      help={m.unknownExcluded}
    />
  );
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

function WindowGroup({ from, to }: { from: string | null; to: string | null }) {
  const m = messages.leaderboard.filters;
  const { data, rows } = useDataset();
  const setFrom = useFiltersStore((s) => s.setFrom);
  const setTo = useFiltersStore((s) => s.setTo);
  const setWindow = useFiltersStore((s) => s.setWindow);
  const fromId = useId();
  const toId = useId();
  const errorId = useId();
  const report = data.meta.report.publishedBy;
  const presets = useMemo(() => {
    const years = [...new Set(rows.flatMap((r) => (r.model.releaseDate ? [Number(r.model.releaseDate.slice(0, 4))] : [])))].sort();
    const recent = years.slice(-3);
    return [
      { label: m.presetBeforeReport, from: null, to: report },
      { label: m.presetAfterReport, from: nextDay(report), to: null },
      ...recent.map((y) => ({ label: m.presetYear(y), from: `${y}-01-01`, to: `${y}-12-31` })),
    ];
  }, [rows, report, m]);
  const inverted = from !== null && to !== null && from > to;
  const onDate = (set: (v: string | null) => void) => (e: ChangeEvent<HTMLInputElement>) => {
    const v = e.target.value;
    if (v === '') set(null);
    else if (isRealDay(v)) set(v);
  };
  return (
    <Fieldset legend={m.window} help={m.windowHelp}>
      <div className="date-row">
        <label htmlFor={fromId}>{m.from}</label>
        <input id={fromId} type="date" value={from ?? ''} onChange={onDate(setFrom)} aria-invalid={inverted || undefined} aria-describedby={inverted ? errorId : undefined} />
        <label htmlFor={toId}>{m.to}</label>
        <input id={toId} type="date" value={to ?? ''} onChange={onDate(setTo)} aria-invalid={inverted || undefined} aria-describedby={inverted ? errorId : undefined} />
      </div>
      {inverted && (
        <p id={errorId} className="filter-group__error" role="alert">
          {m.windowInverted}
        </p>
      )}
      <div className="preset-row" role="group" aria-label={m.presets}>
        {presets.map((p) => (
          <button
            key={p.label}
            type="button"
            aria-pressed={from === p.from && to === p.to}
            aria-label={m.presetLabel(p.label)}
            onClick={() => (from === p.from && to === p.to ? setWindow(null, null) : setWindow(p.from, p.to))}
          >
            {p.label}
          </button>
        ))}
      </div>
    </Fieldset>
  );
}

interface CountryGroup {
  country: Lab['country'];
  name: string;
  labs: Lab[];
}

const REGION_ORDER = { cn: 0, us: 1, other: 2 } as const;

function LabsGroup({ state }: { state: RowFilters }) {
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
