/**
 * The URL codec for the view state, as one table: each state field has one parameter (name, parse,
 * default, and the views whose URLs carry it), and the compiler checks that none is missing. Pure.
 * The query string holds only what differs from the default view; a bad value falls back to the
 * default, never breaks the page; a view's own options (sort, mode, …) stay out of other views' URLs.
 */
import type { ViewName } from '../../config/paths';
import { NO_FILTERS, type RegionFilter, type ReasoningFilter, type RowFilters, type OpenWeightsFilter, type Scope } from '../../filters/filter-state';
import { isRealDay } from '../../lib/dates';
import { list, MAX_PARAM_LENGTH, oneOf, single, uniqueSorted, type Param } from './url-param';

export { MAX_PARAM_LENGTH };
export type LeaderboardSortKey = 'rank' | 'model' | 'lab' | 'country' | 'release' | 'index' | 'open' | 'reasoning' | OptionalColumn;
/** The leaderboard table's columns a person can show or hide. */
export type OptionalColumn = 'price' | 'params' | 'context' | 'licence';
export const OPTIONAL_COLUMNS: readonly OptionalColumn[] = ['price', 'params', 'context', 'licence'];
/** Shown until a person hides it: the price; the other optional columns start hidden. */
export const DEFAULT_COLUMNS: readonly OptionalColumn[] = ['price'];
export type SortDirection = 'asc' | 'desc';
export type LeaderboardMode = 'ranked' | 'compare';
export type LabSortKey = 'name' | 'index' | 'founded' | 'models';
export type EventKindFilter = 'chip-rule' | 'entity-list' | 'diffusion-rule' | 'reported-deliberation' | 'chip-launch';

/** The whole view state in the URL: the row filters every view shares, plus each view's options. */
export interface FilterState extends RowFilters {
  /** The model whose detail panel is open. */
  model: string | null;
  /** Timeline: the export-control event pinned (its card open, its marker emphasised). */
  event: string | null;
  sort: { key: LeaderboardSortKey; dir: SortDirection };
  mode: LeaderboardMode;
  /** Timeline: draw the open-weights frontier. */
  openFrontier: boolean;
  /** Timeline and export controls: hide events after the report. */
  hideLaterEvents: boolean;
  /** Export controls: kinds to show; empty means all. */
  eventKinds: EventKindFilter[];
  labSort: LabSortKey;
  /** Leaderboard: the optional table columns shown. */
  columns: OptionalColumn[];
}

export const MAX_SEARCH_LENGTH = 100;
export const MAX_LIST_ITEMS = 60;
const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
const slug = (text: string) => (SLUG.test(text) ? text : undefined);
const SORT_KEYS: readonly LeaderboardSortKey[] = ['rank', 'model', 'lab', 'country', 'release', 'index', 'open', 'reasoning', ...OPTIONAL_COLUMNS];
const LAB_SORTS: readonly LabSortKey[] = ['name', 'index', 'founded', 'models'];
const EVENT_KINDS: readonly EventKindFilter[] = ['chip-rule', 'entity-list', 'diffusion-rule', 'reported-deliberation', 'chip-launch'];
const member = <T extends string>(values: readonly T[]) => (text: string) => ((values as readonly string[]).includes(text) ? (text as T) : undefined);
const nullableDay = { read: (text: string) => (isRealDay(text) ? text : undefined), write: (day: string | null) => day ?? '' };
/** A flag that is off by default and on with one word. */
const flag = (name: string, on: string, views: readonly ViewName[]) =>
  single<boolean>({ name, default: false, read: (text) => (text === on ? true : undefined), write: (value) => (value ? on : ''), views });

