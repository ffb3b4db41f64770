/**
 * Release cadence: models released per quarter, by region, with reasoning models counted apart, and
 * the first reasoning model of each lab. Pure; takes rows that already passed the filters.
 */
import type { ModelRow } from '../../../data/dataset-index';
import type { ScoreStatus } from '../../../data/dataset.schema';
import { isAfter, precisionOf } from '../../../lib/dates';
import { addQuarters, quarterLabel, quarterStart } from '../../../lib/quarters';
import type { Region } from '../../../lib/regions';

export interface RegionCount {
  reasoning: number;
  /** Not a reasoning model, or not known to be one. */
  other: number;
  total: number;
}

export interface CadenceQuarter {
  start: number;
  label: string;
  counts: Record<Region, RegionCount>;
  total: number;
  reasoning: number;
  /** Labs whose first reasoning model came out this quarter. */
  firstReasoning: FirstReasoning[];
}

export interface FirstReasoning {
  labId: string;
  labName: string;
  region: Region;
  modelId: string;
  modelName: string;
  releaseDate: string;
  time: number;
  afterReport: boolean;
  value: number | null;
  status: ScoreStatus | null;
}

export interface CadenceSelection {
  quarters: CadenceQuarter[];
  totals: { all: number; us: number; cn: number; other: number; reasoning: number };
  /** Models that cannot be put in a quarter: no release date, or only its year. */
  unplaced: ModelRow[];
  firstReasoning: FirstReasoning[];
}

const REGIONS: readonly Region[] = ['us', 'cn', 'other'];
const emptyCounts = (): Record<Region, RegionCount> => ({
  us: { reasoning: 0, other: 0, total: 0 },
  cn: { reasoning: 0, other: 0, total: 0 },
  other: { reasoning: 0, other: 0, total: 0 },
});

/** Each lab's earliest dated reasoning model (reasoning known to be true), in release order. */
export function selectFirstReasoning(rows: readonly ModelRow[]): FirstReasoning[] {
  const byLab = new Map<string, ModelRow & { releaseTime: number }>();
  for (const r of rows) {
    if (r.model.reasoning !== true || r.releaseTime === null) continue;
    const current = byLab.get(r.lab.id);
    if (!current || r.releaseTime < current.releaseTime || (r.releaseTime === current.releaseTime && r.model.name < current.model.name))
      byLab.set(r.lab.id, r as ModelRow & { releaseTime: number });
  }
  return [...byLab.values()]
    .sort((a, b) => a.releaseTime - b.releaseTime || a.lab.name.localeCompare(b.lab.name))
    .map((r) => ({
      labId: r.lab.id,
      labName: r.lab.name,
      region: r.region,
      modelId: r.model.id,
      modelName: r.model.name,
      releaseDate: r.model.releaseDate ?? '',
      time: r.releaseTime,
      afterReport: r.afterReport,
      value: r.score?.value ?? null,
      status: r.score?.status ?? null,
    }));
}

/** Chinese labs with a reasoning model released on or before a day (the report's), each with its first one. */
export function chineseReasoningLabsBy(rows: readonly ModelRow[], day: string): FirstReasoning[] {
  return selectFirstReasoning(rows.filter((r) => r.region === 'cn' && r.model.releaseDate !== null && !isAfter(r.model.releaseDate, day)));
}

/**
 * Counts per quarter, every quarter from the first to the last with a release (empty quarters kept, so
 * gaps in the cadence show). `firstReasoning` is computed by the caller over the rows before the window,
 * because a lab's first reasoning model is its first ever, not its first inside the window.
 */
export function selectCadence(rows: readonly ModelRow[], firstReasoning: readonly FirstReasoning[]): CadenceSelection {
  const placed: Array<{ row: ModelRow; quarter: number }> = [];
  const unplaced: ModelRow[] = [];
  let first = Infinity;
  let last = -Infinity;
  for (const r of rows) {
    if (r.releaseTime === null || precisionOf(r.model.releaseDate ?? '') === 'year') unplaced.push(r);
    else {
      const quarter = quarterStart(r.releaseTime);
      placed.push({ row: r, quarter });
      if (quarter < first) first = quarter;
      if (quarter > last) last = quarter;
    }
  }
  const totals = { all: 0, us: 0, cn: 0, other: 0, reasoning: 0 };
  if (placed.length === 0) return { quarters: [], totals, unplaced, firstReasoning: [...firstReasoning] };

  const quarters: CadenceQuarter[] = [];
  const byStart = new Map<number, CadenceQuarter>();
  for (let t = first; t <= last; ) {
    const q: CadenceQuarter = { start: t, label: quarterLabel(t), counts: emptyCounts(), total: 0, reasoning: 0, firstReasoning: [] };
    quarters.push(q);
    byStart.set(t, q);
    t = addQuarters(t, 1);
  }
  for (const { row: r, quarter } of placed) {
    const q = byStart.get(quarter)!;
    const c = q.counts[r.region];
    if (r.model.reasoning === true) {
      c.reasoning++;
      q.reasoning++;
      totals.reasoning++;
    } else c.other++;
    c.total++;
    q.total++;
    totals.all++;
    totals[r.region]++;
  }
  const inRange = new Set(placed.map((p) => p.row.model.id));
  for (const f of firstReasoning) if (inRange.has(f.modelId)) byStart.get(quarterStart(f.time))?.firstReasoning.push(f);
  return { quarters, totals, unplaced, firstReasoning: [...firstReasoning] };
}

export { REGIONS as CADENCE_REGIONS };
