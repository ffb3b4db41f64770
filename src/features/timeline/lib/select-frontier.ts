/**
 * The frontier chart's data from rows that already passed the shared filters (region, labs, openness,
 * reasoning, search): the points inside the window, each region's frontier (the best index so far,
 * counting models released before the window too), the US–China gap, and what cannot be plotted. Pure.
 */
import type { ModelRow } from '../../../data/dataset-index';
import type { ScoreStatus } from '../../../data/dataset.schema';
import { frontierAt, frontierSteps, type FrontierStep } from '../../../lib/frontier';
import type { Region } from '../../../lib/regions';
import type { ReleaseWindow } from '../../../filters/filter-state';
import { releaseWindowTest } from '../../../filters/row-predicate';

export interface PlotPoint {
  id: string;
  name: string;
  labName: string;
  region: Region;
  releaseDate: string;
  time: number;
  value: number;
  status: ScoreStatus;
  reasoning: boolean | null;
  openWeights: boolean | null;
  afterReport: boolean;
  /** Other values the sources state for the model (conflicts shown, not hidden). */
  otherValues: Array<{ value: number; status: ScoreStatus }>;
  /** The drawn value's sources (ids), for its tier in the tooltip. */
  sources: readonly string[];
}

export type FrontierKind = 'all' | 'open';

export interface FrontierLine {
  region: Region;
  kind: FrontierKind;
  steps: FrontierStep[];
}

/** A stretch of time in which both frontiers hold one value each. */
export interface GapSegment {
  start: number;
  end: number;
  us: number;
  cn: number;
}

/** Why a model in the selection has no point: no score, no date, or a month/year date placed outside the visible window. */
export type UnplottedReason = 'not-rated' | 'undated' | 'neither' | 'imprecise-date';

export interface FrontierSelection {
  /** Plotted models inside the window, in release order (ties: higher index first). */
  points: PlotPoint[];
  /** Models inside the window that cannot be plotted, with why. */
  unplotted: Array<{ row: ModelRow; reason: UnplottedReason }>;
  /** Models released after the report that are hidden because "show later releases" is off. */
  laterHidden: number;
  lines: FrontierLine[];
  gap: GapSegment[];
  /**
   * The US–China gap on measured values only: each region's frontier leaving out values stated only in
   * a write-up and estimates ("+"). Not drawn; the summary says where it differs from the drawn gap.
   */
  measuredGap: GapSegment[];
  /** Where the frontier lines stop: the report's day, or the axis end when later releases are shown. */
  lineEnd: number;
}

export interface FrontierOptions {
  window: ReleaseWindow;
  showLater: boolean;
  openFrontier: boolean;
  /** The axis's span. */
  domain: readonly [number, number];
  reportTime: number;
}

const REGIONS: readonly Region[] = ['us', 'cn', 'other'];

function toPoint(row: ModelRow & { score: NonNullable<ModelRow['score']>; releaseTime: number }): PlotPoint {
  return {
    id: row.model.id,
    name: row.model.name,
    labName: row.lab.name,
    region: row.region,
    releaseDate: row.model.releaseDate ?? '',
    time: row.releaseTime,
    value: row.score.value,
    status: row.score.status,
    reasoning: row.model.reasoning,
    openWeights: row.model.openWeights,
    afterReport: row.afterReport,
    otherValues: row.otherScores.map((s) => ({ value: s.value, status: s.status })),
    sources: row.score.sources,
  };
}

function isPlottable(row: ModelRow): row is ModelRow & { score: NonNullable<ModelRow['score']>; releaseTime: number } {
  return row.score !== null && row.releaseTime !== null;
}

/** Where the US frontier and the Chinese frontier both exist: the value of each, stretch by stretch. */
export function gapSegments(us: readonly FrontierStep[], cn: readonly FrontierStep[], end: number): GapSegment[] {
  if (us.length === 0 || cn.length === 0) return [];
  const start = Math.max(us[0]!.time, cn[0]!.time);
  if (start >= end) return [];
  const times = [...new Set([start, ...us.map((s) => s.time), ...cn.map((s) => s.time)])].filter((t) => t >= start && t < end).sort((a, b) => a - b);
  const segments: GapSegment[] = [];
  times.forEach((t, i) => {
    const u = frontierAt(us, t)!;
    const c = frontierAt(cn, t)!;
    const last = segments[segments.length - 1];
    if (last && last.us === u && last.cn === c) return;
    if (last) last.end = t;
    segments.push({ start: t, end: times[i + 1] ?? end, us: u, cn: c });
  });
  if (segments.length > 0) segments[segments.length - 1]!.end = end;
  return segments;
}

