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
}

/** The frontier chart's SVG: grid and axes, the after-report band, the gap, event lines, frontier lines, markers, direct labels, line-end labels. */
export function FrontierPlot({ layout, activeEventId, shown }: FrontierPlotProps) {
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
      <g clipPath="url(#tl-marker-clip)">
        {layers.shapes.map((s) => (
          <path key={s.key} d={s.d} className={`tl-mark tl-mark--${s.region}`} />
        ))}
        {shown && <path d={shapePath(REGION_STYLE[shown.point.region].marker, points.xs[shown.index]!, points.ys[shown.index]!, MARKER_SIZE / 2 + 4)} className="tl-highlight" />}
      </g>
      <g className="tl-point-labels">
        {layout.pointLabels.map((l) => (
          <text key={l.id} x={l.x} y={l.y} dy="0.32em" textAnchor={l.anchor} className={`tl-point-label tl-point-label--${l.region}`} data-model-id={l.id}>
            {l.text}
          </text>
        ))}
      </g>
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
