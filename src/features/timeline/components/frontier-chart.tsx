import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { frontierAt } from '../../../lib/frontier';
import { formatPartialDate } from '../../../lib/format';
import { REGION_STYLE } from '../../../lib/regions';
import { messages } from '../../../messages/timeline';
import { useElementWidth } from '../../../components/charts/use-element-width';
import { bodyFont, measureText } from '../../../lib/measure-text';
import { indexTickCount, indexTicks, timeTicks } from '../../../lib/chart-ticks';
import { layoutLanes, nearestPoint, spreadLabels, type LanePlacement } from '../lib/layout-labels';
import { formatScore } from '../../../lib/format-score';
import { markerLayers, shapePath } from '../lib/marker-paths';
import type { FrontierSelection, PlotPoint } from '../lib/select-frontier';
import type { TimelineEvent } from '../lib/select-timeline-events';
import { scaleLinear } from '../lib/time-scale';
import { eventShortLabel } from './event-label';
import { GapHatch } from './marker-key';

const MARKER_SIZE = 10;
const LANE_HEIGHT = 22;
const LABEL_FONT_PX = 12;
const MAX_LABELLED_LANES = 5;
const NARROW = 640;

/** The plot's side margins: room for the index ticks on the left and the frontier labels on the right. */
export function chartMargins(width: number) {
  return { left: 44, right: width > 0 && width < NARROW ? 54 : 68 };
}

const monthShort = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

export interface FrontierChartProps {
  selection: FrontierSelection;
  domain: readonly [number, number];
  yDomain: readonly [number, number];
  reportTime: number;
  /** The report's day, formatted. */
  reportDay: string;
  /** Events to draw (hidden ones already removed); those outside the domain are listed beside the chart. */
  events: readonly TimelineEvent[];
  activeEventId: string | null;
  /** A marker got focus or was clicked: its card shows and focus stays on the marker (arrow keys move on). */
  onActivateEvent: (id: string) => void;
  /** An event in the list beside the chart was chosen: its card opens, takes focus, and gives it back to `opener`. */
  onOpenEvent: (id: string, opener: HTMLElement) => void;
  /** Escape on a marker closes the open card. */
  onCloseEvent: () => void;
  /** After a card closes, focus goes back to its marker (without reopening it), then this is called. */
  returnFocusTo: string | null;
  onFocusReturned: () => void;
  onSelectModel: (id: string) => void;
}

interface EventLabel {
  item: TimelineEvent;
  text: string;
  placement: LanePlacement;
  x: number;
}

/**
 * The frontier chart: every model as a point (release date × index), each region's frontier as a step
 * line, the US–China gap shaded, export-control events as markers with labels in collision-free lanes
 * (numbered markers with a list on narrow screens). Draws only what it is given.
 */
