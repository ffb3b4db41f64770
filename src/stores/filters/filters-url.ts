/**
 * The URL codec for the view state: pure functions, no React, no store.
 * The query string holds only what differs from the default view. Incoming values are
 * parsed to valid or ignored: a bad value falls back to the default, never breaks the page.
 */
import { isRealDay } from '../../lib/dates';
import type { RegionFilter, ReasoningFilter, RowFilters } from '../../filters/filter-state';
export type LeaderboardSortKey = 'rank' | 'model' | 'lab' | 'country' | 'release' | 'index' | 'open' | 'reasoning';
export type SortDirection = 'asc' | 'desc';
export type LeaderboardMode = 'ranked' | 'compare';
export type LabSortKey = 'name' | 'index' | 'founded' | 'models';
export type EventKindFilter = 'chip-rule' | 'entity-list' | 'diffusion-rule' | 'reported-deliberation' | 'chip-launch';

/** The whole view state in the URL: the row filters every view shares, plus each view's options. */
export interface FilterState extends RowFilters {
  /** The model whose detail panel is open. */
  model: string | null;
  sort: { key: LeaderboardSortKey; dir: SortDirection };
  mode: LeaderboardMode;
  /** Timeline: show models released after the report. */
  showLater: boolean;
  /** Timeline: draw the open-weights frontier. */
  openFrontier: boolean;
  /** Timeline and export controls: hide events after the report. */
  hideLaterEvents: boolean;
  /** Export controls: kinds to show; empty means all. */
  eventKinds: EventKindFilter[];
  labSort: LabSortKey;
}

export const DEFAULT_FILTERS: FilterState = Object.freeze({
  region: 'all',
  labs: [],
  openWeights: 'any',
  reasoning: 'any',
  from: null,
  to: null,
  search: '',
  model: null,
  sort: { key: 'index', dir: 'desc' },
  mode: 'ranked',
  showLater: false,
  openFrontier: false,
  hideLaterEvents: false,
  eventKinds: [],
  labSort: 'name',
}) as FilterState;

export const MAX_PARAM_LENGTH = 400;
export const MAX_SEARCH_LENGTH = 100;
export const MAX_LIST_ITEMS = 60;
const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

const REGION_PARAM: Record<Exclude<RegionFilter, 'all'>, string> = { us: 'us', cn: 'china', other: 'other' };
const REASONING_PARAM: Record<Exclude<ReasoningFilter, 'any'>, string> = { reasoning: 'yes', 'non-reasoning': 'no' };
const SORT_KEYS: readonly LeaderboardSortKey[] = ['rank', 'model', 'lab', 'country', 'release', 'index', 'open', 'reasoning'];
const LAB_SORTS: readonly LabSortKey[] = ['name', 'index', 'founded', 'models'];
const EVENT_KINDS: readonly EventKindFilter[] = ['chip-rule', 'entity-list', 'diffusion-rule', 'reported-deliberation', 'chip-launch'];

function invert<K extends string>(map: Record<K, string>): Map<string, K> {
  return new Map(Object.entries(map).map(([k, v]) => [v as string, k as K]));
}
const REGION_FROM_PARAM = invert(REGION_PARAM);
const REASONING_FROM_PARAM = invert(REASONING_PARAM);

export interface ParseResult {
  state: FilterState;
  /** Parameter names that were present but ignored (malformed, unknown or too long). */
  ignored: string[];
}

function splitList(values: string[]): string[] {
  const out: string[] = [];
  for (const v of values) for (const part of v.split(',')) if (part) out.push(part.trim());
  return out;
}

function uniqueSorted<T extends string>(items: T[]): T[] {
  return [...new Set(items)].sort();
}

