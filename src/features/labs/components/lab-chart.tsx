import { useDataset } from '../../../data/dataset-queries';
import { messages } from '../../../messages/labs';
import { LAB_SERIES } from '../lib/lab-series';
import type { LabChartData } from '../lib/select-lab-profile';
import { chartSources, chartTable, frontierScopeName, labChartSummary } from './lab-chart-text';
import { FrontierKey, KeyIcon, STATUSES } from './lab-chart-marks';
import { LabChartFrame } from './lab-chart-frame';
import { Unplotted } from './lab-chart-unplotted';
import { LabPlot } from './lab-plot';
import './lab-charts.css';

export { frontierScopeName, labChartSummary } from './lab-chart-text';

const m = messages.labs.chart;

/**
 * A lab's models as index against release date, in the lab's own colour with every point named, and its
 * country's frontier in grey behind them. With no point to draw, the chart area says so; unplottable
 * models are listed.
 */
export function LabChart({ chart, modelCount }: { chart: LabChartData; modelCount: number }) {
  const index = useDataset();
  const { lab } = chart;
  const style = LAB_SERIES[0];
  const scope = frontierScopeName(chart.frontierScope);
  const title = m.title(lab.name);
  const summary = labChartSummary(chart, modelCount);
  const table = chartTable(index, chart);
  const drawn = chart.points.length > 0;
  const sources = chartSources(index, chart, true);
  const scopeNote = chart.frontierScope.kind === 'other' ? m.frontierOtherNote(scope.replace(/\//g, ', ')) : null;

  return (
    <LabChartFrame
      title={title}
      summary={summary}
      scaleNote={`${m.scaleNote(index.scale.shortLabel)}${scopeNote ? ` ${scopeNote}` : ''}`}
      sources={sources}
      table={table}
      charts={[chart]}
      sourceLead={drawn ? m.source : m.sourceNone(lab.name)}
      sourceTail={drawn && <>. {m.sourceRelease}</>}
      plot={drawn ? <LabPlot series={[{ chart, style }]} frontier={chart.frontier} scope={scope} title={title} summary={summary} /> : null}
      empty={{ title: m.noScore(lab.name), help: m.noScoreHelp }}
      keys={
        <>
          {STATUSES.filter((status) => chart.points.some((p) => p.status === status)).map((status) => (
            <li key={status}>
              <KeyIcon style={style} status={status} /> {status === 'measured' ? m.legendLab(lab.name) : m.legendStatus[status]}
            </li>
          ))}
          {chart.points.some((p) => p.afterReport) && (
            <li>
              <KeyIcon style={style} ring /> {m.legendLater}
            </li>
          )}
          <li>
            <FrontierKey /> {m.legendFrontier(scope)}
          </li>
        </>
      }
    >
      <Unplotted chart={chart} />
    </LabChartFrame>
  );
}