export function FrontierChart(props: FrontierChartProps) {
  const { selection, domain, yDomain, reportTime, events, activeEventId, onActivateEvent, onOpenEvent, onCloseEvent, returnFocusTo, onFocusReturned, onSelectModel } = props;
  const m = messages.timeline;
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const [hoverId, setHoverId] = useState<string | null>(null);
  const [keyIndex, setKeyIndex] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const eventButtons = useRef(new Map<string, HTMLButtonElement>());
  const skipActivation = useRef<string | null>(null);
  useEffect(() => {
    if (!returnFocusTo) return;
    const button = eventButtons.current.get(returnFocusTo);
    if (button) {
      skipActivation.current = returnFocusTo;
      button.focus();
      skipActivation.current = null;
    }
    onFocusReturned();
  }, [returnFocusTo, onFocusReturned]);

  const narrow = width > 0 && width < NARROW;
  const plotHeight = narrow ? 250 : 340;
  // The right margin holds the frontier labels ("CN open 89"): as wide as the widest one needs.
  const endLabelWidth = useMemo(() => {
    const font = `600 12px ${bodyFont()}`;
    return Math.max(0, ...selection.lines.map((l) => measureText(`${messages.common.regionShort[l.region]}${l.kind === 'open' ? ' open' : ''} 100`, font, 12)));
  }, [selection.lines]);
  const margin = { left: chartMargins(width).left, right: Math.max(chartMargins(width).right, Math.ceil(endLabelWidth) + 16), bottom: 26 };
  const plotLeft = margin.left;
  const plotRight = Math.max(plotLeft + 10, width - margin.right);

  const x = useMemo(() => scaleLinear(domain, [plotLeft, plotRight]), [domain, plotLeft, plotRight]);

  // Event labels: text labels in lanes; numbered markers when the screen is narrow or lanes pile up.
  const inDomain = useMemo(() => events.filter((e) => e.time >= domain[0] && e.time <= domain[1]), [events, domain]);
  const { labels, numbered, laneCount } = useMemo(() => {
    if (width === 0) return { labels: [] as EventLabel[], numbered: false, laneCount: 0 };
    const font = `${LABEL_FONT_PX}px ${bodyFont()}`;
    const layout = (useNumbers: boolean) => {
      const texts = inDomain.map((e) => (useNumbers ? String(e.number) : eventShortLabel(e.event)));
      const items = inDomain.map((e, i) => ({
        id: e.event.id,
        x: x(e.time),
        width: useNumbers ? Math.max(22, measureText(texts[i]!, font, LABEL_FONT_PX) + 12) : measureText(texts[i]!, font, LABEL_FONT_PX) + 16,
      }));
      const { placements, laneCount } = layoutLanes(items, { left: 0, right: width, gap: 4 });
      const byId = new Map(placements.map((p) => [p.id, p]));
      return { labels: inDomain.map((e, i) => ({ item: e, text: texts[i]!, placement: byId.get(e.event.id)!, x: x(e.time) })), laneCount };
    };
    if (width >= NARROW) {
      const labelled = layout(false);
      if (labelled.laneCount <= MAX_LABELLED_LANES) return { ...labelled, numbered: false };
    }
    return { ...layout(true), numbered: true };
  }, [inDomain, width, x]);

  const lanesHeight = laneCount > 0 ? laneCount * LANE_HEIGHT + 6 : 8;
  const plotTop = lanesHeight;
  const plotBottom = plotTop + plotHeight;
  const totalHeight = plotBottom + margin.bottom;
  const y = useMemo(() => scaleLinear(yDomain, [plotBottom, plotTop]), [yDomain, plotBottom, plotTop]);
  const laneTop = (lane: number) => lanesHeight - 6 - (lane + 1) * LANE_HEIGHT + 2;

  // Points: pixel positions once per render of the data, batched into a few paths.
  const { xs, ys, layers } = useMemo(() => {
    const n = selection.points.length;
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    const inputs = selection.points.map((p, i) => {
      xs[i] = x(p.time);
      ys[i] = y(p.value);
      return { region: p.region, x: xs[i]!, y: ys[i]!, status: p.status, later: p.afterReport, open: p.openWeights === true, reasoning: p.reasoning === true };
    });
    return { xs, ys, layers: markerLayers(inputs, MARKER_SIZE) };
  }, [selection.points, x, y]);

  const lineEnd = Math.min(domain[1], selection.lineEnd);
  const linePaths = useMemo(
    () =>
      selection.lines
        .filter((l) => l.steps.length > 0)
        .map((l) => {
          let d = `M${x(l.steps[0]!.time).toFixed(1)},${y(l.steps[0]!.value).toFixed(1)}`;
          for (const s of l.steps.slice(1)) d += `H${x(s.time).toFixed(1)}V${y(s.value).toFixed(1)}`;
          d += `H${x(Math.max(selection.lineEnd, l.steps[l.steps.length - 1]!.time)).toFixed(1)}`;
          return { key: `${l.region}-${l.kind}`, region: l.region, kind: l.kind, d };
        }),
    [selection.lines, selection.lineEnd, x, y],
  );

  const endLabels = useMemo(() => {
    if (lineEnd <= domain[0]) return [];
    const wanted = selection.lines.flatMap((l) => {
      const v = frontierAt(l.steps, lineEnd);
      if (v === null) return [];
      const text = `${messages.common.regionShort[l.region]}${l.kind === 'open' ? ' open' : ''} ${v}`;
      return [{ id: `${l.region}-${l.kind}`, region: l.region, kind: l.kind, text, y: y(v) }];
    });
    // 12 px bold text is about 15 px tall: keep 16 px between label centres.
    const spread = spreadLabels(wanted, 16, [plotTop + 8, plotBottom - 8]);
    return wanted.map((w) => ({ ...w, labelY: spread.get(w.id) ?? w.y }));
  }, [selection.lines, lineEnd, domain, y, plotTop, plotBottom]);

  const gapRects = useMemo(
    () =>
      selection.gap
        .filter((g) => g.us !== g.cn)
        .map((g) => ({
          key: `${g.start}`,
          lead: g.us > g.cn ? 'us' : 'cn',
          x: x(g.start),
          w: Math.max(0, x(g.end) - x(g.start)),
          y: y(Math.max(g.us, g.cn)),
          h: Math.abs(y(g.us) - y(g.cn)),
        })),
    [selection.gap, x, y],
  );

  const xTicks = useMemo(() => timeTicks(domain, Math.max(2, Math.floor((plotRight - plotLeft) / 60))), [domain, plotLeft, plotRight]);
  const yTicks = useMemo(() => indexTicks(yDomain, indexTickCount(plotHeight)), [yDomain, plotHeight]);

  const shownIndex = hoverId !== null ? selection.points.findIndex((p) => p.id === hoverId) : keyIndex;
  const shown: PlotPoint | null = shownIndex !== null && shownIndex >= 0 ? (selection.points[shownIndex] ?? null) : null;

  const locate = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.parentElement!.getBoundingClientRect();
    return nearestPoint(xs, ys, e.clientX - box.left, e.clientY - box.top, e.pointerType === 'touch' ? 24 : 14);
  };

  const describe = (p: PlotPoint) => {
    const flags = [
      p.reasoning === true ? m.frontier.tooltipReasoning : null,
      p.openWeights === true ? m.frontier.tooltipOpen : p.openWeights === false ? m.frontier.tooltipClosed : m.frontier.tooltipOpenUnknown,
      p.afterReport ? m.frontier.tooltipLater : null,
    ]
      .filter(Boolean)
      .join(', ');
    return m.frontier.announce(p.name, p.labName, messages.common.region[p.region], formatPartialDate(p.releaseDate), formatScore(p.value, p.status), messages.common.status[p.status], flags);
  };

  const moveKey = (next: number) => {
    const n = selection.points.length;
    if (n === 0) return;
    const i = Math.max(0, Math.min(n - 1, next));
    setKeyIndex(i);
    setHoverId(null);
    setAnnouncement(describe(selection.points[i]!));
  };

  const onPlotKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const current = keyIndex ?? -1;
    const n = selection.points.length;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowUp':
        moveKey(current < 0 ? 0 : current + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowDown':
        moveKey(current < 0 ? n - 1 : current - 1);
        break;
      case 'PageUp':
        moveKey(current + 10);
        break;
      case 'PageDown':
        moveKey(current - 10);
        break;
      case 'Home':
        moveKey(0);
        break;
      case 'End':
        moveKey(n - 1);
        break;
      case 'Enter':
      case ' ':
        if (keyIndex !== null && selection.points[keyIndex]) onSelectModel(selection.points[keyIndex].id);
        else return;
        break;
      case 'Escape':
        if (keyIndex === null) return;
        setKeyIndex(null);
        setAnnouncement('');
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  // Roving focus among event markers, in date order.
  const focusable = activeEventId && labels.some((l) => l.item.event.id === activeEventId) ? activeEventId : labels[0]?.item.event.id;
  const onEventKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = labels.findIndex((l) => l.item.event.id === (document.activeElement as HTMLElement | null)?.dataset.eventId);
    if (i < 0) return;
    let next = i;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = Math.min(labels.length - 1, i + 1);
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = Math.max(0, i - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = labels.length - 1;
    else if (e.key === 'Escape' && activeEventId) {
      e.preventDefault();
      onCloseEvent();
      return;
    } else return;
    e.preventDefault();
    const id = labels[next]!.item.event.id;
    eventButtons.current.get(id)?.focus();
  };

  const reportInDomain = reportTime > domain[0] && reportTime < domain[1];
  const afterLabelWidth = measureText(m.frontier.afterReport, `11px ${bodyFont()}`, 11) + 8;

  const outside = events.filter((e) => e.time < domain[0] || e.time > domain[1]);
  return (
    <div className="tl-chart">
      <div className="tl-chart__box" ref={ref} style={{ height: width > 0 ? totalHeight : 400 }}>
      {width > 0 && (
        <>
          <svg className="tl-chart__svg" width={width} height={totalHeight} aria-hidden="true" focusable="false">
            <defs>
              <clipPath id="tl-plot-clip">
                <rect x={plotLeft} y={plotTop} width={plotRight - plotLeft} height={plotHeight} />
              </clipPath>
              <clipPath id="tl-marker-clip">
                <rect x={plotLeft - 14} y={plotTop - 14} width={plotRight - plotLeft + 28} height={plotHeight + 28} />
              </clipPath>
              <GapHatch id="tl-gap-cn-hatch" />
            </defs>
            {reportInDomain && (
              <g className="tl-after">
                <rect x={x(reportTime)} y={plotTop} width={plotRight - x(reportTime)} height={plotHeight} className="tl-after__band" />
                <line x1={x(reportTime)} x2={x(reportTime)} y1={plotTop} y2={plotBottom} className="tl-after__line" />
                {plotRight - x(reportTime) > afterLabelWidth && (
                  <text x={x(reportTime) + 4} y={plotBottom - 6} className="tl-after__label">
                    {m.frontier.afterReport}
                  </text>
                )}
              </g>
            )}
            <g className="tl-grid">
              {yTicks.map((v) => (
                <g key={v}>
                  <line x1={plotLeft} x2={plotRight} y1={y(v)} y2={y(v)} />
                  <text x={plotLeft - 6} y={y(v)} dy="0.32em" textAnchor="end" className="tl-tick">
                    {v}
                  </text>
                </g>
              ))}
              <text transform={`translate(12 ${(plotTop + plotBottom) / 2}) rotate(-90)`} textAnchor="middle" className="tl-axis-title">
                {m.frontier.yAxis}
              </text>
              {xTicks.map((t, i) => (
                <g key={t.time}>
                  <line x1={x(t.time)} x2={x(t.time)} y1={plotBottom} y2={plotBottom + 4} className="tl-grid__tick" />
                  <text x={x(t.time)} y={plotBottom + 17} textAnchor="middle" className="tl-tick">
                    {t.unit === 'year' ? new Date(t.time).getUTCFullYear() : i === 0 ? monthYear.format(t.time) : monthShort.format(t.time)}
                  </text>
                </g>
              ))}
              <line x1={plotLeft} x2={plotRight} y1={plotBottom} y2={plotBottom} className="tl-grid__axis" />
            </g>
            <g clipPath="url(#tl-plot-clip)">
              {gapRects.map((g) => (
                <rect key={g.key} x={g.x} y={g.y} width={g.w} height={g.h} className={`tl-gap tl-gap--${g.lead}`} style={g.lead === 'cn' ? { fill: 'url(#tl-gap-cn-hatch)' } : undefined} />
              ))}
            </g>
            <g className="tl-event-lines">
              {labels.map((l) => (
                <line
                  key={l.item.event.id}
                  x1={l.x}
                  x2={l.x}
                  y1={laneTop(l.placement.lane) + LANE_HEIGHT - 4}
                  y2={plotBottom}
                  className={`tl-event-line${l.item.afterReport ? ' tl-event-line--later' : ''}${l.item.event.id === activeEventId ? ' tl-event-line--active' : ''}`}
                />
              ))}
            </g>
            <g clipPath="url(#tl-plot-clip)">
              {linePaths.map((l) => (
                <path key={l.key} d={l.d} className={`tl-line tl-line--${l.region} tl-line--${l.kind}`} />
              ))}
            </g>
            <g clipPath="url(#tl-marker-clip)">
              {layers.frames.map((f) => (
                <path key={f.key} d={f.d} className="tl-frame" />
              ))}
              {layers.shapes.map((s) =>
                // The light fill is translucent: an opaque base keeps lines and shading from showing through.
                s.status === 'as-stated' ? (
                  <g key={s.key}>
                    <path d={s.d} className="tl-mark-base" />
                    <path d={s.d} className={`tl-mark tl-mark--${s.region} tl-mark--${s.status}`} />
                  </g>
                ) : (
                  <path key={s.key} d={s.d} className={`tl-mark tl-mark--${s.region} tl-mark--${s.status}`} />
                ),
              )}
              {layers.rings.map((r) => (
                <path key={r.key} d={r.d} className={`tl-ring tl-ring--${r.region}`} />
              ))}
              {layers.later && <path d={layers.later} className="tl-later-ring" />}
              {shown && shownIndex !== null && (
                <path d={shapePath(REGION_STYLE[shown.region].marker, xs[shownIndex]!, ys[shownIndex]!, MARKER_SIZE / 2 + 4)} className="tl-highlight" />
              )}
            </g>
            <g className="tl-end-labels">
              {endLabels.map((l) => (
                <text key={l.id} x={x(lineEnd) + 10} y={l.labelY} dy="0.32em" className={`tl-end-label tl-end-label--${l.region}`}>
                  {l.text}
                </text>
              ))}
            </g>
          </svg>

          <div className="tl-events" role="toolbar" aria-label={m.events.toolbar} style={{ height: lanesHeight }} onKeyDown={onEventKey}>
            {labels.map((l) => {
              const id = l.item.event.id;
              return (
                <button
                  key={id}
                  type="button"
                  data-event-id={id}
                  ref={(node) => {
                    if (node) eventButtons.current.set(id, node);
                    else eventButtons.current.delete(id);
                  }}
                  tabIndex={id === focusable ? 0 : -1}
                  aria-label={m.events.markerName(l.text, formatPartialDate(l.item.event.date), l.item.event.title, l.item.afterReport)}
                  aria-pressed={id === activeEventId}
                  className={`tl-event${l.item.afterReport ? ' tl-event--later' : ''}${numbered ? ' tl-event--numbered' : ''}`}
                  style={{ left: l.placement.start, top: laneTop(l.placement.lane), width: l.placement.end - l.placement.start }}
                  onFocus={() => {
                    if (skipActivation.current !== id) onActivateEvent(id);
                  }}
                  onClick={() => onActivateEvent(id)}
                >
                  {l.text}
                </button>
              );
            })}
          </div>

          <div
            className={`tl-plot${hoverId ? ' tl-plot--hover' : ''}`}
            role="group"
            tabIndex={0}
            aria-label={m.frontier.chartLabel(selection.points.length)}
            style={{ left: plotLeft, top: plotTop, width: plotRight - plotLeft, height: plotHeight }}
            onPointerMove={(e) => {
              const i = locate(e);
              setHoverId(i >= 0 ? selection.points[i]!.id : null);
            }}
            onPointerLeave={() => setHoverId(null)}
            onClick={(e) => {
              const box = e.currentTarget.parentElement!.getBoundingClientRect();
              const i = nearestPoint(xs, ys, e.clientX - box.left, e.clientY - box.top, 24);
              if (i >= 0) onSelectModel(selection.points[i]!.id);
            }}
            onKeyDown={onPlotKey}
            onBlur={() => setKeyIndex(null)}
          />

          {shown && shownIndex !== null && <PointTooltip point={shown} x={xs[shownIndex]!} y={ys[shownIndex]!} width={width} maxTop={plotBottom - 130} />}
          <div className="visually-hidden" aria-live="polite">
            {announcement}
          </div>
        </>
      )}
      </div>
      {((numbered && labels.length > 0) || outside.length > 0) && (
        <EventList
          numbered={numbered ? labels.map((l) => l.item) : []}
          before={outside.filter((e) => e.time < domain[0])}
          after={outside.filter((e) => e.time > domain[1])}
          activeEventId={activeEventId}
          onOpenEvent={onOpenEvent}
        />
      )}
    </div>
  );
}

