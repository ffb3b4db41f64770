import { memo, useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, useActiveTooltipDataPoints, type BarShapeProps, type TooltipContentProps } from 'recharts';
import { RegionMarkerShape } from '../../../components/charts/region-marker';
import { StatusMarkShape } from '../../../components/charts/status-mark';
import { REGIONS, REGION_STYLE, type Region } from '../../../lib/regions';
import { messages } from '../../../messages';
import type { BarDatum } from '../lib/chart-data';
import { ChartTooltip, ChartTooltipFacts } from '../../../components/charts/chart-tooltip';
import { SourceTierTag } from '../../../components/data/source-tier-tag';
import { messages as tierWords } from '../../../messages/source-tier';
import { formatScore } from '../../../lib/format';
import { useElementWidth } from '../../../components/charts/use-element-width';
import { shortLabel } from '../../../lib/short-label';

const ROW_HEIGHT = 26;
const AXIS_HEIGHT = 44;
/** The value, its marks and the status mark before them. */
const LABEL_SPACE = 92;
/** Key presses → the key Recharts needs to move the same way in a vertical layout (see onKeyDownCapture). */
const REMAP_KEYS: Record<string, string | undefined> = { ArrowDown: 'ArrowLeft', ArrowRight: 'ArrowLeft', ArrowUp: 'ArrowRight', ArrowLeft: 'ArrowRight' };
/** Average glyph width at 12 px, for truncating names to the axis width. */
const CHAR_PX = 6.6;

interface RankedBarChartProps {
  data: readonly BarDatum[];
  /** The index scale's bounds: bars start at the scale's zero, so lengths compare honestly. */
  domain: [number, number];
  axisLabel: string;
  title: string;
  /** The accessible description (the summary sentence). */
  desc: string;
  onSelect: (modelId: string) => void;
  /** A narrower axis for names, e.g. in side-by-side columns. */
  compact?: boolean;
  /** Models to emphasise (the story's): the other bars are faded; every name stays. */
  highlight?: ReadonlySet<string>;
}

function truncate(name: string, maxChars: number): string {
  return name.length <= maxChars ? name : `${name.slice(0, Math.max(1, maxChars - 1))}…`;
}

/** The marks after a bar's value: "+" for estimates (in the value), R reasoning, O open weights, † later. */
export function markText(d: Pick<BarDatum, 'reasoning' | 'open' | 'later'>): string {
  const m = messages.leaderboard.marks;
  return [d.reasoning ? m.reasoning : '', d.open ? m.open : '', d.later ? m.later : ''].filter(Boolean).join(' ');
}

/** Every bar in its region's full colour whatever its status (the status is a mark at its end); one object per region, so a redraw is no diff. */
const PAINTS = Object.fromEntries(REGIONS.map((r) => [r, { fill: REGION_STYLE[r].color, stroke: REGION_STYLE[r].color }])) as Record<Region, { fill: string; stroke: string }>;

/** Where a model's name starts: the chart's left edge plus a little air (the names sit in the y-axis' space). */
const NAME_LEFT = 4;

/**
 * One bar with its value and marks, and the model's name with its region marker (the second cue beside
 * colour) in the axis space on its left, drawn last so a long name stays above the bar, as a tick did.
 * Drawing the name here rather than as a y-axis tick lets Recharts keep each row's elements (by index)
 * on a filter change instead of drawing every tick again.
 */
