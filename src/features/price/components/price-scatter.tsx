import { memo, useCallback, useMemo, useState, type KeyboardEvent } from 'react';
import { ChartTooltip, ChartTooltipFacts } from '../../../components/charts/chart-tooltip';
import { RegionMarkerShape } from '../../../components/charts/region-marker';
import { useElementWidth } from '../../../components/charts/use-element-width';
import { formatPartialDate, formatScore } from '../../../lib/format';
import { placeTooltip } from '../../../lib/place-tooltip';
import { messages } from '../../../messages/price';
import { formatUsd } from '../../../lib/format';
import { wrapText } from '../../../lib/export/text-metrics';
import { bodyFont, measureText } from '../../../lib/measure-text';
import { placeScatterLabels, textBaseline } from '../../../lib/point-labels';
import { layoutScatter, type PlacedPoint } from '../lib/price-layout';
import type { PricePoint } from '../lib/select-price';

const HEIGHT = 380;
const TOOLTIP_MAX_WIDTH = 280;
/** The size of the chart's words (labels, ticks, axis titles), px, as in price.css. */
const FONT_PX = 12;
const LINE_PX = 14;
/** A marker's half-size with its open-weights ring: labels keep clear of it. */
const MARK_RADIUS = 9;

const textWidth = (text: string, size = FONT_PX) => measureText(text, `${size}px ${bodyFont()}`, size);
/** An x position for a text of `w` px centred on `x`, kept inside [0, width]. */
const centreWithin = (x: number, w: number, width: number) => Math.min(Math.max(x, w / 2), Math.max(w / 2, width - w / 2));

interface PriceScatterProps {
  points: readonly PricePoint[];
  frontier: readonly PricePoint[];
  frontierIds: ReadonlySet<string>;
  valueDomain: readonly [number, number];
  scaleLabel: string;
  title: string;
  desc: string;
  onSelect: (modelId: string) => void;
  /** Models to emphasise (the story's): the other markers are faded; these are named. */
  highlight?: ReadonlySet<string>;
}

/** One model's marker; memoised on primitives, so a filter change re-renders only the markers that moved. */
const Dot = memo(function Dot({ d, x, y, onFrontier, faded = false, onSelect, onFocus, onBlur }: { d: PricePoint; x: number; y: number; onFrontier: boolean; faded?: boolean; onSelect: (id: string) => void; onFocus: (id: string) => void; onBlur: () => void }) {
  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      onSelect(d.id);
    }
  };
  const label = `${d.row.model.name}, ${d.row.lab.name}: index ${formatScore(d.value, d.status)}, ${formatUsd(d.price)} per million tokens${onFrontier ? `, ${messages.price.tooltip.frontier.toLowerCase()}` : ''}`;
  return (
    <g
      className={`price-dot price-dot--${d.status}${onFrontier ? ' price-dot--frontier' : ''}${faded ? ' is-faded' : ''}`}
      role="button"
      tabIndex={0}
      aria-label={label}
      data-model={d.id}
      onClick={() => onSelect(d.id)}
      onKeyDown={onKeyDown}
      onMouseEnter={() => onFocus(d.id)}
      onMouseLeave={onBlur}
      onFocus={() => onFocus(d.id)}
      onBlur={onBlur}
    >
      {d.open && <circle cx={x} cy={y} r={9} className="price-dot__open" />}
      <RegionMarkerShape region={d.region} cx={x} cy={y} size={10} hollow={d.status !== 'measured'} />
    </g>
  );
});

const usdOrUnknown = (v: number | null) => (v === null ? messages.common.unknown : formatUsd(v));

function PointTooltip({ p, width, onFrontier }: { p: PlacedPoint<PricePoint>; width: number; onFrontier: boolean }) {
  const t = messages.price.tooltip;
  const d = p.point;
  const { price } = d.row.model;
  const place = placeTooltip({ x: p.x, y: p.y, width, height: HEIGHT, maxWidth: TOOLTIP_MAX_WIDTH, maxTop: HEIGHT - 160 });
  return (
    <ChartTooltip title={d.row.model.name} style={{ position: 'absolute', ...place }} hint={t.click}>
      <ChartTooltipFacts
        facts={[
          [t.lab, d.row.lab.name],
          [t.value, <strong key="v">{formatScore(d.value, d.status)}</strong>],
          [t.status, messages.common.status[d.status]],
          [t.blended, messages.price.usd(formatUsd(d.price))],
          [t.inputOutput, `${usdOrUnknown(price.inputUsdPerM)} / ${usdOrUnknown(price.outputUsdPerM)}`],
          [t.asOf, formatPartialDate(price.asOf)],
          [t.provider, price.provider ?? messages.common.unknown],
        ]}
      />
      {(d.open || onFrontier) && <p className="chart-tooltip__flags">{[d.open && t.open, onFrontier && t.frontier].filter(Boolean).join(' · ')}</p>}
    </ChartTooltip>
  );
}

