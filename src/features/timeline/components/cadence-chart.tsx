import { memo, useCallback, useMemo } from 'react';
import { ChartTooltip } from '../../../components/charts/chart-tooltip';
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis, type TooltipContentProps, type XAxisTickContentProps } from 'recharts';
import { RegionMarkerShape } from '../../../components/charts/region-marker';
import { REGION_STYLE, type Region } from '../../../lib/regions';
import { formatList } from '../../../lib/format';
import { messages } from '../../../messages/timeline';
import type { CadenceQuarter } from '../lib/select-cadence';

const REGIONS: readonly Region[] = ['us', 'cn', 'other'];

interface CadenceDatum {
  label: string;
  quarter: string;
  year: string;
  usOther: number;
  usReasoning: number;
  cnOther: number;
  cnReasoning: number;
  otherOther: number;
  otherReasoning: number;
  total: number;
  firstCount: number;
  first: string[];
  q: CadenceQuarter;
}

function toDatum(q: CadenceQuarter): CadenceDatum {
  const [quarter = '', year = ''] = q.label.split(' ');
  return {
    label: q.label,
    quarter,
    year,
    usOther: q.counts.us.other,
    usReasoning: q.counts.us.reasoning,
    cnOther: q.counts.cn.other,
    cnReasoning: q.counts.cn.reasoning,
    otherOther: q.counts.other.other,
    otherReasoning: q.counts.other.reasoning,
    total: q.total,
    firstCount: q.firstReasoning.length,
    first: q.firstReasoning.map((f) => `${f.modelName} (${f.labName})`),
    q,
  };
}

/** The segment's region shape in its middle when it is big enough: colour is never the only cue. */
interface BoxProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
}

function renderSegmentMarker(region: Region, props: BoxProps) {
  const x = Number(props.x);
  const y = Number(props.y);
  const w = Number(props.width);
  const h = Number(props.height);
  if (!(h >= 12 && w >= 12) || !Number(props.value)) return null;
  return <RegionMarkerShape region={region} cx={x + w / 2} cy={y + h / 2} size={8} hollow />;
}

/** Two-line quarter labels ("Q1" over "2025", the year only at Q1 and the first tick), and ★n for first reasoning models. */
function renderQuarterTick(data: readonly CadenceDatum[], props: XAxisTickContentProps) {
  const d = data[props.index];
  if (!d) return null;
  const x = Number(props.x);
  const y = Number(props.y);
  const showYear = d.quarter === 'Q1' || props.index === 0;
  return (
    <g className="tl-cadence-tick">
      <text x={x} y={y + 10} textAnchor="middle" className="tl-tick">
        {d.quarter}
      </text>
      {showYear && (
        <text x={x} y={y + 24} textAnchor="middle" className="tl-tick">
          {d.year}
        </text>
      )}
      {d.firstCount > 0 && (
        <text x={x} y={y + 38} textAnchor="middle" className="tl-first-mark">
          ★{d.firstCount}
        </text>
      )}
    </g>
  );
}

function CadenceTooltip({ active, payload }: TooltipContentProps) {
  const m = messages.timeline.cadence;
  const d = (payload?.[0]?.payload ?? null) as CadenceDatum | null;
  if (!active || !d) return null;
  return (
    <ChartTooltip title={d.label}>
      {REGIONS.map((r) => (
        <p key={r}>
          {messages.common.region[r]}: {d.q.counts[r].total}
          {d.q.counts[r].reasoning > 0 && ` (${m.tooltipReasoning(d.q.counts[r].reasoning)})`}
        </p>
      ))}
      <p>{m.tooltipTotal(d.total)}</p>
      {d.first.length > 0 && <p>★ {m.tooltipFirst(formatList(d.first))}</p>}
    </ChartTooltip>
  );
}

// Props Recharts compares by reference are made once, so a redraw with new data does not also re-register
// the axes, grid, tooltip and labels in its store.
const CHART_STYLE = { width: '100%', height: 300 };
const CHART_MARGIN = { top: 8, right: 8, bottom: 0, left: 0 };
const Y_TICK = { fill: 'var(--fg-muted)', fontSize: 12 };
const TOOLTIP_CURSOR = { fill: 'var(--bg-sunken)' };
const yLabel = () => ({ value: messages.timeline.cadence.yAxis, angle: -90, position: 'insideLeft' as const, offset: 10, fill: 'var(--fg-muted)', fontSize: 12, dy: 50 });
const SEGMENT_MARKER = Object.fromEntries(REGIONS.map((r) => [r, (props: BoxProps) => renderSegmentMarker(r, props)])) as Record<Region, (props: BoxProps) => ReturnType<typeof renderSegmentMarker>>;

/** Models released per quarter, stacked by region; reasoning models hatched; ★ marks labs' first reasoning models. */
export const CadenceChart = memo(function CadenceChart({ quarters, title, summary }: { quarters: readonly CadenceQuarter[]; title: string; summary: string }) {
  const m = messages.timeline.cadence;
  const data = useMemo(() => quarters.map(toDatum), [quarters]);
  const renderTick = useCallback((props: XAxisTickContentProps) => renderQuarterTick(data, props), [data]);
  return (
    <div className="tl-cadence">
      <BarChart
        responsive
        style={CHART_STYLE}
        data={data}
        margin={CHART_MARGIN}
        title={title}
        desc={summary}
        accessibilityLayer
        barCategoryGap="18%"
      >
        <defs>
          {REGIONS.map((r) => (
            <pattern key={r} id={`tl-hatch-${r}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill={`var(--region-${r}-soft)`} />
              <rect width="3" height="6" fill={REGION_STYLE[r].color} />
            </pattern>
          ))}
        </defs>
        <CartesianGrid vertical={false} stroke="var(--grid)" />
        <XAxis dataKey="label" interval={0} height={46} tickLine={false} tick={renderTick} />
        <YAxis
          allowDecimals={false}
          width={34}
          tick={Y_TICK}
          label={yLabel()}
        />
        <Tooltip content={CadenceTooltip} cursor={TOOLTIP_CURSOR} isAnimationActive={false} />
        {REGIONS.flatMap((r) => [
          <Bar key={`${r}Other`} dataKey={`${r}Other`} name={m.otherLegend(messages.common.region[r])} stackId="q" fill={REGION_STYLE[r].color} isAnimationActive={false}>
            <LabelList dataKey={`${r}Other`} content={SEGMENT_MARKER[r]} />
          </Bar>,
          <Bar
            key={`${r}Reasoning`}
            dataKey={`${r}Reasoning`}
            name={m.reasoningSeries(messages.common.region[r])}
            stackId="q"
            fill={`url(#tl-hatch-${r})`}
            stroke={REGION_STYLE[r].color}
            strokeWidth={1}
            isAnimationActive={false}
          >
            <LabelList dataKey={`${r}Reasoning`} content={SEGMENT_MARKER[r]} />
          </Bar>,
        ])}
      </BarChart>
    </div>
  );
});
