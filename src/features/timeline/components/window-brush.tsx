import { useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { formatTimeAsDay } from '../../../lib/format';
import { messages } from '../../../messages/timeline';
import { useElementWidth } from '../../../components/charts/use-element-width';
import { timeTicks } from '../../../lib/chart-ticks';
import { scaleLinear } from 'victory-vendor/d3-scale';
import { addMonths, DAY_MS, timeToDay } from '../lib/time-scale';
import type { ReleaseWindow } from '../../../filters/filter-state';
import { chartMargins } from '../lib/frontier-layout';

const HEIGHT = 40;

export interface WindowBrushProps {
  /** The whole period the strip shows. */
  domain: readonly [number, number];
  /** The window now (ISO days, null = open). */
  window: ReleaseWindow;
  /** Release times of the models in the selection, drawn as ticks. */
  modelTimes: readonly number[];
  eventTimes: readonly number[];
  /** While dragging: the window being drawn (null when the drag ends). */
  onPreview: (w: ReleaseWindow | null) => void;
  /** A finished change: one history entry. */
  onCommit: (w: ReleaseWindow) => void;
  /** A keyboard step on one handle: typing-like, merged into one history entry per handle. */
  onStep: (edge: 'from' | 'to', day: string | null) => void;
}

type Drag = { kind: 'start' | 'end' | 'move' | 'new'; anchor: number; s0: number; e0: number; moved: boolean };

const dayNumber = (t: number) => Math.round(t / DAY_MS);
const snap = (t: number) => Math.round(t / DAY_MS) * DAY_MS;

/**
 * An overview strip of the whole period with the window drawn on it: drag to draw a new window, drag
 * the window to move it, drag its handles to resize it. The handles are sliders: arrow keys move them a
 * month, Page Up/Down a year, Home/End to the ends of the period.
 */
export function WindowBrush({ domain, window: w, modelTimes, eventTimes, onPreview, onCommit, onStep }: WindowBrushProps) {
  const m = messages.timeline.window;
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const [draft, setDraft] = useState<[number, number] | null>(null);
  const drag = useRef<Drag | null>(null);
  // Aligned with the frontier chart's plot below it.
  const margin = chartMargins(width);
  const left = margin.left;
  const right = Math.max(left + 10, width - margin.right);
  const x = useMemo(() => scaleLinear().domain([domain[0], domain[1]]).range([left, right]), [domain, left, right]);

  const committed: [number, number] = [
    w.from ? Date.parse(`${w.from}T00:00:00Z`) : domain[0],
    w.to ? Date.parse(`${w.to}T00:00:00Z`) + DAY_MS : domain[1],
  ];
  const [s, e] = draft ?? committed;

  /** A span in time to a window: a bound at the end of the period is open (null). */
  const toWindow = (start: number, end: number): ReleaseWindow => ({
    from: start <= domain[0] ? null : timeToDay(start),
    to: end >= domain[1] ? null : timeToDay(end - DAY_MS),
  });
  const clampT = (t: number) => Math.max(domain[0], Math.min(domain[1], t));

  const ticksPath = useMemo(() => {
    let d = '';
    for (const t of modelTimes) if (t >= domain[0] && t <= domain[1]) d += `M${x(t).toFixed(1)},${HEIGHT - 14}v10`;
    return d;
  }, [modelTimes, domain, x]);
  const eventsPath = useMemo(() => eventTimes.filter((t) => t >= domain[0] && t <= domain[1]).map((t) => `M${x(t).toFixed(1)},3v${HEIGHT - 6}`).join(''), [eventTimes, domain, x]);
  const years = useMemo(() => timeTicks(domain, 12).filter((t) => t.unit === 'year'), [domain]);

  const pointerTime = (ev: PointerEvent<HTMLDivElement>) => {
    const box = ev.currentTarget.getBoundingClientRect();
    return clampT(x.invert(ev.clientX - box.left));
  };

  const onPointerDown = (ev: PointerEvent<HTMLDivElement>) => {
    if (ev.button !== 0) return;
    const t = pointerTime(ev);
    const px = x(t);
    const near = (edge: number) => Math.abs(px - x(edge)) <= (ev.pointerType === 'touch' ? 16 : 8);
    // Inside a narrowed window, a drag moves it; over the whole period (nothing to move), a drag draws a new one.
    const narrowed = s > domain[0] || e < domain[1];
    const kind: Drag['kind'] = narrowed && near(s) ? 'start' : narrowed && near(e) ? 'end' : narrowed && t > s && t < e ? 'move' : 'new';
    drag.current = { kind, anchor: t, s0: s, e0: e, moved: false };
    ev.currentTarget.setPointerCapture(ev.pointerId);
  };

  const onPointerMove = (ev: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    const t = pointerTime(ev);
    if (!d.moved && Math.abs(x(t) - x(d.anchor)) < 3) return;
    d.moved = true;
    let next: [number, number];
    if (d.kind === 'start') next = [Math.min(t, d.e0 - DAY_MS), d.e0];
    else if (d.kind === 'end') next = [d.s0, Math.max(t, d.s0 + DAY_MS)];
    else if (d.kind === 'move') {
      const span = d.e0 - d.s0;
      const start = Math.max(domain[0], Math.min(domain[1] - span, d.s0 + (t - d.anchor)));
      next = [start, start + span];
    } else next = [Math.min(d.anchor, t), Math.max(d.anchor, t)];
    next = [snap(next[0]), snap(next[1])];
    if (next[1] - next[0] < DAY_MS) next[1] = next[0] + DAY_MS;
    setDraft(next);
    onPreview(toWindow(next[0], next[1]));
  };

  const finish = (ev: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    drag.current = null;
    if (ev.currentTarget.hasPointerCapture(ev.pointerId)) ev.currentTarget.releasePointerCapture(ev.pointerId);
    if (d?.moved && draft) onCommit(toWindow(draft[0], draft[1]));
    setDraft(null);
    onPreview(null);
  };

  const onHandleKey = (edge: 'from' | 'to') => (ev: KeyboardEvent<HTMLDivElement>) => {
    const current = edge === 'from' ? s : e - DAY_MS;
    let next: number;
    switch (ev.key) {
      case 'ArrowLeft':
      case 'ArrowDown':
        next = addMonths(current, -1);
        break;
      case 'ArrowRight':
      case 'ArrowUp':
        next = addMonths(current, 1);
        break;
      case 'PageDown':
        next = addMonths(current, -12);
        break;
      case 'PageUp':
        next = addMonths(current, 12);
        break;
      case 'Home':
        next = domain[0];
        break;
      case 'End':
        next = domain[1];
        break;
      default:
        return;
    }
    ev.preventDefault();
    if (edge === 'from') {
      next = Math.min(clampT(next), e - DAY_MS);
      onStep('from', next <= domain[0] ? null : timeToDay(next));
    } else {
      next = Math.max(clampT(next), s);
      onStep('to', next >= domain[1] - DAY_MS ? null : timeToDay(next));
    }
  };

  const handle = (edge: 'from' | 'to') => {
    const t = edge === 'from' ? s : e;
    const shownDay = edge === 'from' ? s : e - DAY_MS;
    const open = edge === 'from' ? s <= domain[0] : e >= domain[1];
    return (
      <div
        role="slider"
        tabIndex={0}
        className={`tl-brush__handle tl-brush__handle--${edge}`}
        style={{ left: x(t) - 7 }}
        aria-label={edge === 'from' ? m.startHandle : m.endHandle}
        aria-valuemin={dayNumber(domain[0])}
        aria-valuemax={dayNumber(domain[1])}
        aria-valuenow={dayNumber(shownDay)}
        aria-valuetext={open ? (edge === 'from' ? `${formatTimeAsDay(domain[0])} (${messages.timeline.filters.anyStart})` : `${formatTimeAsDay(domain[1] - DAY_MS)} (${messages.timeline.filters.anyEnd})`) : formatTimeAsDay(shownDay)}
        onKeyDown={onHandleKey(edge)}
      />
    );
  };

  return (
    <div className="tl-brush" ref={ref}>
      {width > 0 && (
        <div
          className="tl-brush__area"
          style={{ height: HEIGHT + 16 }}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={finish}
          onPointerCancel={finish}
        >
          <svg width={width} height={HEIGHT + 16} aria-hidden="true" focusable="false">
            <rect x={left} y={0} width={right - left} height={HEIGHT} className="tl-brush__bg" />
            <path d={eventsPath} className="tl-brush__events" />
            <path d={ticksPath} className="tl-brush__ticks" />
            <rect x={left} y={0} width={Math.max(0, x(s) - left)} height={HEIGHT} className="tl-brush__dim" />
            <rect x={x(e)} y={0} width={Math.max(0, right - x(e))} height={HEIGHT} className="tl-brush__dim" />
            <rect x={x(s)} y={0.5} width={Math.max(1, x(e) - x(s))} height={HEIGHT - 1} className="tl-brush__selection" />
            {years.map((t) => (
              <text key={t.time} x={x(t.time) + 3} y={HEIGHT + 12} className="tl-tick">
                {new Date(t.time).getUTCFullYear()}
              </text>
            ))}
          </svg>
          {handle('from')}
          {handle('to')}
        </div>
      )}
      <p className="visually-hidden">{m.brushLabel}</p>
    </div>
  );
}
