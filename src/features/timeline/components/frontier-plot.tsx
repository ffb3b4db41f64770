import { formatMonth } from '../../../lib/format';
import { REGION_STYLE } from '../../../lib/regions';
import { messages } from '../../../messages/timeline';
import { LANE_HEIGHT, MARKER_SIZE, TICK_ROW, type FrontierLayout } from '../lib/frontier-layout';
import { shapePath } from '../lib/marker-paths';
import type { PlotPoint } from '../lib/select-frontier';
import { GapHatch } from './marker-key';


export interface FrontierPlotProps {
  layout: FrontierLayout;
  activeEventId: string | null;
  /** The hovered or keyboard-selected point and its index, ringed. */
  shown: { point: PlotPoint; index: number } | null;
  /** Models to emphasise: the other markers fade, these are drawn on top in full with their names. */
  highlight?: ReadonlySet<string>;
  /** The plotted points, in the layout's order (for the highlighted ones' names). */
  points?: readonly PlotPoint[];
}

/** The frontier chart's SVG: grid and axes, the after-report band, the gap, event lines, frontier lines, markers, direct labels, line-end labels. */
export function FrontierPlot({ layout, activeEventId, shown, highlight, points: plotted = [] }: FrontierPlotProps) {
  const m = messages.timeline.frontier;
  const { plot, report, points } = layout;
  const { layers } = points;
  return (
    <svg className="tl-chart__svg" width={layout.width} height={layout.height} aria-hidden="true" focusable="false">
      <defs>
        <clipPath id="tl-plot-clip">
          <rect x={plot.left} y={plot.top} width={plot.right - plot.left} height={plot.height} />
        </clipPath>
        <clipPath id="tl-marker-clip">
          <rect x={plot.left - 14} y={plot.top - 14} width={plot.right - plot.left + 28} height={plot.height + 28} />
        </clipPath>
        <GapHatch id="tl-gap-cn-hatch" />
      </defs>
      {report && (
        <g className="tl-after">
          <rect x={report.x} y={plot.top} width={plot.right - report.x} height={plot.height} className="tl-after__band" />
          <line x1={report.x} x2={report.x} y1={plot.top} y2={plot.bottom} className="tl-after__line" />
          {report.showLabel && (
            <text x={report.x + 4} y={plot.bottom - 6} className="tl-after__label">
              {m.afterReport}
            </text>
          )}
        </g>
      )}
      <g className="tl-grid">
        {layout.yTicks.map((t) => (
          <g key={t.value}>
            <line x1={plot.left} x2={plot.right} y1={t.y} y2={t.y} />
            <text x={plot.left - 6} y={t.y} dy="0.32em" textAnchor="end" className="tl-tick">
              {t.value}
            </text>
          </g>
        ))}
        <text transform={`translate(12 ${(plot.top + plot.bottom) / 2}) rotate(-90)`} textAnchor="middle" className="tl-axis-title">
          {m.yAxis}
        </text>
        {layout.xTicks.map((t, i) => (
          <g key={t.time}>
            <line x1={t.x} x2={t.x} y1={plot.bottom} y2={plot.bottom + 4} className="tl-grid__tick" />
            <text x={t.x} y={plot.bottom + 17} textAnchor="middle" className="tl-tick">
              {t.unit === 'year' ? new Date(t.time).getUTCFullYear() : formatMonth(t.time, i === 0)}
            </text>
          </g>
        ))}
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} className="tl-grid__axis" />
      </g>
      <g clipPath="url(#tl-plot-clip)">
        {layout.gaps.map((g) => (
          <rect key={g.key} x={g.x} y={g.y} width={g.w} height={g.h} className={`tl-gap tl-gap--${g.lead}`} style={g.lead === 'cn' ? { fill: 'url(#tl-gap-cn-hatch)' } : undefined} />
        ))}
      </g>
      <g className="tl-event-lines">
        {layout.lanes.labels.map((l) => (
          <line
            key={l.event.event.id}
            x1={l.x}
            x2={l.x}
            y1={l.major ? l.top + LANE_HEIGHT - 4 : l.top + TICK_ROW - 4}
            y2={plot.bottom}
            className={`tl-event-line${l.major ? ' tl-event-line--major' : ''}${l.event.afterReport ? ' tl-event-line--later' : ''}${l.event.event.id === activeEventId ? ' tl-event-line--active' : ''}`}
          />
        ))}
      </g>
      <g clipPath="url(#tl-plot-clip)">
        {layout.lines.map((l) => (
          <path key={l.key} d={l.d} className={`tl-line tl-line--${l.region} tl-line--${l.kind}`} />
        ))}
      </g>
      <g clipPath="url(#tl-marker-clip)" className={highlight ? 'is-faded' : undefined}>
        {layers.shapes.map((s) => (
          <path key={s.key} d={s.d} className={`tl-mark tl-mark--${s.region}`} />
        ))}
        {shown && <path d={shapePath(REGION_STYLE[shown.point.region].marker, points.xs[shown.index]!, points.ys[shown.index]!, MARKER_SIZE / 2 + 4)} className="tl-highlight" />}
      </g>
      {/* A story step's highlight names its own models; otherwise the frontier setters are named. */}
      {highlight ? (
        <HighlightedPoints layout={layout} plotted={plotted} highlight={highlight} />
      ) : (
        <g className="tl-point-labels">
          {layout.pointLabels.map((l) => (
            <text key={l.id} x={l.x} y={l.y} dy="0.32em" textAnchor={l.anchor} className={`tl-point-label tl-point-label--${l.region} svg-halo-label`} data-model-id={l.id}>
              {l.text}
            </text>
          ))}
        </g>
      )}
      <g className="tl-end-labels">
        {layout.endLabels.map((l) => (
          <text key={l.id} x={l.x} y={l.y} dy="0.32em" className={`tl-end-label tl-end-label--${l.region}`}>
            {l.text}
          </text>
        ))}
      </g>
    </svg>
  );
}

