import { memo, useId, useState } from 'react';
import { useViewportAtMost } from '../layout/use-viewport-at-most';
import { messages } from '../../messages';
import { useFiltersStore } from '../../stores/filters/filters-store';
import { isFilterActive, type FilterKey, type OpenWeightsFilter, type ReasoningFilter, type RegionFilter, type RowFilters } from '../../filters/filter-state';
import { RadioGroup } from './filter-fieldset';
import { LabsGroup } from './filter-labs-group';
import { WindowGroup } from './filter-window-group';
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

const PINNED_REGION: readonly FilterGroupId[] = ['region'];

/**
 * The filter panel: every control reads and writes the shared filter store (and so the URL). On a narrow
 * screen everything but the pinned groups collapses behind a "Filters (n active)" disclosure button, and
 * the collapsed groups are not built at all until it opens (the lab list alone is some 250 elements a
 * phone would lay out for nothing); the button still counts the active filters from the store.
 * Memoised: it reads the filters itself, so a view's redraw that changes nothing here (the timeline's
 * deferred second pass, a sort) leaves it alone.
 */
export const FilterPanel = memo(function FilterPanel({ groups = ALL_FILTER_GROUPS, pinned = PINNED_REGION }: FilterPanelProps) {
  const m = messages.leaderboard.filters;
  const state = useRowFilters();
  const [open, setOpen] = useState(false);
  // The width where filters.css collapses the body (`max-width` of the same breakpoint).
  const collapses = useViewportAtMost('tablet');
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
          {/* Always in the DOM, so the button's aria-controls names an element even while it is empty. */}
          <div id={bodyId} className="filter-panel__body" data-open={open}>
            {(open || !collapses) && (
              <>
                <ScopeControl />
                {collapsible.map((g) => (
                  <FilterGroup key={g} id={g} state={state} />
                ))}
              </>
            )}
          </div>
        </>
      )}
    </aside>
  );
});

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
