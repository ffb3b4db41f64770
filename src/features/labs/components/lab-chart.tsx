import { CartesianGrid, ReferenceLine, Scatter, ScatterChart, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import { ChartTooltip } from '../../../components/charts/chart-tooltip';
import { StatusMarkShape } from '../../../components/charts/status-mark';
import { ChartFrame, type ChartTable, ChartTableView } from '../../../components/charts/chart-frame';
import { RegionLegend } from '../../../components/charts/region-legend';
import { SourceLinks } from '../../../components/data/source-links';
import { otherValuesNotUsed } from '../../../components/data/other-values-not-used';
import type { DatasetIndex } from '../../../data/dataset-index';
import type { ScoreStatus } from '../../../data/dataset.schema';
import { useDataset } from '../../../data/dataset-queries';
import { indexTickCount, indexTicks } from '../../../lib/chart-ticks';
import { formatPartialDate, formatScore } from '../../../lib/format';
import { quarterLabel, quarterStartsIn } from '../../../lib/quarters';
import { REGION_STYLE, type Region } from '../../../lib/regions';
import { messages } from '../../../messages/labs';
import { type FrontierPoint, type FrontierScope, type LabChartData, type LabChartPoint } from '../lib/select-lab-profile';
import { ModelLink } from './model-link';

const m = messages.labs.chart;
const PLOT_HEIGHT = 300;

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

function pointText(p: LabChartPoint): string {
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
  return parts.join(' ');
}

function statusWords(status: ScoreStatus): string {
  return messages.common.status[status];
}

function chartTable(index: DatasetIndex, chart: LabChartData): ChartTable {
  const lab = chart.lab.name;
  const scope = frontierScopeName(chart.frontierScope);
  const t = m.table;
  const yesNo = (v: boolean) => (v ? messages.common.yes : messages.common.no);
  const frontierRows = chart.frontier.flatMap((f) => {
    const row = f.modelId ? index.rowsById.get(f.modelId) : undefined;
    if (!row || !row.score) return [];
    return [[row.model.name, m.seriesFrontier(scope), row.lab.name, formatPartialDate(row.model.releaseDate), f.value, statusWords(row.score.status), yesNo(row.afterReport)]];
  });
  return {
    caption: m.tableCaption(lab),
    header: [t.model, t.series, t.lab, t.released, `${t.index} (${index.scale.shortLabel})`, t.status, t.afterReport],
    rows: [
      ...chart.points.map((p) => [p.name, m.seriesModels(lab), lab, formatPartialDate(p.releaseDate), p.value, statusWords(p.status), yesNo(p.afterReport)]),
      ...frontierRows,
    ],
    filename: `lab-${chart.lab.id}-index-over-time`,
  };
}

function Unplotted({ chart }: { chart: LabChartData }) {
  if (chart.unplotted.length === 0) return null;
  return (
    <div className="lab-chart__unplotted">
      <h3>{m.unplottedHeading}</h3>
      <ul>
        {chart.unplotted.map(({ row, notRated, dateUnknown }) => (
          <li key={row.model.id}>
            <ModelLink modelId={row.model.id}>{row.model.name}</ModelLink>:{' '}
            <span className="unknown">{notRated && dateUnknown ? m.unplottedBoth : notRated ? m.unplottedNotRated : m.unplottedDateUnknown}</span>
            {!dateUnknown && <> ({formatPartialDate(row.model.releaseDate)})</>}
            {!notRated && row.score && (
              <>
                {' '}
                ({m.table.index} {formatScore(row.score.value, row.score.status)}, {statusWords(row.score.status)})
              </>
            )}
            {otherValuesNotUsed(row) && <> {otherValuesNotUsed(row)}</>}
          </li>
        ))}
      </ul>
    </div>
  );
}

function TwinTable({ table, chart }: { table: ChartTable; chart: LabChartData }) {
  return (
    <>
      <ChartTableView table={table} />
      <Unplotted chart={chart} />
    </>
  );
}

function isPoint(item: LabChartPoint | FrontierPoint): item is LabChartPoint {
  return 'status' in item;
}

function LabTooltip({ active, payload, scope }: { active: boolean; payload: TooltipContentProps['payload']; scope: string }) {
  if (!active || !payload || payload.length === 0) return null;
  const item = payload[0]?.payload as LabChartPoint | FrontierPoint | undefined;
  if (!item) return null;
  if (isPoint(item)) {
    return (
      <ChartTooltip title={item.name}>
        <p>
          {m.yAxis}: {formatScore(item.value, item.status)} ({statusWords(item.status)})
          {item.otherValues.length > 0 && <> · {messages.labs.profile.alsoStated(item.otherValues.join(', '))}</>}
        </p>
        <p>
          {m.tooltipReleased}: {formatPartialDate(item.releaseDate)}
          {item.afterReport && <> · {messages.common.laterRelease}</>}
        </p>
      </ChartTooltip>
    );
  }
  return (
    <ChartTooltip title={m.tooltipFrontier(scope)}>
      <p>
        {formatScore(item.value, item.status)}
        {item.modelName && item.labName && <> · {m.tooltipSetBy(item.modelName, item.labName)}</>}
      </p>
    </ChartTooltip>
  );
}

interface ShapeProps {
  cx?: number;
  cy?: number;
  payload?: unknown;
}

function makePointShape(region: Region) {
  return function PointShape({ cx, cy, payload }: ShapeProps) {
    const p = payload as LabChartPoint | undefined;
    if (cx === undefined || cy === undefined || !p) return <g />;
    return (
      <g className="lab-chart__point">
        {p.afterReport && <LaterRing cx={cx} cy={cy} r={10} />}
        <StatusMarker region={region} status={p.status} cx={cx} cy={cy} size={11} />
        {p.isBest && (
          <text x={cx - 10} y={cy - 10} textAnchor="end" className="lab-chart__label">
            {p.name} {formatScore(p.value, p.status)}
          </text>
        )}
      </g>
    );
  };
}

function makeFrontierShape(color: string) {
  return function FrontierShape({ cx, cy, payload }: ShapeProps) {
    const f = payload as FrontierPoint | undefined;
    if (cx === undefined || cy === undefined || !f || f.modelId === null) return <g />;
    return <circle cx={cx} cy={cy} r={2.5} fill={color} fillOpacity={0.5} />;
  };
}

function FrontierKey({ color }: { color: string }) {
  return (
    <svg width="22" height="10" viewBox="0 0 22 10" aria-hidden="true" focusable="false">
      <path d="M1 8 H9 V2 H21" fill="none" stroke={color} strokeOpacity={0.5} strokeWidth={2} />
    </svg>
  );
}

function ReportKey() {
  return (
    <svg width="10" height="18" viewBox="0 0 10 18" aria-hidden="true" focusable="false">
      <path d="M5 1 V17" stroke="var(--event)" strokeWidth={1.5} strokeDasharray="4 3" />
    </svg>
  );
}

/**
 * The region's marker shape in full colour whatever the status, with the status as a mark beside it (as
 * at the end of the leaderboard's bars): none for measured, a diamond for a value stated only in a
 * write-up, a plus for an estimate.
 */
function StatusMarker({ region, status, cx, cy, size }: { region: Region; status: ScoreStatus; cx: number; cy: number; size: number }) {
  const { color, marker } = REGION_STYLE[region];
  const r = size / 2;
  const paint = { fill: color, stroke: 'var(--bg)', strokeWidth: 1 };
  const shape =
    marker === 'square' ? (
      <rect x={cx - r * 0.9} y={cy - r * 0.9} width={r * 1.8} height={r * 1.8} {...paint} />
    ) : marker === 'triangle' ? (
      <polygon points={`${cx},${cy - r * 1.1} ${cx + r},${cy + r * 0.8} ${cx - r},${cy + r * 0.8}`} {...paint} />
    ) : (
      <circle cx={cx} cy={cy} r={r} {...paint} />
    );
  return (
    <g>
      {shape}
      <StatusMarkShape status={status} cx={cx + r + 5} cy={cy + r} size={8} />
    </g>
  );
}

/** Released after the report: a dashed ring around the marker. */
function LaterRing({ cx, cy, r }: { cx: number; cy: number; r: number }) {
  return <circle cx={cx} cy={cy} r={r} fill="none" stroke="var(--event-later)" strokeWidth={1.5} strokeDasharray="3 2" />;
}

function KeyIcon({ region, status = 'measured', ring }: { region: Region; status?: ScoreStatus; ring?: boolean }) {
  return (
    <svg width="30" height="22" viewBox="0 0 30 22" aria-hidden="true" focusable="false">
      {ring && <LaterRing cx={11} cy={11} r={9} />}
      <StatusMarker region={region} status={status} cx={11} cy={11} size={ring ? 8 : 11} />
    </svg>
  );
}

const STATUSES: readonly ScoreStatus[] = ['measured', 'as-stated', 'estimate'];

/**
 * A lab's models as index against release date, on the shared axes, with its country's frontier drawn
 * faintly behind them. With no point to draw, the chart area says so; unplottable models are listed.
 */
export function LabChart({ chart, modelCount }: { chart: LabChartData; modelCount: number }) {
  const index = useDataset();
  const { lab, region } = chart;
  const scope = frontierScopeName(chart.frontierScope);
  const color = REGION_STYLE[region].color;
  const title = m.title(lab.name);
  const summary = labChartSummary(chart, modelCount);
  const table = chartTable(index, chart);
  const ticks = quarterStartsIn(chart.xDomain);
  const drawn = chart.points.length > 0;
  const sources = drawn
    ? [...new Set([...chart.points.flatMap((p) => p.sources), ...chart.frontier.flatMap((f) => (f.modelId ? (index.rowsById.get(f.modelId)?.score?.sources ?? []) : []))])]
    : [...new Set(chart.unplotted.flatMap((u) => u.row.model.sources))];
  const scopeNote = chart.frontierScope.kind === 'other' ? m.frontierOtherNote(scope.replace(/\//g, ', ')) : null;

  const legend = (
    <RegionLegend
      regions={[]}
      extra={
        <>
          {STATUSES.filter((status) => chart.points.some((p) => p.status === status)).map((status) => (
            <li key={status}>
              <KeyIcon region={region} status={status} /> {m.legendStatus[status]}
            </li>
          ))}
          {chart.points.some((p) => p.afterReport) && (
            <li>
              <KeyIcon region={region} ring /> {m.legendLater}
            </li>
          )}
          <li>
            <FrontierKey color={color} /> {m.legendFrontier(scope)}
          </li>
          <li>
            <ReportKey /> {m.reportLine(formatPartialDate(index.data.meta.report.publishedBy))}
          </li>
        </>
      }
    />
  );

  return (
    <ChartFrame
      title={title}
      summary={summary}
      scaleNote={`${m.scaleNote(index.scale.shortLabel)}${scopeNote ? ` ${scopeNote}` : ''}`}
      sources={sources}
      table={table}
      renderTable={() => <TwinTable table={table} chart={chart} />}
      source={
        <>
          {drawn ? m.source : m.sourceNone(lab.name)} {sources.length > 0 ? <SourceLinks ids={sources} /> : <span className="unknown">{messages.common.unknown}</span>}
          {drawn && <>. {m.sourceRelease}</>}
        </>
      }
    >
      {chart.points.length === 0 ? (
        <div className="lab-chart__empty" role="note" data-plot-area>
          <p className="lab-chart__empty-title">{m.noScore(lab.name)}</p>
          <p>{m.noScoreHelp}</p>
        </div>
      ) : (
        <div className="lab-chart__plot" data-plot-area style={{ height: PLOT_HEIGHT }}>
          <ScatterChart responsive style={{ width: '100%', height: '100%' }} margin={{ top: 20, right: 16, bottom: 4, left: 0 }} title={title} desc={summary}>
            <CartesianGrid stroke="var(--grid)" />
            <XAxis
              type="number"
              dataKey="time"
              name={m.xAxis}
              domain={chart.xDomain}
              ticks={ticks}
              tickFormatter={(t: number) => quarterLabel(t)}
              interval="equidistantPreserveStart"
              minTickGap={8}
              stroke="var(--border-strong)"
              tick={{ fill: 'var(--fg-muted)', fontSize: 12 }}
            />
            <YAxis
              type="number"
              dataKey="value"
              name={m.yAxis}
              domain={chart.yDomain}
              ticks={indexTicks(chart.yDomain, indexTickCount(PLOT_HEIGHT))}
              width={44}
              stroke="var(--border-strong)"
              tick={{ fill: 'var(--fg-muted)', fontSize: 12 }}
              label={{ value: m.yAxis, angle: -90, position: 'insideLeft', offset: 8, fill: 'var(--fg-muted)', fontSize: 12 }}
            />
            <ReferenceLine
              x={chart.reportTime}
              stroke="var(--event)"
              strokeDasharray="4 3"
              label={{ value: m.reportLineShort, position: 'insideBottomRight', fill: 'var(--event)', fontSize: 11 }}
            />
            <Scatter
              name={m.frontierLabel(scope)}
              data={chart.frontier}
              line={{ stroke: color, strokeOpacity: 0.45, strokeWidth: 2 }}
              lineJointType="stepAfter"
              shape={makeFrontierShape(color)}
              legendType="none"
              isAnimationActive={false}
            />
            <Scatter name={m.legendModels(lab.name)} data={chart.points} shape={makePointShape(region)} isAnimationActive={false} />
            <Tooltip content={(props) => <LabTooltip active={props.active} payload={props.payload} scope={scope} />} cursor={{ stroke: 'var(--border-strong)', strokeDasharray: '3 3' }} isAnimationActive={false} />
          </ScatterChart>
        </div>
      )}
      {/* The key sits right under the plot it explains. */}
      {drawn && legend}
      <Unplotted chart={chart} />
    </ChartFrame>
  );
}