/** What does not depend on the window: every plottable point in release order, and the frontier lines. */
export interface FrontierBase {
  /** Rows by the report (or all, with later releases shown), plottable or not, with their points. */
  rows: ReadonlyArray<{ row: ModelRow; point: PlotPoint | null }>;
  lines: FrontierLine[];
  /** The US and Chinese frontiers on measured values only. */
  measured: { us: FrontierStep[]; cn: FrontierStep[] };
  /** Rows released after the report, counted when they are hidden. */
  later: readonly ModelRow[];
  showLater: boolean;
}

/**
 * The window-independent part: built once per filter change, so that a window change only filters
 * the prepared points (a window change on 5,000 models must reach the screen in well under 200 ms).
 */
export function selectFrontierBase(filtered: readonly ModelRow[], opts: { showLater: boolean; openFrontier: boolean }): FrontierBase {
  const base = opts.showLater ? filtered : filtered.filter((r) => !r.afterReport);
  const rows = base
    .map((row) => ({ row, point: isPlottable(row) ? toPoint(row) : null }))
    .sort((a, b) => {
      if (!a.point || !b.point) return a.point ? -1 : b.point ? 1 : 0;
      return a.point.time - b.point.time || b.point.value - a.point.value || a.point.name.localeCompare(b.point.name);
    });
  const lines: FrontierLine[] = [];
  for (const region of REGIONS) {
    const ofRegion = base.filter((r) => r.region === region);
    lines.push({ region, kind: 'all', steps: frontierSteps(ofRegion) });
    if (opts.openFrontier) lines.push({ region, kind: 'open', steps: frontierSteps(ofRegion.filter((r) => r.model.openWeights === true)) });
  }
  const measuredOf = (region: Region) => frontierSteps(base.filter((r) => r.region === region && r.score?.status === 'measured'));
  return {
    rows,
    lines,
    measured: { us: measuredOf('us'), cn: measuredOf('cn') },
    later: opts.showLater ? [] : filtered.filter((r) => r.afterReport),
    showLater: opts.showLater,
  };
}

/** The window-dependent part: the points inside the window, what cannot be plotted, the gap up to the lines' end. */
export function selectFrontierInWindow(prepared: FrontierBase, opts: Omit<FrontierOptions, 'showLater' | 'openFrontier'>): FrontierSelection {
  const points: PlotPoint[] = [];
  const unplotted: FrontierSelection['unplotted'] = [];
  const inWindow = releaseWindowTest(opts.window);
  for (const { row, point } of prepared.rows) {
    if (!inWindow(row)) continue;
    // A model dated only to a month or year can overlap the window while its plotted (mid-period) date lies outside.
    if (point && (point.time < opts.domain[0] || point.time > opts.domain[1])) unplotted.push({ row, reason: 'imprecise-date' });
    else if (point) points.push(point);
    else unplotted.push({ row, reason: row.score === null && row.releaseTime === null ? 'neither' : row.score === null ? 'not-rated' : 'undated' });
  }
  const laterHidden = prepared.later.filter(inWindow).length;
  const lineEnd = prepared.showLater ? opts.domain[1] : Math.min(opts.domain[1], Math.max(opts.reportTime, opts.domain[0]));
  const us = prepared.lines.find((l) => l.region === 'us' && l.kind === 'all')!.steps;
  const cn = prepared.lines.find((l) => l.region === 'cn' && l.kind === 'all')!.steps;
  return {
    points,
    unplotted,
    laterHidden,
    lines: prepared.lines,
    gap: gapSegments(us, cn, lineEnd),
    measuredGap: gapSegments(prepared.measured.us, prepared.measured.cn, lineEnd),
    lineEnd,
  };
}

export function selectFrontier(filtered: readonly ModelRow[], opts: FrontierOptions): FrontierSelection {
  return selectFrontierInWindow(selectFrontierBase(filtered, opts), opts);
}