function BarShape({ props, nameChars, highlight }: { props: BarShapeProps; nameChars: number; highlight?: ReadonlySet<string> }) {
  const d = props.payload as BarDatum | undefined;
  const { x, y, width, height, isActive } = props;
  if (!d || !Number.isFinite(x) || !Number.isFinite(y)) return <g />;
  const paint = PAINTS[d.region];
  const h = Math.max(2, height);
  const w = Math.max(0, width);
  const mid = y + h / 2;
  const marks = markText(d);
  return (
    <g className={highlight ? `ranked-bar ${highlight.has(d.id) ? 'is-highlighted' : 'is-faded'}` : 'ranked-bar'} data-highlighted={highlight?.has(d.id) || undefined}>
      <rect x={x} y={y} width={w} height={h} style={paint} rx={2} />
      {isActive && <rect x={x - 2} y={y - 2} width={w + 4} height={h + 4} className="ranked-bar__focus" rx={3} />}
      <StatusMarkShape status={d.status} cx={x + w + 9} cy={mid} />
      <text x={x + w + (d.status === 'measured' ? 6 : 18)} y={mid} dominantBaseline="central" className="ranked-bar__value">
        {formatScore(d.value, d.status)}
        {marks && <tspan className="ranked-bar__marks">{`  ${marks}`}</tspan>}
      </text>
      {/* At the row's own coordinates, not in a translated group: a transform per bar is one more paint property to update on every redraw. */}
      <g className="ranked-tick">
        <RegionMarkerShape region={d.region} cx={NAME_LEFT + 6} cy={mid} size={10} />
        <text x={NAME_LEFT + 16} y={mid} dominantBaseline="central" className="ranked-tick__name">
          <title>{d.name}</title>
          {shortLabel(d.name, nameChars)}
        </text>
      </g>
    </g>
  );
}

function ModelTooltip({ active, payload }: Pick<TooltipContentProps, 'active' | 'payload'>) {
  const d = (payload?.[0]?.payload ?? null) as BarDatum | null;
  if (!active || !d) return null;
  const t = messages.leaderboard.tooltip;
  const flags = [d.reasoning && t.reasoning, d.open && t.open].filter(Boolean).join(' · ');
  return (
    <ChartTooltip title={d.name} aside={t.rank(d.rank, d.tied)} hint={t.click}>
      <ChartTooltipFacts
        facts={[
          [t.lab, d.lab],
          [t.country, d.country],
          [t.released, `${d.released}${d.later ? ` (${t.later.toLowerCase()})` : ''}`],
          [t.value, <strong key="v">{formatScore(d.value, d.status)}</strong>],
          [t.status, messages.common.status[d.status]],
          [tierWords.sourceTier.label, <SourceTierTag key="tier" ids={d.sources.map((s) => s.id)} />],
          [
            t.sources,
            d.sources.map((s) => (
              <span key={s.id} className="chart-tooltip__line">
                [{s.id}] {truncate(s.title, 60)}
              </span>
            )),
          ],
        ]}
      />
      {flags && <p className="chart-tooltip__flags">{flags}</p>}
    </ChartTooltip>
  );
}

/** Keeps the id of the bar the tooltip (mouse or keyboard) is on, for Enter to open its details. */
function ActiveTracker({ onChange }: { onChange: (id: string | null) => void }) {
  const points = useActiveTooltipDataPoints<BarDatum>();
  const id = points?.[0]?.id ?? null;
  useEffect(() => onChange(id), [id, onChange]);
  return null;
}

// Props Recharts compares by reference live outside the component, so a redraw with new data does not
// also re-register the axes, tooltip and grid.
const CHART_MARGIN = { top: 4, right: LABEL_SPACE, bottom: 4, left: 0 };
const X_TICK_STYLE = { fill: 'var(--fg-muted)', fontSize: 12 };
const TOOLTIP_CURSOR = { fill: 'var(--bg-sunken)' };
// On a phone the tooltip is wider than the bars' area: it starts at the chart's left edge, so it stays on screen.
const TOOLTIP_PINNED_LEFT = { x: 0 };
const PIN_TOOLTIP_BELOW_PX = 560;
/** Below this many px of bars, six tick labels (0 to 100 by 20) would touch. */
const NARROW_PLOT_PX = 150;

