import { memo, useId, useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { ChartTooltip } from '../../../components/charts/chart-tooltip';
import { RegionMarkerShape } from '../../../components/charts/region-marker';
import { useElementWidth } from '../../../components/charts/use-element-width';
import { formatList } from '../../../lib/format';
import { placeTooltip } from '../../../lib/place-tooltip';
import { REGION_STYLE, type Region } from '../../../lib/regions';
import { messages } from '../../../messages/timeline';
import { CADENCE_HEIGHT, columnAt, layoutCadence, SEGMENT_MARKER_PX, type CadenceColumn } from '../lib/cadence-layout';
import { rovingIndex } from '../../../lib/roving-index';
import type { CadenceQuarter } from '../lib/select-cadence';

const REGIONS: readonly Region[] = ['us', 'cn', 'other'];
/** The tooltip's widest size (20rem, as the tooltip's own stylesheet allows). */
const TOOLTIP_MAX_WIDTH = 320;
/** Axis and tick lines in the grey the other bar charts' axes use. */
const AXIS_STROKE = '#666';
const TICK_SIZE = 6;

/** A quarter's lines in the tooltip, and what a screen reader hears when the keyboard lands on it. */
function quarterLines(q: CadenceQuarter): string[] {
  const m = messages.timeline.cadence;
  const c = messages.common;
  const first = q.firstReasoning.map((f) => c.aside(f.modelName, f.labName));
  return [
    ...REGIONS.map((r) => {
      const { total, reasoning } = q.counts[r];
      return c.labelled(c.region[r], reasoning > 0 ? c.aside(String(total), m.tooltipReasoning(reasoning)) : String(total));
    }),
    m.tooltipTotal(q.total),
    ...(first.length > 0 ? [`★ ${m.tooltipFirst(formatList(first))}`] : []),
  ];
}

function CadenceTooltip({ column, width }: { column: CadenceColumn; width: number }) {
  const place = placeTooltip({ x: column.x, y: 18, width, height: CADENCE_HEIGHT, maxWidth: TOOLTIP_MAX_WIDTH, gap: column.bandWidth / 2 });
  return (
    <ChartTooltip title={column.quarter.label} style={place}>
      {quarterLines(column.quarter).map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </ChartTooltip>
  );
}

/** The SVG: grid, axes, the hovered quarter's band, the stacked bars with their region markers, the quarter labels. */
const CadenceSvg = memo(function CadenceSvg({ columns, width, active, title, summary }: { columns: ReturnType<typeof layoutCadence>; width: number; active: number | null; title: string; summary: string }) {
  const { plot, yTicks } = columns;
  const activeColumn = active !== null ? columns.columns[active] : undefined;
  return (
    <svg className="tl-cadence__svg" width={width} height={CADENCE_HEIGHT} viewBox={`0 0 ${width} ${CADENCE_HEIGHT}`} aria-hidden="true" focusable="false">
      <title>{title}</title>
      <desc>{summary}</desc>
      <defs>
        {REGIONS.map((r) => (
          <pattern key={r} id={`tl-hatch-${r}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill={`var(--region-${r}-soft)`} />
            <rect width="3" height="6" fill={REGION_STYLE[r].color} />
          </pattern>
        ))}
      </defs>
      <g className="tl-cadence__grid">
        {yTicks.map((t) => (
          <line key={t.value} x1={plot.left} x2={plot.right} y1={t.y} y2={t.y} stroke="var(--grid)" />
        ))}
      </g>
      {activeColumn && (
        <rect data-export="omit" x={activeColumn.bandX} y={plot.top + 0.5} width={activeColumn.bandWidth} height={plot.bottom - plot.top - 1} fill="var(--bg-sunken)" stroke="#ccc" />
      )}
      <g className="tl-cadence__bars">
        {columns.columns.map((c) =>
          c.segments.map((s) => (
            <rect
              key={`${c.quarter.start}-${s.key}`}
              x={c.barX}
              y={s.y}
              width={c.barWidth}
              height={s.height}
              fill={s.reasoning ? `url(#tl-hatch-${s.region})` : REGION_STYLE[s.region].color}
              stroke={s.reasoning ? REGION_STYLE[s.region].color : undefined}
              strokeWidth={s.reasoning ? 1 : undefined}
            />
          )),
        )}
      </g>
      <g className="tl-cadence__markers">
        {columns.columns.map((c) =>
          c.segments.map((s) => (s.marker ? <RegionMarkerShape key={`${c.quarter.start}-${s.key}`} region={s.region} cx={s.marker.cx} cy={s.marker.cy} size={SEGMENT_MARKER_PX} hollow /> : null)),
        )}
      </g>
      <g className="tl-cadence__x-axis">
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke={AXIS_STROKE} />
        {columns.columns.map((c) => (
          <g key={c.quarter.start} className="tl-cadence-tick">
            <text x={c.x} y={plot.bottom + 18} textAnchor="middle" className="tl-tick">
              {c.quarterLabel}
            </text>
            {c.yearLabel !== null && (
              <text x={c.x} y={plot.bottom + 32} textAnchor="middle" className="tl-tick">
                {c.yearLabel}
              </text>
            )}
            {c.firstCount > 0 && (
              <text x={c.x} y={plot.bottom + 46} textAnchor="middle" className="tl-first-mark">
                ★{c.firstCount}
              </text>
            )}
          </g>
        ))}
      </g>
      <g className="tl-cadence__y-axis">
        <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} stroke={AXIS_STROKE} />
        {yTicks.map((t) => (
          <g key={t.value}>
            <line x1={plot.left - TICK_SIZE} x2={plot.left} y1={t.y} y2={t.y} stroke={AXIS_STROKE} />
            <text x={plot.left - TICK_SIZE - 2} y={t.y} dy="0.355em" textAnchor="end" className="tl-tick">
              {t.value}
            </text>
          </g>
        ))}
        <text transform={`rotate(-90, 10, ${(plot.top + plot.bottom) / 2 + 50})`} x={10} y={(plot.top + plot.bottom) / 2 + 50} dy="0.355em" className="tl-axis-title">
          {messages.timeline.cadence.yAxis}
        </text>
      </g>
    </svg>
  );
});

/**
 * Models released per quarter, stacked by region; reasoning models hatched; ★ marks labs' first
 * reasoning models. The pointer or the arrow keys pick a quarter, whose counts show in the tooltip
 * (and are read out). The layout is `layoutCadence`'s; this component draws it and holds the pointer
 * and keyboard state.
 */
export const CadenceChart = memo(function CadenceChart({ quarters, title, summary }: { quarters: readonly CadenceQuarter[]; title: string; summary: string }) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const layout = useMemo(() => layoutCadence(quarters, width), [quarters, width]);
  const [hover, setHover] = useState<number | null>(null);
  const [keyIndex, setKeyIndex] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const summaryId = useId();
  const count = layout.columns.length;
  const shown = hover ?? keyIndex;
  const active = shown !== null && shown < count ? shown : null;
  const activeColumn = active !== null ? layout.columns[active] : undefined;

  const onPointer = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    setHover(columnAt(layout, e.clientX - box.left + layout.plot.left));
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      if (keyIndex === null) return;
      setKeyIndex(null);
      setAnnouncement('');
      e.preventDefault();
      return;
    }
    if (count === 0) return;
    // The quarters may have changed under a held key (Back to a narrower window): start again if it is gone.
    const current = keyIndex !== null && keyIndex < count ? keyIndex : null;
    const next = current === null ? (['ArrowRight', 'ArrowDown', 'Home', 'ArrowUp'].includes(e.key) ? 0 : e.key === 'ArrowLeft' || e.key === 'End' ? count - 1 : null) : rovingIndex(e.key, current, count);
    if (next === null) return;
    e.preventDefault();
    setKeyIndex(next);
    setHover(null);
    const q = layout.columns[next]!.quarter;
    setAnnouncement(messages.common.joinPhrases([q.label, ...quarterLines(q)]));
  };

  return (
    <div className="tl-cadence" ref={ref}>
      <div className="tl-cadence__box" style={{ height: CADENCE_HEIGHT }}>
        {width > 0 && (
          <>
            <CadenceSvg columns={layout} width={width} active={active} title={title} summary={summary} />
            <div
              className="tl-cadence__plot"
              role="group"
              tabIndex={0}
              aria-label={title}
              aria-describedby={summaryId}
              style={{ left: layout.plot.left, top: layout.plot.top, width: layout.plot.right - layout.plot.left, height: layout.plot.bottom - layout.plot.top }}
              onPointerMove={onPointer}
              onPointerDown={onPointer}
              onPointerLeave={() => setHover(null)}
              onKeyDown={onKey}
              onBlur={() => setKeyIndex(null)}
            />
            {activeColumn && <CadenceTooltip column={activeColumn} width={width} />}
            <p id={summaryId} className="visually-hidden">
              {summary}
            </p>
            <div className="visually-hidden" aria-live="polite">
              {announcement}
            </div>
          </>
        )}
      </div>
    </div>
  );
});
