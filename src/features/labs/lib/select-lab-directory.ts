/**
 * The labs directory: one summary per lab, filtered by the shared region filter, grouped by country
 * and kind, sorted by the chosen key. Pure: DatasetIndex + filter state in, rows out; no formatting.
 */
import type { DatasetIndex, ModelRow } from '../../../data/dataset-index';
import type { CountryCode, Lab, Model } from '../../../data/dataset.schema';
import { dateToTime } from '../../../lib/dates';
import { regionOfCountry, type Region } from '../../../lib/regions';
import type { RegionFilter, Scope } from '../../../filters/filter-state';
import { rowsInScope } from '../../../filters/scope';
import type { LabSortKey, SortDirection } from '../../../stores/filters/filters-url';

export type LabKind = Lab['kind'];

export interface OpenWeightsShare {
  /** Models with open weights. */
  open: number;
  /** Models whose openness is known (true or false); the share is open / known. */
  known: number;
  /** Models whose openness the sources do not state; excluded from the share. */
  unknown: number;
}

export interface LabSummary {
  lab: Lab;
  region: Region;
  /** Every model of the lab in the dataset, in release order (unknown dates last). */
  models: ModelRow[];
  /** The lab's model with the highest preferred index value, or null when none has one. */
  best: ModelRow | null;
  openWeights: OpenWeightsShare;
  /** The earliest-released model with reasoning === true (undated ones only if no dated one exists). */
  firstReasoning: ModelRow | null;
  /** The first `founded` statement's date (as given), or null. */
  foundedDate: string | null;
  /** That date as a time, for sorting. */
  foundedTime: number | null;
  /** Flagship names as the sources give them, each with the dataset model it names (if any). */
  flagship: FlagshipItem[];
}

export interface FlagshipItem {
  name: string;
  model: Model | null;
}

export interface LabKindGroup {
  kind: LabKind;
  labs: LabSummary[];
}

export interface LabCountryGroup {
  country: CountryCode;
  region: Region;
  kinds: LabKindGroup[];
  count: number;
}

export interface LabDirectory {
  groups: LabCountryGroup[];
  /** The sorted summaries in display order (groups flattened), e.g. for the CSV download. */
  labs: LabSummary[];
  shown: number;
  total: number;
}

/** China first (the report is about it), then the United States, then the other countries in the report's order. */
export const COUNTRY_ORDER: readonly CountryCode[] = ['CN', 'US', 'FR', 'IL', 'CA', 'GB'];
export const KIND_ORDER: readonly LabKind[] = ['big-tech', 'startup'];

/** Each key's natural direction: names A to Z, oldest founding first, highest index and most models first. */
export const DEFAULT_LAB_SORT_DIRECTION: Record<LabSortKey, SortDirection> = {
  name: 'asc',
  index: 'desc',
  founded: 'asc',
  models: 'desc',
};

/** Release order: dated models by time, then undated ones; ties by name. */
export function byRelease(a: ModelRow, b: ModelRow): number {
  if (a.releaseTime !== b.releaseTime) {
    if (a.releaseTime === null) return 1;
    if (b.releaseTime === null) return -1;
    return a.releaseTime - b.releaseTime;
  }
  return a.model.name.localeCompare(b.model.name);
}

/** "o3 (announced)" → "o3": flagship names sometimes carry a remark in brackets. */
function bareName(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '').trim().toLowerCase();
}

/**
 * Links a flagship name to the lab's model of exactly that name, if the dataset has one. Aliases are not
 * used: they are search terms ("Kimi" for the app, "Claude 3.5 Sonnet" for two versions), not identities.
 */
export function matchFlagship(name: string, models: readonly ModelRow[]): Model | null {
  const wanted = bareName(name);
  return models.find((r) => r.model.name.toLowerCase() === wanted)?.model ?? null;
}