function EventList(props: {
  numbered: readonly TimelineEvent[];
  before: readonly TimelineEvent[];
  after: readonly TimelineEvent[];
  activeEventId: string | null;
  onOpenEvent: (id: string, opener: HTMLElement) => void;
}) {
  const m = messages.timeline.events;
  const item = (e: TimelineEvent, withNumber: boolean) => (
    <li key={e.event.id}>
      <button
        type="button"
        className={`tl-event-list__button${e.afterReport ? ' tl-event-list__button--later' : ''}`}
        aria-pressed={e.event.id === props.activeEventId}
        onClick={(click) => props.onOpenEvent(e.event.id, click.currentTarget)}
      >
        {withNumber && <span className="tl-event-list__number">{e.number}</span>}
        <span className="tl-event-list__date">{formatPartialDate(e.event.date)}</span> {e.event.title}
        {e.afterReport && <span className="tl-event-list__later"> · {m.card.afterReport}</span>}
      </button>
    </li>
  );
  return (
    <div className="tl-event-list">
      {props.numbered.length > 0 && (
        <>
          <h3 className="tl-event-list__heading">{m.legendList}</h3>
          <ul>{props.numbered.map((e) => item(e, true))}</ul>
        </>
      )}
      {props.before.length > 0 && (
        <>
          <p className="tl-event-list__heading">{m.earlier(props.before.length)}</p>
          <ul>{props.before.map((e) => item(e, false))}</ul>
        </>
      )}
      {props.after.length > 0 && (
        <>
          <p className="tl-event-list__heading">{m.later(props.after.length)}</p>
          <ul>{props.after.map((e) => item(e, false))}</ul>
        </>
      )}
    </div>
  );
}