/** Index (y) against blended price on a log axis (x): one marker per model, the cheapest-at-level frontier as a step line. */
export const PriceScatter = memo(function PriceScatter({ points, frontier, frontierIds, valueDomain, scaleLabel, title, desc, onSelect, highlight }: PriceScatterProps) {
  const m = messages.price.chart;
  const [wrapRef, measured] = useElementWidth<HTMLDivElement>();
  const width = measured || 800;
  const [active, setActive] = useState<string | null>(null);
  const clearActive = useCallback(() => setActive(null), []);
  // On a phone the x-axis title wraps onto a second line rather than running past the chart's edge.
  const xTitle = useMemo(() => wrapText(m.xAxis, width - 24, FONT_PX, (t, size) => textWidth(t, size)), [m.xAxis, width]);
  const layout = useMemo(
    () => layoutScatter({ points, frontier, width, height: HEIGHT, valueDomain, extraBottom: (xTitle.length - 1) * LINE_PX }),
    [points, frontier, width, valueDomain, xTitle.length],
  );
  const activePoint = active ? layout.points.find((p) => p.point.id === active) : undefined;
  const { plot } = layout;
  // The frontier's models are named on the chart, each beside its marker where it covers no other name or marker.
  const labels = useMemo(() => {
    // The frontier's models are named on the chart; a story step's highlight names its own instead.
    const named = layout.points.filter((p) => (highlight ? highlight.has(p.point.id) : frontierIds.has(p.point.id)));
    return placeScatterLabels(
      named.map((p) => ({ id: p.point.id, x: p.x, y: p.y, width: textWidth(p.point.row.model.name), height: LINE_PX })),
      { bounds: plot, points: layout.points.map((p) => ({ id: p.point.id, x: p.x, y: p.y })), radius: MARK_RADIUS },
    ).map((placed, i) => ({ ...placed, baseline: textBaseline(placed.box), name: named[i]!.point.row.model.name }));
  }, [layout, plot, frontierIds, highlight]);
  const xTitleTop = plot.bottom + 38;
  return (
    <div ref={wrapRef} className="price-chart" data-plot-area>
      <svg width={width} height={HEIGHT} role="group" aria-label={title} className="price-chart__svg">
        <title>{title}</title>
        <desc>{desc}</desc>
        <g className="price-chart__grid" aria-hidden="true">
          {layout.yTicks.map((t) => (
            <g key={`y${t.value}`}>
              <line x1={plot.left} x2={plot.right} y1={t.y} y2={t.y} />
              <text x={plot.left - 6} y={t.y} textAnchor="end" dominantBaseline="central">
                {t.value}
              </text>
            </g>
          ))}
          {layout.xTicks.map((t) => (
            <g key={`x${t.value}`}>
              <line x1={t.x} x2={t.x} y1={plot.top} y2={plot.bottom} />
              {/* The end ticks ("$100") stay inside the chart. */}
              <text x={centreWithin(t.x, textWidth(t.label), width)} y={plot.bottom + 16} textAnchor="middle">
                {t.label}
              </text>
            </g>
          ))}
          {xTitle.map((line, i) => (
            <text key={line} x={centreWithin((plot.left + plot.right) / 2, textWidth(line), width)} y={xTitleTop + i * LINE_PX} textAnchor="middle" className="price-chart__axis-label">
              {line}
            </text>
          ))}
          <text transform={`translate(12,${(plot.top + plot.bottom) / 2}) rotate(-90)`} textAnchor="middle" className="price-chart__axis-label">
            {m.yAxis(scaleLabel)}
          </text>
        </g>
        {layout.frontierPath && <path d={layout.frontierPath} className="price-chart__frontier" data-testid="price-frontier" aria-hidden="true" />}
        <g className="price-chart__labels" aria-hidden="true">
          {labels.map((l) => (
            <text key={l.id} x={l.textX} y={l.baseline} textAnchor={l.anchor} className="svg-halo-label">
              {l.name}
            </text>
          ))}
        </g>
        <g className="price-chart__dots">
          {layout.points.map((p) => (
            <Dot key={p.point.id} d={p.point} x={p.x} y={p.y} onFrontier={frontierIds.has(p.point.id)} faded={highlight ? !highlight.has(p.point.id) : false} onSelect={onSelect} onFocus={setActive} onBlur={clearActive} />
          ))}
        </g>
      </svg>
      {activePoint && <PointTooltip p={activePoint} width={width} onFrontier={frontierIds.has(activePoint.point.id)} />}
    </div>
  );
});
