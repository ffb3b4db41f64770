/**
 * One lab's profile: its summary, its models, the data for its index-over-time chart (with its
 * country's frontier for context) and the events that name it. Pure; no formatting for the screen.
 */
import type { DatasetIndex, ModelRow } from '../../../data/dataset-index';
import type { CountryCode, EventRecord, Lab, ScoreStatus, Statement } from '../../../data/dataset.schema';
import { indexDomain, timeDomain } from '../../../lib/chart-domains';
import { dateToTime, precisionOf, type DatePrecision } from '../../../lib/dates';
import { frontierAt, frontierSteps } from '../../../lib/frontier';
import type { Region } from '../../../lib/regions';
import type { Scope } from '../../../filters/filter-state';
import { rowsInScope } from '../../../filters/scope';
import { summarizeLab, type LabSummary } from './select-lab-directory';

export interface LabChartPoint {
  modelId: string;
  name: string;
  /** Release time (ms, UTC); a month-precision date is placed mid-month. */
  time: number;
  releaseDate: string;
  precision: DatePrecision;
  value: number;
  status: ScoreStatus;
  afterReport: boolean;
  sources: string[];
  /** Other values on the same scale that sources state for this model (kept, not hidden). */
  otherValues: number[];
  /** The lab's best value (labelled on the chart). */
  isBest: boolean;
}

export interface FrontierPoint {
  time: number;
  value: number;
  /** The model that set this step; null for the point that carries the line to the end of the axis. */
  modelId: string | null;
  modelName: string | null;
  labName: string | null;
  /** The status of the value that set this step (an estimate is written "94+"); null for the carried end point. */
  status: ScoreStatus | null;
}

/** Which frontier is drawn behind a lab's models. */
export type FrontierScope = { kind: 'region'; region: 'us' | 'cn' } | { kind: 'other'; countries: CountryCode[] };

export interface UnplottedModel {
  row: ModelRow;
  notRated: boolean;
  dateUnknown: boolean;
}

export interface BestAgainstFrontier {
  /** set: the best model moved its country's frontier; matched: equalled it; below: under it. */
  relation: 'set' | 'matched' | 'below';
  /** The frontier at the best model's release (counting models released the same day). */
  frontierValue: number;
  frontierModelName: string;
  gap: number;
}

export interface LabChartData {
  lab: Lab;
  region: Region;
  points: LabChartPoint[];
  frontier: FrontierPoint[];
  frontierScope: FrontierScope;
  /** Models that cannot be drawn, with the reason: nothing is hidden. */
  unplotted: UnplottedModel[];
  best: LabChartPoint | null;
  first: LabChartPoint | null;
  bestAgainstFrontier: BestAgainstFrontier | null;
  xDomain: [number, number];
  yDomain: [number, number];
  /** The report's publication day (on or before), as a time. */
  reportTime: number;
}

export interface LabProfile {
  summary: LabSummary;
  chart: LabChartData;
  /** Facts with more than one statement that cannot all be true (founding date, HQ). */
  conflicts: { founded: boolean; hq: boolean };
  /** Export-control events that name the lab. */
  events: EventRecord[];
}

/**
 * Rows whose frontier is drawn behind a lab: its own region for the US and China; for the other
 * countries (one or two labs each) all labs outside the US and China together.
 */
export function frontierRowsFor(index: DatasetIndex, region: Region, inScope: readonly ModelRow[] = index.rows): { rows: ModelRow[]; scope: FrontierScope } {
  const rows = inScope.filter((r) => r.region === region);
  if (region === 'other') {
    const countries = [...new Set(index.data.labs.filter((l) => rows.some((r) => r.lab.id === l.id)).map((l) => l.country))];
    return { rows, scope: { kind: 'other', countries } };
  }
  return { rows, scope: { kind: 'region', region } };
}

export function selectLabChart(index: DatasetIndex, summary: LabSummary, inScope: readonly ModelRow[] = index.rows): LabChartData {
  const { lab, region, models } = summary;
  const xDomain = timeDomain(index, true);
  const yDomain = indexDomain(index);

  const scored = models.filter(
    (r): r is ModelRow & { score: NonNullable<ModelRow['score']>; releaseTime: number } => r.score !== null && r.releaseTime !== null,
  );
  const bestId = summary.best && summary.best.releaseTime !== null ? summary.best.model.id : null;
  const points: LabChartPoint[] = scored.map((r) => ({
    modelId: r.model.id,
    name: r.model.name,
    time: r.releaseTime,
    releaseDate: r.model.releaseDate as string,
    precision: precisionOf(r.model.releaseDate as string),
    value: r.score.value,
    status: r.score.status,
    afterReport: r.afterReport,
    sources: r.score.sources,
    otherValues: r.otherScores.map((s) => s.value),
    isBest: r.model.id === bestId,
  }));
  const unplotted = models
    .filter((r) => r.score === null || r.releaseTime === null)
    .map((row) => ({ row, notRated: row.score === null, dateUnknown: row.releaseTime === null }));

  const { rows: frontierRows, scope } = frontierRowsFor(index, region, inScope);
  const steps = frontierSteps(frontierRows);
  const frontier: FrontierPoint[] = steps.map((s) => {
    const row = index.rowsById.get(s.modelId);
    const status = inScope.find((r) => r.model.id === s.modelId)?.score?.status ?? null;
    return { time: s.time, value: s.value, modelId: s.modelId, modelName: row?.model.name ?? null, labName: row?.lab.name ?? null, status };
  });
  const last = frontier[frontier.length - 1];
  if (last && last.time < xDomain[1]) frontier.push({ time: xDomain[1], value: last.value, modelId: null, modelName: null, labName: null, status: last.status });

  const best = points.find((p) => p.isBest) ?? null;
  let bestAgainstFrontier: BestAgainstFrontier | null = null;
  if (best) {
    const frontierValue = frontierAt(steps, best.time);
    const setter = [...steps].reverse().find((s) => s.time <= best.time);
    if (frontierValue !== null && setter) {
      const frontierModelName = index.rowsById.get(setter.modelId)?.model.name ?? setter.modelId;
      const relation = setter.modelId === best.modelId ? 'set' : frontierValue === best.value ? 'matched' : 'below';
      bestAgainstFrontier = { relation, frontierValue, frontierModelName, gap: frontierValue - best.value };
    }
  }

  return {
    lab,
    region,
    points,
    frontier,
    frontierScope: scope,
    unplotted,
    best,
    first: points[0] ?? null,
    bestAgainstFrontier,
    xDomain,
    yDomain,
    reportTime: dateToTime(index.data.meta.report.publishedBy),
  };
}

/** Two or more statements of a founding date or HQ that differ are a conflict, shown side by side. */
function differ(statements: readonly Statement[]): boolean {
  return new Set(statements.map((s) => s.date ?? s.text)).size > 1;
}

/** One lab's profile over the models of a scope (every model by default; the views pass the shared scope). */
export function selectLabProfile(index: DatasetIndex, labId: string, scope: Scope = 'all'): LabProfile | null {
  const lab = index.labsById.get(labId);
  if (!lab) return null;
  const rows = rowsInScope(index.rows, scope);
  const summary = summarizeLab(index, lab, rows);
  return {
    summary,
    chart: selectLabChart(index, summary, rows),
    conflicts: { founded: differ(lab.founded), hq: differ(lab.hq) },
    events: index.data.events.filter((e) => e.labs.includes(lab.id)).sort((a, b) => dateToTime(a.date) - dateToTime(b.date)),
  };
}
