/**
 * The timeline view's small derivations, apart from the chart's selectors: years for the window's
 * year buttons, the typed dates' bounds, the count of plottable models, which side leads in the gap
 * on screen, and the cadence table's rows. Pure; the view composes them.
 */
import type { DatasetIndex, ModelRow } from '../../../data/dataset-index';
import type { CsvCell } from '../../../lib/csv';
import type { CadenceQuarter } from './select-cadence';
import type { GapSegment } from './select-frontier';

const later = (showLater: boolean) => (r: ModelRow) => showLater || !r.afterReport;

/** Years with a dated release (later releases only when shown), ascending. */
export function releaseYears(rows: readonly ModelRow[], showLater: boolean): number[] {
  const years = new Set<number>();
  for (const r of rows) if (r.releaseTime !== null && later(showLater)(r)) years.add(new Date(r.releaseTime).getUTCFullYear());
  return [...years].sort((a, b) => a - b);
}

/** The typed window dates may range from a year before the first event or release to a year after the last. */
export function windowDayBounds(index: DatasetIndex): { min: string; max: string } {
  const years = [...index.data.events.map((e) => Number(e.date.slice(0, 4))), ...index.rows.flatMap((r) => (r.model.releaseDate ? [Number(r.model.releaseDate.slice(0, 4))] : []))];
  return { min: `${Math.min(...years) - 1}-01-01`, max: `${Math.max(...years) + 1}-12-31` };
}

/** Models the chart could draw at all (a score and a release date), before any filter. */
export function countPlottable(rows: readonly ModelRow[], showLater: boolean): number {
  return rows.filter((r) => r.score !== null && r.releaseTime !== null && later(showLater)(r)).length;
}

/** The span the overview strip shows: the default span, widened to take in the window. */
export function overviewDomain(defaultDomain: readonly [number, number], domain: readonly [number, number]): [number, number] {
  return [Math.min(defaultDomain[0], domain[0]), Math.max(defaultDomain[1], domain[1])];
}

/** Which side leads somewhere in the gap drawn between the domain's start and the lines' end (for the legend). */
export function gapLeads(gap: readonly GapSegment[], lineEnd: number, domain: readonly [number, number]): { us: boolean; cn: boolean } {
  const end = Math.min(domain[1], lineEnd);
  const shown = gap.filter((g) => g.end > domain[0] && g.start < end);
  return { us: shown.some((g) => g.us > g.cn), cn: shown.some((g) => g.cn > g.us) };
}

/** The cadence chart's table twin: one row per quarter (US, CN, other: total and reasoning), the total and the first reasoning models. */
export function cadenceTableRows(quarters: readonly CadenceQuarter[], none: string): CsvCell[][] {
  return quarters.map((q) => [
    q.label,
    q.counts.us.total,
    q.counts.us.reasoning,
    q.counts.cn.total,
    q.counts.cn.reasoning,
    q.counts.other.total,
    q.counts.other.reasoning,
    q.total,
    q.firstReasoning.map((fr) => `${fr.modelName} (${fr.labName})`).join('; ') || none,
  ]);
}
