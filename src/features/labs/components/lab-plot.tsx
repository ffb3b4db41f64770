import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { indexTickCount, indexTicks } from '../../../lib/chart-ticks';
import { quarterLabel, quarterStartsIn } from '../../../lib/quarters';
import { messages } from '../../../messages/labs';
import { FRONTIER_COLOR, type LabSeriesStyle } from '../lib/lab-series';
import type { FrontierPoint, LabChartData, LabChartPoint } from '../lib/select-lab-profile';
import { namedPoints } from './lab-chart-text';
import { LaterRing, StatusMarker } from './lab-chart-marks';
import { useElementWidth } from '../../../components/charts/use-element-width';
import { LabPointLabels } from './lab-point-labels';
import { LabTooltip, type TooltipPoint } from './lab-tooltip';

const m = messages.labs.chart;
const PLOT_HEIGHT = 320;
/** The chart's margins and axis sizes (as given to Recharts below): the names layer uses the same plot area. */
const MARGIN = { top: 20, right: 16, bottom: 4, left: 0 };
const Y_AXIS_WIDTH = 44;
const X_AXIS_HEIGHT = 30;

/** One lab's models on a plot, in its style; `labName` is set when the plot holds two labs (the tooltip names it). */
export interface PlotSeries {
  chart: LabChartData;
  style: LabSeriesStyle;
  labName?: string;
}

interface ShapeProps {
  cx?: number;
  cy?: number;
  payload?: unknown;
}

function makePointShape(style: LabSeriesStyle) {
  return function PointShape({ cx, cy, payload }: ShapeProps) {
    const p = payload as LabChartPoint | undefined;
    if (cx === undefined || cy === undefined || !p) return <g />;
    return (
      <g className="lab-chart__point" data-model={p.modelId}>
        {p.afterReport && <LaterRing cx={cx} cy={cy} r={10} />}
        <StatusMarker style={style} status={p.status} cx={cx} cy={cy} size={11} />
      </g>
    );
  };
}

function FrontierShape({ cx, cy, payload }: ShapeProps) {
  const f = payload as FrontierPoint | undefined;
  if (cx === undefined || cy === undefined || !f || f.modelId === null) return <g />;
  return <circle cx={cx} cy={cy} r={2.5} fill={FRONTIER_COLOR} />;
}

/**
 * Index against release date on the shared axes: each lab's models in its own colour and shape, every
 * point named (placed without overlap), and optionally a region's frontier in grey behind them.
 */
export function LabPlot({ series, frontier, scope, title, summary }: { series: readonly PlotSeries[]; frontier: FrontierPoint[] | null; scope: string; title: string; summary: string }) {
  const first = series[0]!.chart;
  const ticks = quarterStartsIn(first.xDomain);
  const names = series.flatMap((s, i) => namedPoints(s.chart.points, `${i}:`));
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const frame = {
    left: MARGIN.left + Y_AXIS_WIDTH,
    top: MARGIN.top,
    right: width - MARGIN.right,
    bottom: PLOT_HEIGHT - MARGIN.bottom - X_AXIS_HEIGHT,
    xDomain: first.xDomain,
    yDomain: first.yDomain,
  };
  return (
    <div ref={ref} className="lab-chart__plot" data-plot-area style={{ height: PLOT_HEIGHT }}>
      <ScatterChart responsive style={{ width: '100%', height: '100%' }} margin={MARGIN} title={title} desc={summary}>
        <CartesianGrid stroke="var(--grid)" />
        <XAxis
          type="number"
          dataKey="time"
          name={m.xAxis}
          domain={first.xDomain}
          ticks={ticks}
          tickFormatter={(t: number) => quarterLabel(t)}
          height={X_AXIS_HEIGHT}
          interval="equidistantPreserveStart"
          minTickGap={8}
          stroke="var(--border-strong)"
          tick={{ fill: 'var(--fg-muted)', fontSize: 12 }}
        />
        <YAxis
          type="number"
          dataKey="value"
          name={m.yAxis}
          domain={first.yDomain}
          ticks={indexTicks(first.yDomain, indexTickCount(PLOT_HEIGHT))}
          width={Y_AXIS_WIDTH}
          stroke="var(--border-strong)"
          tick={{ fill: 'var(--fg-muted)', fontSize: 12 }}
          label={{ value: m.yAxis, angle: -90, position: 'insideLeft', offset: 8, fill: 'var(--fg-muted)', fontSize: 12 }}
        />
        <ReferenceLine
          x={first.reportTime}
          stroke="var(--event)"
          strokeDasharray="4 3"
          label={{ value: m.reportLineShort, position: 'insideBottomRight', fill: 'var(--event)', fontSize: 11 }}
        />
        {frontier && (
          <Scatter
            name={m.frontierLabel(scope)}
            data={frontier}
            line={{ stroke: FRONTIER_COLOR, strokeWidth: 2 }}
            lineJointType="stepAfter"
            shape={FrontierShape}
            legendType="none"
            isAnimationActive={false}
          />
        )}
        {series.map((s, i) => (
          <Scatter
            key={i}
            name={m.legendModels(s.chart.lab.name)}
            data={s.chart.points.map((p): TooltipPoint => (s.labName ? { ...p, labName: s.labName } : p))}
            shape={makePointShape(s.style)}
            isAnimationActive={false}
          />
        ))}
        <Tooltip content={(props) => <LabTooltip active={props.active} payload={props.payload} scope={scope} />} cursor={{ stroke: 'var(--border-strong)', strokeDasharray: '3 3' }} isAnimationActive={false} />
      </ScatterChart>
      <LabPointLabels points={names} frame={frame} width={width} height={PLOT_HEIGHT} />
    </div>
  );
}