/** Every state field's parameter, in the order they appear in a URL. */
export const PARAMS = {
  // "scope=all" brings in estimates and later releases on every view; the default ("as of the report") is left out.
  scope: single<Scope>({ name: 'scope', default: NO_FILTERS.scope, ...oneOf<Scope>({ report: '', all: 'all' }) }),
  region: single<RegionFilter>({ name: 'region', default: NO_FILTERS.region, ...oneOf<RegionFilter>({ all: '', us: 'us', cn: 'china', other: 'other' }) }),
  labs: list({ name: 'labs', item: slug, max: MAX_LIST_ITEMS }),
  openWeights: single<OpenWeightsFilter>({ name: 'open', default: NO_FILTERS.openWeights, ...oneOf<OpenWeightsFilter>({ any: '', open: 'open', closed: 'closed' }) }),
  reasoning: single<ReasoningFilter>({ name: 'reasoning', default: NO_FILTERS.reasoning, ...oneOf<ReasoningFilter>({ any: '', reasoning: 'yes', 'non-reasoning': 'no' }) }),
  from: single<string | null>({ name: 'from', default: null, ...nullableDay }),
  to: single<string | null>({ name: 'to', default: null, ...nullableDay }),
  search: single<string>({
    name: 'q',
    default: '',
    read: (text) => (text.length <= MAX_SEARCH_LENGTH ? text.trim() : undefined),
    write: (text) => text.trim(),
  }),
  sort: single<FilterState['sort']>({
    name: 'sort',
    default: { key: 'index', dir: 'desc' },
    read: (text) => {
      const m = /^([a-z]+)-(asc|desc)$/.exec(text);
      const key = m ? member(SORT_KEYS)(m[1]!) : undefined;
      return key && m ? { key, dir: m[2] as SortDirection } : undefined;
    },
    write: (sort) => `${sort.key}-${sort.dir}`,
    views: ['leaderboard'],
  }),
  mode: single<LeaderboardMode>({ name: 'mode', default: 'ranked', read: member(['compare'] as const), write: (mode) => (mode === 'ranked' ? '' : mode), views: ['leaderboard'] }),
  openFrontier: flag('frontier', 'open', ['timeline']),
  hideLaterEvents: flag('laterEvents', 'hide', ['timeline', 'export-controls']),
  eventKinds: list({ name: 'kinds', item: member(EVENT_KINDS), max: EVENT_KINDS.length, views: ['export-controls'] }),
  labSort: single<LabSortKey>({ name: 'labSort', default: 'name', read: member(LAB_SORTS), write: (key) => (key === 'name' ? '' : key), views: ['labs'] }),
  // "none" hides every optional column; the default (price only) is left out of the URL.
  columns: single<OptionalColumn[]>({
    name: 'cols',
    default: [...DEFAULT_COLUMNS],
    read: (text) => {
      if (text === 'none') return [];
      const items = text.split(',').map(member(OPTIONAL_COLUMNS));
      return items.length > 0 && items.every((c) => c !== undefined) ? uniqueSorted(items as OptionalColumn[]) : undefined;
    },
    write: (cols) => (cols.length === 0 ? 'none' : uniqueSorted(cols).join(',')),
    views: ['leaderboard'],
  }),
  model: single<string | null>({ name: 'model', default: null, read: slug, write: (id) => id ?? '' }),
  event: single<string | null>({ name: 'event', default: null, read: slug, write: (id) => id ?? '', views: ['timeline'] }),
} satisfies ParamTable;

/** One parameter per state field: a field without one (or a parameter of the wrong type) fails to compile. */
type ParamTable = { [K in keyof FilterState]: Param<FilterState[K]> };
type Key = keyof FilterState;
const TABLE: ParamTable = PARAMS;
const KEYS = Object.keys(TABLE) as Key[];
/** Every field of the view state, in the URL's order. */
export const FILTER_STATE_KEYS: readonly Key[] = KEYS;
/** An older link's parameter: the timeline's "later=show" is now the shared scope, "scope=all" (the canonical URL says so). */
const LEGACY_LATER = 'later';
const KNOWN_NAMES = new Set([...KEYS.map((key) => TABLE[key].name), LEGACY_LATER]);

function paramOf<K extends Key>(key: K): Param<FilterState[K]> {
  return TABLE[key];
}

/** Whether a view's URL carries a field (no view given: every field, e.g. for a full copy). */
export function carries(key: Key, view?: ViewName): boolean {
  const views = paramOf(key).views;
  return !view || !views || views.includes(view);
}

export const DEFAULT_FILTERS: FilterState = Object.freeze(Object.fromEntries(KEYS.map((key) => [key, paramOf(key).default])) as unknown as FilterState);