/** Parses a query string (with or without "?") into a full, valid state. Never throws. */
export function parseFilters(search: string): ParseResult {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state: { ...DEFAULT_FILTERS }, ignored: ['(query)'] };
  }
  const state: FilterState = { ...DEFAULT_FILTERS, sort: { ...DEFAULT_FILTERS.sort } };
  const ignored = new Set<string>();
  const all = (name: string) => params.getAll(name).filter((v) => v.length <= MAX_PARAM_LENGTH);
  const tooLong = (name: string) => params.getAll(name).some((v) => v.length > MAX_PARAM_LENGTH);
  /** For a single-valued parameter the last valid occurrence wins. */
  const lastValid = <T>(name: string, read: (v: string) => T | undefined): T | undefined => {
    const values = params.getAll(name);
    let found: T | undefined;
    for (const v of values) {
      const parsed = v.length <= MAX_PARAM_LENGTH ? read(v) : undefined;
      if (parsed === undefined) ignored.add(name);
      else found = parsed;
    }
    return found;
  };

  state.region = lastValid('region', (v) => REGION_FROM_PARAM.get(v)) ?? state.region;
  state.openWeights = lastValid('open', (v) => (v === 'open' || v === 'closed' ? v : undefined)) ?? state.openWeights;
  state.reasoning = lastValid('reasoning', (v) => REASONING_FROM_PARAM.get(v)) ?? state.reasoning;
  state.from = lastValid('from', (v) => (isRealDay(v) ? v : undefined)) ?? null;
  state.to = lastValid('to', (v) => (isRealDay(v) ? v : undefined)) ?? null;
  if (state.from && state.to && state.from > state.to) [state.from, state.to] = [state.to, state.from];
  state.search = lastValid('q', (v) => (v.length <= MAX_SEARCH_LENGTH ? v.trim() : undefined)) ?? '';
  state.model = lastValid('model', (v) => (SLUG.test(v) ? v : undefined)) ?? null;
  state.mode = lastValid('mode', (v) => (v === 'compare' ? v : undefined)) ?? state.mode;
  state.showLater = lastValid('later', (v) => (v === 'show' ? true : undefined)) ?? false;
  state.openFrontier = lastValid('frontier', (v) => (v === 'open' ? true : undefined)) ?? false;
  state.hideLaterEvents = lastValid('laterEvents', (v) => (v === 'hide' ? true : undefined)) ?? false;
  state.labSort = lastValid('labSort', (v) => (LAB_SORTS as readonly string[]).includes(v) ? (v as LabSortKey) : undefined) ?? state.labSort;
  state.sort =
    lastValid('sort', (v) => {
      const m = /^([a-z]+)-(asc|desc)$/.exec(v);
      if (!m || !(SORT_KEYS as readonly string[]).includes(m[1]!)) return undefined;
      return { key: m[1] as LeaderboardSortKey, dir: m[2] as SortDirection };
    }) ?? state.sort;

  // Lists: repeated keys are merged; bad items are dropped one by one.
  const labItems = splitList(all('labs'));
  if (tooLong('labs')) ignored.add('labs');
  const labs = labItems.filter((v) => SLUG.test(v));
  if (labs.length !== labItems.length) ignored.add('labs');
  state.labs = uniqueSorted(labs).slice(0, MAX_LIST_ITEMS);

  const kindItems = splitList(all('kinds'));
  if (tooLong('kinds')) ignored.add('kinds');
  const kinds = kindItems.filter((v): v is EventKindFilter => (EVENT_KINDS as readonly string[]).includes(v));
  if (kinds.length !== kindItems.length) ignored.add('kinds');
  state.eventKinds = uniqueSorted(kinds);

  const known = new Set(['region', 'labs', 'open', 'reasoning', 'from', 'to', 'q', 'model', 'sort', 'mode', 'later', 'frontier', 'laterEvents', 'kinds', 'labSort']);
  for (const key of params.keys()) if (!known.has(key)) ignored.add(key.slice(0, 40));

  return { state, ignored: [...ignored] };
}

/** The query string for a state: "" for the default view, else "?…" with parameters in a fixed order. */
export function serializeFilters(state: FilterState): string {
  const p = new URLSearchParams();
  const d = DEFAULT_FILTERS;
  if (state.region !== 'all') p.set('region', REGION_PARAM[state.region]);
  if (state.labs.length > 0) p.set('labs', uniqueSorted(state.labs).join(','));
  if (state.openWeights !== d.openWeights) p.set('open', state.openWeights);
  if (state.reasoning !== 'any') p.set('reasoning', REASONING_PARAM[state.reasoning]);
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.search.trim()) p.set('q', state.search.trim());
  if (state.sort.key !== d.sort.key || state.sort.dir !== d.sort.dir) p.set('sort', `${state.sort.key}-${state.sort.dir}`);
  if (state.mode !== d.mode) p.set('mode', state.mode);
  if (state.showLater) p.set('later', 'show');
  if (state.openFrontier) p.set('frontier', 'open');
  if (state.hideLaterEvents) p.set('laterEvents', 'hide');
  if (state.eventKinds.length > 0) p.set('kinds', uniqueSorted(state.eventKinds).join(','));
  if (state.labSort !== d.labSort) p.set('labSort', state.labSort);
  if (state.model) p.set('model', state.model);
  const s = p.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

/** Drops ids the dataset does not know (a lab or model id that is well formed but unknown). */
export function sanitizeAgainst(state: FilterState, known: { labIds: ReadonlySet<string>; modelIds: ReadonlySet<string> }): FilterState {
  const labs = state.labs.filter((id) => known.labIds.has(id));
  const model = state.model && known.modelIds.has(state.model) ? state.model : null;
  // Every lab selected is the same as no lab filter: keep the URL short.
  const normalisedLabs = labs.length === known.labIds.size ? [] : labs;
  if (normalisedLabs.length === state.labs.length && model === state.model) return state;
  return { ...state, labs: normalisedLabs, model };
}