/** A lab's summary over `rows` (the models in scope; every model by default). */
export function summarizeLab(index: DatasetIndex, lab: Lab, rows: readonly ModelRow[] = index.rows): LabSummary {
  const models = rows.filter((r) => r.lab.id === lab.id).sort(byRelease);
  let best: ModelRow | null = null;
  for (const r of models) {
    if (!r.score) continue;
    // Highest value; on a tie the earlier release (the one that reached it first).
    if (!best || r.score.value > (best.score?.value ?? -Infinity)) best = r;
  }
  const known = models.filter((r) => r.model.openWeights !== null);
  const firstReasoning = models.find((r) => r.model.reasoning === true) ?? null;
  const foundedDate = lab.founded[0]?.date ?? null;
  return {
    lab,
    region: regionOfCountry(lab.country),
    models,
    best,
    openWeights: {
      open: known.filter((r) => r.model.openWeights === true).length,
      known: known.length,
      unknown: models.length - known.length,
    },
    firstReasoning,
    foundedDate,
    foundedTime: foundedDate ? dateToTime(foundedDate) : null,
    flagship: lab.flagship.map((name) => ({ name, model: matchFlagship(name, models) })),
  };
}

export function selectLabSummaries(index: DatasetIndex, scope: Scope = 'all'): LabSummary[] {
  const rows = rowsInScope(index.rows, scope);
  return index.data.labs.map((lab) => summarizeLab(index, lab, rows));
}

/** Compares two values where null (unknown) always sorts last, whatever the direction. */
function nullsLast(a: number | null, b: number | null, dir: SortDirection): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return dir === 'asc' ? a - b : b - a;
}

function byName(a: LabSummary, b: LabSummary): number {
  return a.lab.name.localeCompare(b.lab.name, 'en', { sensitivity: 'base' });
}

/** A comparator for a sort key and direction: unknown values last in both directions, ties by name A to Z. */
export function labComparator(key: LabSortKey, dir: SortDirection = DEFAULT_LAB_SORT_DIRECTION[key]) {
  return (a: LabSummary, b: LabSummary): number => {
    let primary = 0;
    switch (key) {
      case 'name':
        return dir === 'asc' ? byName(a, b) : byName(b, a);
      case 'index':
        primary = nullsLast(a.best?.score?.value ?? null, b.best?.score?.value ?? null, dir);
        break;
      case 'founded':
        primary = nullsLast(a.foundedTime, b.foundedTime, dir);
        break;
      case 'models':
        primary = nullsLast(a.models.length, b.models.length, dir);
        break;
    }
    return primary || byName(a, b);
  };
}

export function sortLabSummaries(labs: readonly LabSummary[], key: LabSortKey, dir?: SortDirection): LabSummary[] {
  return [...labs].sort(labComparator(key, dir));
}

export function matchesRegion(summary: LabSummary, region: RegionFilter): boolean {
  return region === 'all' || summary.region === region;
}

/** The directory as shown: region-filtered, grouped by country then kind, each group sorted. */
export function selectLabDirectory(index: DatasetIndex, filters: { region: RegionFilter; labSort: LabSortKey; scope?: Scope }): LabDirectory {
  const all = selectLabSummaries(index, filters.scope);
  const shown = sortLabSummaries(
    all.filter((s) => matchesRegion(s, filters.region)),
    filters.labSort,
  );
  const countries = [...new Set(shown.map((s) => s.lab.country))].sort(
    (a, b) => rank(COUNTRY_ORDER, a) - rank(COUNTRY_ORDER, b),
  );
  const groups: LabCountryGroup[] = countries.map((country) => {
    const inCountry = shown.filter((s) => s.lab.country === country);
    const kinds = KIND_ORDER.map((kind) => ({ kind, labs: inCountry.filter((s) => s.lab.kind === kind) })).filter((g) => g.labs.length > 0);
    return { country, region: inCountry[0]!.region, kinds, count: inCountry.length };
  });
  return {
    groups,
    labs: groups.flatMap((g) => g.kinds.flatMap((k) => k.labs)),
    shown: shown.length,
    total: all.length,
  };
}

function rank<T>(order: readonly T[], value: T): number {
  const i = order.indexOf(value);
  return i === -1 ? order.length : i;
}

/** Every lab for a picker: by country (China, US, others), then by name. */
export function sortedLabsForPicker(index: DatasetIndex): Lab[] {
  return [...index.data.labs].sort(
    (a, b) => rank(COUNTRY_ORDER, a.country) - rank(COUNTRY_ORDER, b.country) || a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }),
  );
}
