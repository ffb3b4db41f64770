import type { ChartTable } from '../../../components/charts/chart-frame';
import { useDataset } from '../../../data/dataset-queries';
import { messages } from '../../../messages/labs';
import { LAB_SERIES } from '../lib/lab-series';
import type { LabProfile } from '../lib/select-lab-profile';
import { chartSources, pointRows, pointText, tableHeader } from './lab-chart-text';
import { KeyIcon } from './lab-chart-marks';
import { LabChartFrame } from './lab-chart-frame';
import { Unplotted } from './lab-chart-unplotted';
import { LabPlot, type PlotSeries } from './lab-plot';
import './lab-charts.css';

const m = messages.labsCharts.compare;

/** The comparison in words: each lab's best, then which is higher and by how much. */
export function compareSummary(a: LabProfile, b: LabProfile): string {
  const parts = [a, b].map(({ chart }) => (chart.best ? m.summaryBest(chart.lab.name, pointText(chart.best)) : m.summaryNone(chart.lab.name)));
  const [ba, bb] = [a.chart.best, b.chart.best];
  if (ba && bb && a.chart.lab.id !== b.chart.lab.id) {
    if (ba.value === bb.value) parts.push(m.summaryTie(a.chart.lab.name, b.chart.lab.name));
    else {
      const [lead, other] = ba.value > bb.value ? [a, b] : [b, a];
      parts.push(m.summaryLead(lead.chart.lab.name, other.chart.lab.name, Math.abs(ba.value - bb.value)));
    }
  }
  return messages.common.joinSentences(parts);
}

/** Two labs' models in one chart on the shared axes: each lab in its own colour and marker shape, every point named. */
export function LabCompareChart({ a, b }: { a: LabProfile; b: LabProfile }) {
  const index = useDataset();
  const nameA = a.summary.lab.name;
  const nameB = b.summary.lab.name;
  const series: PlotSeries[] = [a, b].map((p, i) => ({ chart: p.chart, style: LAB_SERIES[i === 0 ? 0 : 1], labName: p.summary.lab.name }));
  const title = m.title(nameA, nameB);
  const summary = compareSummary(a, b);
  const drawn = series.some((s) => s.chart.points.length > 0);
  const sources = [...new Set(series.flatMap((s) => chartSources(index, s.chart, false)))];
  const table: ChartTable = {
    caption: m.tableCaption(nameA, nameB),
    header: tableHeader(index),
    rows: series.flatMap((s) => pointRows(s.chart)),
    filename: `labs-${a.summary.lab.id}-${b.summary.lab.id}-index-over-time`,
  };
  return (
    <LabChartFrame
      title={title}
      summary={summary}
      scaleNote={`${messages.labs.chart.scaleNote(index.scale.shortLabel)} ${m.noFrontier}`}
      sources={sources}
      table={table}
      charts={series.map((s) => s.chart)}
      sourceLead={messages.labs.chart.source}
      plot={drawn ? <LabPlot series={series} frontier={null} scope="" title={title} summary={summary} /> : null}
      empty={{ title: m.nothing(nameA, nameB) }}
      keys={series.map((s, i) => (
        <li key={i} data-lab={s.chart.lab.id}>
          <KeyIcon style={s.style} /> {m.legendLab(s.chart.lab.name, m.shape[s.style.marker])}
        </li>
      ))}
    >
      {series.map((s, i) => (
        <Unplotted key={i} chart={s.chart} withLab />
      ))}
    </LabChartFrame>
  );
}