function PointTooltip({ point, x, y, width, maxTop }: { point: PlotPoint; x: number; y: number; width: number; maxTop: number }) {
  const m = messages.timeline.frontier;
  const left = x > width / 2;
  return (
    <div className="tl-tooltip" aria-hidden="true" style={left ? { right: width - x + 14, top: Math.max(0, Math.min(y - 10, maxTop)) } : { left: x + 14, top: Math.max(0, Math.min(y - 10, maxTop)) }}>
      <strong>{point.name}</strong>
      <div>
        {point.labName} · {messages.common.region[point.region]}
      </div>
      <div>{m.tooltipRelease(formatPartialDate(point.releaseDate))}</div>
      <div>
        {m.tooltipIndex(formatScore(point.value, point.status), messages.common.status[point.status])}
      </div>
      {point.otherValues.length > 0 && <div>{m.tooltipAlso(point.otherValues.map((o) => `${formatScore(o.value, o.status)} (${messages.common.status[o.status]})`).join(', '))}</div>}
      <div>
        {[
          point.reasoning === true ? m.tooltipReasoning : null,
          point.openWeights === true ? m.tooltipOpen : point.openWeights === false ? m.tooltipClosed : m.tooltipOpenUnknown,
          point.afterReport ? m.tooltipLater : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </div>
      <div className="tl-tooltip__hint">{m.tooltipAction}</div>
    </div>
  );
}
