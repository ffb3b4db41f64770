/** The words and the table twin of a lab's chart, generated from what is drawn. */
import type { ChartTable } from '../../../components/charts/chart-frame';
import type { DatasetIndex } from '../../../data/dataset-index';
import type { ScoreStatus } from '../../../data/dataset.schema';
import { formatPartialDate, formatScore } from '../../../lib/format';
import { messages } from '../../../messages/labs';
import type { FrontierScope, LabChartData, LabChartPoint } from '../lib/select-lab-profile';
import type { NamedPoint } from './lab-point-labels';

const m = messages.labs.chart;

export function statusWords(status: ScoreStatus): string {
  return messages.common.status[status];
}

/** Short name of the frontier drawn behind a lab: "China", "US" or "France/Israel/Canada". */
export function frontierScopeName(scope: FrontierScope): string {
  if (scope.kind === 'region') return m.frontierScopeRegion[scope.region];
  return scope.countries.map((c) => messages.common.country[c] ?? c).join('/');
}

/** The frontier in a sentence: "China’s frontier", "the US frontier", "the frontier of France/Israel/Canada". */
function frontierPhrase(scope: FrontierScope): string {
  if (scope.kind === 'region') return m.frontierPhraseRegion[scope.region];
  return m.frontierPhraseOther(frontierScopeName(scope));
}

export function pointText(p: LabChartPoint): string {
  return m.summaryPoint(p.name, formatScore(p.value, p.status), formatPartialDate(p.releaseDate), p.status === 'measured' ? null : statusWords(p.status));
}

/** The chart's summary sentence, generated from what is drawn. */
export function labChartSummary(chart: LabChartData, modelCount: number): string {
  const lab = chart.lab.name;
  const { points, best, first, bestAgainstFrontier: vs } = chart;
  if (points.length === 0 || !best || !first) return m.summaryNone(lab, modelCount);
  const scope = frontierPhrase(chart.frontierScope);
  const parts = [m.summaryRange(lab, points.length, modelCount, pointText(first), pointText(best), first.modelId === best.modelId)];
  if (vs?.relation === 'set') parts.push(m.summarySet(best.name, scope));
  else if (vs?.relation === 'matched') parts.push(m.summaryMatched(best.name, scope, vs.frontierModelName));
  else if (vs) parts.push(m.summaryBelow(best.name, vs.gap, scope, vs.frontierValue, vs.frontierModelName));
  const later = points.filter((p) => p.afterReport).length;
  if (later > 0) parts.push(m.summaryLater(later));
  return messages.common.joinSentences(parts);
}

/**
 * Each drawn model's name with its value as everywhere else ("o3 94+"), in order of importance for the
 * label placement: the best first, then by value, highest first.
 */
export function namedPoints(points: readonly LabChartPoint[], prefix = ''): NamedPoint[] {
  return [...points]
    .sort((a, b) => Number(b.isBest) - Number(a.isBest) || b.value - a.value || a.time - b.time)
    .map((p) => ({ id: `${prefix}${p.modelId}`, time: p.time, value: p.value, text: `${p.name} ${formatScore(p.value, p.status)}`, keep: p.isBest }));
}

const yesNo = (v: boolean) => (v ? messages.common.yes : messages.common.no);

/** One table row per drawn model: model, series, lab, released, index, status, after the report. */
export function pointRows(chart: LabChartData): ChartTable['rows'] {
  const lab = chart.lab.name;
  return chart.points.map((p) => [p.name, m.seriesModels(lab), lab, formatPartialDate(p.releaseDate), formatScore(p.value, p.status), statusWords(p.status), yesNo(p.afterReport)]);
}

export function tableHeader(index: DatasetIndex): string[] {
  const t = m.table;
  return [t.model, t.series, t.lab, t.released, `${t.index} (${index.scale.shortLabel})`, t.status, t.afterReport];
}

export function chartTable(index: DatasetIndex, chart: LabChartData): ChartTable {
  const scope = frontierScopeName(chart.frontierScope);
  const frontierRows = chart.frontier.flatMap((f) => {
    const row = f.modelId ? index.rowsById.get(f.modelId) : undefined;
    if (!row || !row.score) return [];
    return [[row.model.name, m.seriesFrontier(scope), row.lab.name, formatPartialDate(row.model.releaseDate), formatScore(f.value, row.score.status), statusWords(row.score.status), yesNo(row.afterReport)]];
  });
  return {
    caption: m.tableCaption(chart.lab.name),
    header: tableHeader(index),
    rows: [...pointRows(chart), ...frontierRows],
    filename: `lab-${chart.lab.id}-index-over-time`,
  };
}

/** Every source behind what a lab chart draws (or, with nothing drawn, behind its models' records). */
export function chartSources(index: DatasetIndex, chart: LabChartData, withFrontier: boolean): string[] {
  if (chart.points.length === 0) return [...new Set(chart.unplotted.flatMap((u) => u.row.model.sources))];
  const frontier = withFrontier ? chart.frontier.flatMap((f) => (f.modelId ? (index.rowsById.get(f.modelId)?.score?.sources ?? []) : [])) : [];
  return [...new Set([...chart.points.flatMap((p) => p.sources), ...frontier])];
}