export interface ParseResult {
  state: FilterState;
  /** Parameter names that were present but ignored (malformed, unknown, too long, or another view's). */
  ignored: string[];
}

/**
 * Parses a query string (with or without "?") into a full, valid state. Never throws. With a view,
 * another view's parameters are ignored (left at their defaults).
 */
export function parseFilters(search: string, view?: ViewName): ParseResult {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state: { ...DEFAULT_FILTERS }, ignored: ['(query)'] };
  }
  const ignored = new Set<string>();
  const state = { ...DEFAULT_FILTERS } as Record<Key, unknown>;
  for (const key of KEYS) {
    const param = paramOf(key);
    const values = params.getAll(param.name);
    if (values.length === 0) continue;
    if (!carries(key, view)) {
      ignored.add(param.name);
      continue;
    }
    const { value, bad } = param.parse(values);
    state[key] = value;
    if (bad) ignored.add(param.name);
  }
  // The current parameter wins over the old one; an old value that means nothing is ignored.
  const later = params.get(LEGACY_LATER);
  if (later !== null && later !== 'show') ignored.add(LEGACY_LATER);
  else if (later === 'show' && !params.has(PARAMS.scope.name)) state.scope = 'all' satisfies Scope;
  for (const name of params.keys()) if (!KNOWN_NAMES.has(name)) ignored.add(name.slice(0, 40));
  const parsed = state as unknown as FilterState;
  // A window given back to front is the same window.
  if (parsed.from && parsed.to && parsed.from > parsed.to) [parsed.from, parsed.to] = [parsed.to, parsed.from];
  return { state: parsed, ignored: [...ignored] };
}

/**
 * The query string for a state: "" for the default view, else "?…" with each parameter whose text
 * differs from its default's, in the table's order. With a view, only the parameters its URL carries.
 */
export function serializeFilters(state: FilterState, view?: ViewName): string {
  const p = new URLSearchParams();
  for (const key of KEYS) {
    if (!carries(key, view)) continue;
    const param = paramOf(key);
    const text = param.write(state[key]);
    if (text !== param.write(param.default)) p.set(param.name, text);
  }
  const s = p.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

/** The window of dates a URL may ask for: 2015 to two years after the dataset's as-of date. */
export const EARLIEST_DAY = '2015-01-01';
export function latestAllowedDay(asOf: string): string {
  return `${Number(asOf.slice(0, 4)) + 2}${asOf.slice(4, 10)}`.replace(/-02-29$/, '-02-28');
}

export interface KnownToDataset {
  labIds: ReadonlySet<string>;
  modelIds: ReadonlySet<string>;
  /** The dataset's as-of day (ISO): dates are clamped to a sane window around it. */
  asOf: string;
}

const clampDay = (day: string | null, min: string, max: string) => (day === null ? null : day < min ? min : day > max ? max : day);

/**
 * Against the dataset: drops lab and model ids it does not have, treats every lab selected as no lab
 * filter, and clamps the window to a sane range. Returns the same object when nothing changes.
 */
export function sanitizeAgainst(state: FilterState, known: KnownToDataset): FilterState {
  const labs = state.labs.filter((id) => known.labIds.has(id));
  const model = state.model && known.modelIds.has(state.model) ? state.model : null;
  // Every lab selected is the same as no lab filter: keep the URL short.
  const normalisedLabs = labs.length === known.labIds.size ? [] : labs;
  const latest = latestAllowedDay(known.asOf);
  const from = clampDay(state.from, EARLIEST_DAY, latest);
  const to = clampDay(state.to, EARLIEST_DAY, latest);
  if (normalisedLabs.length === state.labs.length && model === state.model && from === state.from && to === state.to) return state;
  return { ...state, labs: normalisedLabs, model, from, to };
}

/** For another view's fields, the values of `kept` (the store keeps them while that view is not shown). */
export function withOtherViews(state: FilterState, kept: FilterState, view: ViewName): FilterState {
  const merged = { ...state } as Record<Key, unknown>;
  for (const key of KEYS) if (!carries(key, view)) merged[key] = kept[key];
  return merged as unknown as FilterState;
}