/** Rough width of a highlight label (12 px, semi-bold), to keep two labels from writing over each other. */
const LABEL_CHAR_PX = 7;
const LABEL_HEIGHT = 14;

/** Where each highlighted model's name goes: beside its marker, on the free side, or nowhere if both sides are taken. */
function placeLabels(layout: FrontierLayout, plotted: readonly PlotPoint[], highlight: ReadonlySet<string>) {
  const { xs, ys } = layout.points;
  const placed: Array<{ x0: number; x1: number; y0: number; y1: number }> = [];
  const out: Array<{ p: PlotPoint; x: number; y: number; label: { x: number; y: number; anchor: 'start' | 'end' } | null }> = [];
  plotted.forEach((p, i) => {
    const x = xs[i];
    const y = ys[i];
    if (!highlight.has(p.id) || x === undefined || y === undefined) return;
    // Names run away from the line ends on the right; Chinese models' names try below their marker
    // first, the others' above, so two close neighbours (R1 and o1) do not write over each other.
    const left = x > (layout.plot.left + layout.plot.right) / 2;
    const width = p.name.length * LABEL_CHAR_PX;
    const x0 = left ? x - 9 - width : x + 9;
    // Only inside the plot (a name above a marker at the top would be clipped).
    const tries = (p.region === 'cn' ? [y + 17, y - 9] : [y - 9, y + 17]).filter((ty) => ty - LABEL_HEIGHT + 2 >= layout.plot.top && ty <= layout.plot.bottom);
    const free = tries.find((ty) => placed.every((b) => x0 + width < b.x0 || x0 > b.x1 || ty < b.y0 || ty - LABEL_HEIGHT > b.y1));
    if (free !== undefined) placed.push({ x0, x1: x0 + width, y0: free - LABEL_HEIGHT, y1: free });
    out.push({ p, x, y, label: free === undefined ? null : { x: left ? x - 9 : x + 9, y: free, anchor: left ? 'end' : 'start' } });
  });
  return out;
}

/** The story's highlighted models, on top of the faded markers: each in full, with its name beside it. */
function HighlightedPoints({ layout, plotted, highlight }: { layout: FrontierLayout; plotted: readonly PlotPoint[]; highlight: ReadonlySet<string> }) {
  return (
    <g className="tl-highlighted" clipPath="url(#tl-marker-clip)">
      {placeLabels(layout, plotted, highlight).map(({ p, x, y, label }) => (
        <g key={p.id} data-highlighted={p.id}>
          <path d={shapePath(REGION_STYLE[p.region].marker, x, y, MARKER_SIZE / 2)} className={`tl-mark tl-mark--${p.region} tl-mark--${p.status}`} />
          {label && (
            <text x={label.x} y={label.y} textAnchor={label.anchor} className="tl-highlight-label svg-halo-label">
              {p.name}
            </text>
          )}
        </g>
      ))}
    </g>
  );
}