/** Horizontal bars, one per model, best first; colour by region plus a marker shape, a status mark and text marks. */
export const RankedBarChart = memo(function RankedBarChart({ data, domain, axisLabel, title, desc, onSelect, compact = false, highlight }: RankedBarChartProps) {
  const activeRef = useRef<string | null>(null);
  // The chart is drawn at a size given in numbers, not measured by Recharts (its `responsive` mode): a
  // measured chart learns its new height from a resize observer after the page is laid out, so every
  // filter change that changes the number of bars drew the chart, and laid the page out, twice. The width
  // is read as the box mounts, before the first paint, and kept current (useElementWidth).
  const [wrapRef, width] = useElementWidth<HTMLDivElement>();
  // Side by side, a column gives its names up to 45% of its width (215 px): "Claude 3.5 Sonnet (Oct 2024)" whole at 1366 px.
  const axisWidth = Math.round(Math.min(compact ? 215 : 230, Math.max(104, (width || 800) * (compact ? 0.45 : 0.3))));
  const height = data.length * ROW_HEIGHT + AXIS_HEIGHT;
  const chartData = data as BarDatum[];
  const style = useMemo(() => ({ width: '100%', height }), [height]);
  const [lo, hi] = domain;
  const xDomain = useMemo<[number, number]>(() => [lo, hi], [lo, hi]);
  // Every tick is drawn (no label measuring): on a narrow plot (a phone's side-by-side columns) they are 50 apart, not 20.
  const tickStep = width > 0 && width - axisWidth - LABEL_SPACE < NARROW_PLOT_PX ? 50 : 20;
  const xTicks = useMemo(() => {
    const out: number[] = [];
    for (let t = lo; t <= hi; t += tickStep) out.push(t);
    return out;
  }, [lo, hi, tickStep]);
  const xLabel = useMemo(() => ({ value: axisLabel, position: 'insideBottom' as const, offset: 0, fill: 'var(--fg-muted)', fontSize: 12 }), [axisLabel]);
  // The name's characters that fit the axis space beside the marker.
  const nameChars = Math.floor((axisWidth - 24) / CHAR_PX);
  const renderBar = useCallback((p: BarShapeProps) => <BarShape props={p} nameChars={nameChars} highlight={highlight} />, [nameChars, highlight]);
  const onBarClick = useCallback((entry: { payload?: unknown }) => onSelect((entry.payload as BarDatum).id), [onSelect]);
  const setActive = useCallback((id: string | null) => {
    activeRef.current = id;
  }, []);
  const onKeyDownCapture = (e: KeyboardEvent<HTMLDivElement>) => {
    // Runs before Recharts' own handler (which toggles the tooltip on Enter), while the active bar is known.
    if (e.key === 'Enter' && activeRef.current) {
      onSelect(activeRef.current);
      return;
    }
    // Recharts 3.11 moves through a vertical-layout chart with ← → only, and in reverse (→ goes up the
    // list). Make ↓ and → go to the next bar down, ↑ and ← to the one above, by handing Recharts the key
    // it expects. Only real key presses are remapped, not the events dispatched here.
    const next = e.nativeEvent.isTrusted ? REMAP_KEYS[e.key] : undefined;
    if (next) {
      e.preventDefault();
      e.stopPropagation();
      e.target.dispatchEvent(new window.KeyboardEvent('keydown', { key: next, bubbles: true, cancelable: true }));
    }
  };

  return (
    <div ref={wrapRef} className="ranked-chart" data-plot-area onKeyDownCapture={onKeyDownCapture}>
      {width === 0 ? (
        // Not measured yet (no layout): the chart's box, so nothing below it moves when it is drawn.
        <div style={style} />
      ) : (
        <BarChart layout="vertical" data={chartData} width={width} height={height} style={style} margin={CHART_MARGIN} barCategoryGap={5} title={title} desc={desc} accessibilityLayer>
          <CartesianGrid horizontal={false} stroke="var(--grid)" />
          <XAxis type="number" domain={xDomain} ticks={xTicks} interval={0} tick={X_TICK_STYLE} stroke="var(--border-strong)" height={AXIS_HEIGHT - 8} label={xLabel} />
          <YAxis type="category" dataKey="id" width={axisWidth} interval={0} tickLine={false} stroke="var(--border-strong)" tick={false} />
          <Tooltip content={ModelTooltip} cursor={TOOLTIP_CURSOR} isAnimationActive={false} position={width > 0 && width < PIN_TOOLTIP_BELOW_PX ? TOOLTIP_PINNED_LEFT : undefined} />
          <Bar dataKey="value" shape={renderBar} isAnimationActive={false} cursor="pointer" onClick={onBarClick} />
          <ActiveTracker onChange={setActive} />
        </BarChart>
      )}
    </div>
  );
});
