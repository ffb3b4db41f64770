import { memo, useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useElementWidth } from '../../../components/charts/use-element-width';
import { bodyFont, measureText } from '../../../lib/measure-text';
import type { Region } from '../../../lib/regions';
import { messages } from '../../../messages/timeline';
import { layoutFrontier, type TextStyle } from '../lib/frontier-layout';
import { nearestPoint } from '../lib/layout-labels';
import { plotKeyAction } from '../lib/plot-keys';
import type { FrontierKind, FrontierSelection } from '../lib/select-frontier';
import type { TimelineEvent } from '../lib/select-timeline-events';
import { eventShortLabel } from './event-label';
import { EventLanes } from './event-lanes';
import { EventList } from './event-list';
import { FrontierPlot } from './frontier-plot';
import { describePoint, PointTooltip } from './point-tooltip';

export interface FrontierChartProps {
  selection: FrontierSelection;
  domain: readonly [number, number];
  yDomain: readonly [number, number];
  reportTime: number;
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
  /** Models to emphasise (the story's): drawn in full and named; the other markers are faded. */
  highlight?: ReadonlySet<string>;
}

const textWidth = (text: string, style: TextStyle) => measureText(text, `${style.weight ? `${style.weight} ` : ''}${style.sizePx}px ${bodyFont()}`, style.sizePx);
const endLabel = (region: Region, kind: FrontierKind, value: number) =>
  (kind === 'open' ? messages.timeline.frontier.endLabelOpen : messages.timeline.frontier.endLabel)(messages.common.regionShort[region], String(value));
const eventLabel = (e: TimelineEvent) => eventShortLabel(e.event);

/**
 * The frontier chart: every model as a point (release date × index), each region's frontier as a step
 * line, the US–China gap shaded, export-control events as markers with labels in collision-free lanes
 * (numbered markers with a list on narrow screens). The layout is computed by `layoutFrontier`; this
 * component holds the pointer and keyboard state and composes the drawing parts.
 */
/** Memoised: the view re-renders for the cadence chart's deferred values, which this chart does not use. */
export const FrontierChart = memo(function FrontierChart(props: FrontierChartProps) {
  const { selection, domain, yDomain, reportTime, events, activeEventId, onSelectModel, highlight } = props;
  const m = messages.timeline;
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const [hoverId, setHoverId] = useState<string | null>(null);
  const [keyIndex, setKeyIndex] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const layout = useMemo(
    () => layoutFrontier({ width, selection, domain, yDomain, reportTime, events, textWidth, eventLabel, endLabel, afterReportLabel: m.frontier.afterReport }),
    [width, selection, domain, yDomain, reportTime, events, m.frontier.afterReport],
  );
  const { plot, lanes, points } = layout;

  const shownIndex = hoverId !== null ? selection.points.findIndex((p) => p.id === hoverId) : keyIndex;
  const shownPoint = shownIndex !== null && shownIndex >= 0 ? selection.points[shownIndex] : undefined;
  const shown = shownPoint && shownIndex !== null ? { point: shownPoint, index: shownIndex } : null;

  const pointAt = (e: MouseEvent<HTMLDivElement>, maxDistance: number) => {
    const box = e.currentTarget.parentElement!.getBoundingClientRect();
    return nearestPoint(points.xs, points.ys, e.clientX - box.left, e.clientY - box.top, maxDistance);
  };

  const onPlotKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const action = plotKeyAction(e.key, keyIndex, selection.points.length);
    if (!action) return;
    e.preventDefault();
    if (action.kind === 'move') {
      setKeyIndex(action.index);
      setHoverId(null);
      setAnnouncement(describePoint(selection.points[action.index]!));
    } else if (action.kind === 'select' && keyIndex !== null) {
      onSelectModel(selection.points[keyIndex]!.id);
    } else if (action.kind === 'clear') {
      setKeyIndex(null);
      setAnnouncement('');
    }
  };

  return (
    <div className="tl-chart">
      <div className="tl-chart__box" data-plot-area ref={ref} style={{ height: width > 0 ? layout.height : 400 }}>
        {width > 0 && (
          <>
            <FrontierPlot layout={layout} activeEventId={activeEventId} shown={shown} highlight={highlight} points={selection.points} />
            <EventLanes
              labels={lanes.labels}
              numbered={lanes.numbered}
              height={lanes.height}
              activeEventId={activeEventId}
              onActivateEvent={props.onActivateEvent}
              onOpenEvent={props.onOpenEvent}
              onCloseEvent={props.onCloseEvent}
              returnFocusTo={props.returnFocusTo}
              onFocusReturned={props.onFocusReturned}
            />
            <div
              className={`tl-plot${hoverId ? ' tl-plot--hover' : ''}`}
              role="group"
              tabIndex={0}
              aria-label={m.frontier.chartLabel(selection.points.length)}
              style={{ left: plot.left, top: plot.top, width: plot.right - plot.left, height: plot.height }}
              onPointerMove={(e) => {
                const i = pointAt(e, e.pointerType === 'touch' ? 24 : 14);
                setHoverId(i >= 0 ? selection.points[i]!.id : null);
              }}
              onPointerLeave={() => setHoverId(null)}
              onClick={(e) => {
                const i = pointAt(e, 24);
                if (i >= 0) onSelectModel(selection.points[i]!.id);
              }}
              onKeyDown={onPlotKey}
              onBlur={() => setKeyIndex(null)}
            />
            {shown && <PointTooltip point={shown.point} x={points.xs[shown.index]!} y={points.ys[shown.index]!} width={width} height={layout.height} maxTop={plot.bottom - 130} />}
            <div className="visually-hidden" aria-live="polite">
              {announcement}
            </div>
          </>
        )}
      </div>
      <EventList
        numbered={lanes.numbered ? lanes.labels.filter((l) => l.major).map((l) => l.event) : []}
        ticks={lanes.labels.filter((l) => !l.major).map((l) => l.event)}
        before={layout.outside.before}
        after={layout.outside.after}
        activeEventId={activeEventId}
        onOpenEvent={props.onOpenEvent}
      />
    </div>
  );
});
