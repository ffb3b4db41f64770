import { memo, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
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
import { placeTooltip } from '../../../lib/place-tooltip';
import { shortLabel } from '../../../lib/short-label';
import { LABEL_SPACE, layoutRankedBars, ROW_HEIGHT, rowAt, rowKeyIndex, type RankedBarLayout, type RankedBarRow } from '../lib/ranked-bar-layout';

/** The tooltip's widest size (20rem, as the tooltip's own stylesheet allows). */
const TOOLTIP_MAX_WIDTH = 320;
/** Room kept below a tooltip beside a bar, so a tall one near the bottom stays in the chart's box. */
const TOOLTIP_ROOM = 230;
const AXIS_STROKE = 'var(--border-strong)';
const TICK_SIZE = 6;

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

/** Where a model's name starts: the chart's left edge plus a little air (the names sit in the name column). */
const NAME_LEFT = 4;

/**
 * One bar with its value and marks, and the model's name with its region marker (the second cue beside
 * colour) in the name column on its left, drawn last so a long name stays above the bar. Everything at
 * the row's own coordinates: no group or transform per part, so a bar is a handful of elements. Memoised:
 * moving the pointer redraws the two rows whose state changed, not every row.
 */
const BarShape = memo(function BarShape({ d, row, nameChars, active, highlight }: { d: BarDatum; row: RankedBarRow; nameChars: number; active: boolean; highlight?: ReadonlySet<string> }) {
  const { x, y, width: w, height: h, mid } = row;
  const marks = markText(d);
  return (
    <g className={highlight ? `ranked-bar ${highlight.has(d.id) ? 'is-highlighted' : 'is-faded'}` : 'ranked-bar'} data-highlighted={highlight?.has(d.id) || undefined}>
      <rect x={x} y={y} width={w} height={h} style={PAINTS[d.region]} rx={2} />
      {active && <rect x={x - 2} y={y - 2} width={w + 4} height={h + 4} className="ranked-bar__focus" rx={3} data-export="omit" />}
      <StatusMarkShape status={d.status} cx={x + w + 9} cy={mid} />
      <text x={x + w + (d.status === 'measured' ? 6 : 18)} y={mid} dominantBaseline="central" className="ranked-bar__value">
        {formatScore(d.value, d.status)}
        {marks && <tspan className="ranked-bar__marks">{`  ${marks}`}</tspan>}
      </text>
      <RegionMarkerShape region={d.region} cx={NAME_LEFT + 6} cy={mid} size={10} />
      <text x={NAME_LEFT + 16} y={mid} dominantBaseline="central" className="ranked-tick__name">
        <title>{d.name}</title>
        {shortLabel(d.name, nameChars)}
      </text>
    </g>
  );
});

function ModelTooltip({ d, style }: { d: BarDatum; style: ReturnType<typeof placeTooltip> }) {
  const t = messages.leaderboard.tooltip;
  const flags = [d.reasoning && t.reasoning, d.open && t.open].filter(Boolean).join(' · ');
  return (
    <ChartTooltip title={d.name} aside={t.rank(d.rank, d.tied)} hint={t.click} style={style}>
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

/** What a screen reader hears when the keyboard lands on a bar (the tooltip is for the eye). */
function barWords(d: BarDatum): string {
  const t = messages.leaderboard.tooltip;
  const c = messages.common;
  const marks = [d.reasoning && t.reasoning, d.open && t.open, d.later && t.later].filter((x): x is string => Boolean(x));
  return c.joinPhrases([d.name, t.rank(d.rank, d.tied), c.labelled(t.value, c.aside(formatScore(d.value, d.status), c.status[d.status])), d.lab, d.country, ...marks]);
}

/** Whether focus came the keyboard's way; `:focus-visible` is unknown to older browsers (then: yes). */
function focusVisible(el: Element): boolean {
  try {
    return el.matches(':focus-visible');
  } catch {
    return true;
  }
}

/** The index axis: gridlines across the rows, the axis lines, every tick labelled, and the axis title. */
const BarAxes = memo(function BarAxes({ layout, axisLabel }: { layout: RankedBarLayout; axisLabel: string }) {
  const { plot, ticks, width, height } = layout;
  return (
    <>
      <g className="ranked-grid">
        {ticks.map((t) => (
          <line key={t.value} x1={t.x} x2={t.x} y1={plot.top} y2={plot.bottom} stroke="var(--grid)" />
        ))}
      </g>
      <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} stroke={AXIS_STROKE} />
      <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke={AXIS_STROKE} />
      {ticks.map((t) => (
        <g key={t.value}>
          <line x1={t.x} x2={t.x} y1={plot.bottom} y2={plot.bottom + TICK_SIZE} stroke={AXIS_STROKE} />
          <text x={t.x} y={plot.bottom + TICK_SIZE + 3} dominantBaseline="hanging" textAnchor="middle" className="ranked-axis__tick">
            {t.value}
          </text>
        </g>
      ))}
      <text x={(plot.left + Math.min(plot.right, width)) / 2} y={height - 4} textAnchor="middle" className="ranked-axis__title">
        {axisLabel}
      </text>
    </>
  );
});

/**
 * Horizontal bars, one per model, best first; colour by region plus a marker shape, a status mark and text
 * marks. The layout is `layoutRankedBars`'s (as numbers); this draws it and holds the pointer and keyboard
 * state: pointing at a row shows its tooltip, and a click opens the model's details; the chart takes focus,
 * the arrow keys (Home/End, PageUp/PageDown) move through the bars, Enter or Space opens one, Escape lets go.
 */
export const RankedBarChart = memo(function RankedBarChart({ data, domain, axisLabel, title, desc, onSelect, compact = false, highlight }: RankedBarChartProps) {
  // Drawn at the width of its box, read as the box mounts (before the first paint) and kept current.
  const [wrapRef, width] = useElementWidth<HTMLDivElement>();
  const [lo, hi] = domain;
  const layout = useMemo(() => layoutRankedBars(data.map((d) => d.value), width || 800, [lo, hi], compact), [data, width, lo, hi, compact]);
  const [hover, setHover] = useState<{ index: number; x: number; y: number } | null>(null);
  // The bar the keys are on, by model: kept while focus is away (a model's details open over the chart), so
  // the reader comes back to it, and never a different model when the bars change under it.
  const [keyId, setKeyId] = useState<string | null>(null);
  // How the chart has focus: from the keyboard it shows a bar at once (the first, with none chosen yet).
  const [focus, setFocus] = useState<'keyboard' | 'other' | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const titleId = useId();
  const descId = useId();
  const count = data.length;
  const hovered = hover !== null && hover.index < count ? hover : null;
  const keyIndex = keyId === null ? -1 : data.findIndex((d) => d.id === keyId);
  const keyed = focus === null ? null : keyIndex >= 0 ? keyIndex : focus === 'keyboard' && count > 0 ? 0 : null;
  // What the tooltip and the ring show, and what Enter opens: the row pointed at, else the keys' bar.
  const active = hovered?.index ?? keyed;
  // Read out as the keys move (the tooltip is for the eye).
  const announcement = keyed !== null ? barWords(data[keyed]!) : '';

  // Focus and blur as the DOM has them: focus handed back while React commits (a model's details closing)
  // reaches no React handler.
  const drawn = width > 0;
  useEffect(() => {
    const el = svgRef.current;
    if (!el) return;
    const onFocus = () => setFocus(focusVisible(el) ? 'keyboard' : 'other');
    const onBlur = () => setFocus(null);
    el.addEventListener('focus', onFocus);
    el.addEventListener('blur', onBlur);
    return () => {
      el.removeEventListener('focus', onFocus);
      el.removeEventListener('blur', onBlur);
    };
  }, [drawn]);

  const pointAt = (e: PointerEvent<SVGSVGElement> | MouseEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const x = e.clientX - box.left;
    const y = e.clientY - box.top;
    const index = rowAt(layout, y);
    return index === null ? null : { index, x, y };
  };
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    if ((e.key === 'Enter' || e.key === ' ') && active !== null) {
      e.preventDefault();
      onSelect(data[active]!.id);
      return;
    }
    if (e.key === 'Escape' && keyed !== null) {
      e.preventDefault();
      setKeyId(null);
      setFocus('other');
      return;
    }
    const next = rowKeyIndex(e.key, keyed, count);
    if (next === null) return;
    e.preventDefault();
    setHover(null);
    setKeyId(data[next]!.id);
  };

  const tooltipFor = (index: number) => {
    const row = layout.rows[index]!;
    // From the keyboard, beside the bar's value and marks rather than over them.
    const at = hovered ?? { x: row.x + row.width + LABEL_SPACE, y: row.mid };
    const maxTop = Math.max(layout.height - TOOLTIP_ROOM, layout.height / 2);
    return <ModelTooltip d={data[index]!} style={placeTooltip({ x: at.x, y: at.y, width: layout.width, height: layout.height, maxWidth: TOOLTIP_MAX_WIDTH, maxTop })} />;
  };

  return (
    <div ref={wrapRef} className="ranked-chart" data-plot-area style={{ height: layout.height }}>
      {width > 0 && (
        <>
          <svg
            className="ranked-chart__svg"
            width={layout.width}
            height={layout.height}
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            ref={svgRef}
            role="application"
            tabIndex={count > 0 ? 0 : -1}
            aria-labelledby={titleId}
            aria-describedby={descId}
            style={hovered ? { cursor: 'pointer' } : undefined}
            // A finger's touch starts a scroll as often as a look: no tooltip for it; its tap opens the model.
            onPointerMove={(e) => setHover(e.pointerType === 'touch' ? null : pointAt(e))}
            onPointerLeave={() => setHover(null)}
            onClick={(e) => {
              const at = pointAt(e);
              if (at) onSelect(data[at.index]!.id);
            }}
            onKeyDown={onKeyDown}
          >
            <title id={titleId}>{title}</title>
            <desc id={descId}>{desc}</desc>
            {active !== null && (
              <rect data-export="omit" className="ranked-chart__cursor" x={layout.plot.left + 0.5} y={layout.rows[active]!.top} width={layout.plot.right - layout.plot.left - 1} height={ROW_HEIGHT} />
            )}
            <BarAxes layout={layout} axisLabel={axisLabel} />
            {data.map((d, i) => (
              <BarShape key={d.id} d={d} row={layout.rows[i]!} nameChars={layout.nameChars} active={i === active} highlight={highlight} />
            ))}
          </svg>
          {active !== null && tooltipFor(active)}
          <div className="visually-hidden" aria-live="polite">
            {announcement}
          </div>
        </>
      )}
    </div>
  );
});
