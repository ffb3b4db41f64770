import { useEffect, useRef, type KeyboardEvent } from 'react';
import { formatPartialDate } from '../../../lib/format';
import { messages } from '../../../messages/timeline';
import type { EventLabel } from '../lib/frontier-layout';
import { rovingIndex } from '../../../lib/roving-index';
import { eventShortLabel } from './event-label';

export interface EventLanesProps {
  labels: readonly EventLabel[];
  numbered: boolean;
  height: number;
  activeEventId: string | null;
  /** A marker got focus or was clicked: its card shows and focus stays on the marker (arrow keys move on). */
  onActivateEvent: (id: string) => void;
  /** A marker was clicked (or pressed with Enter or Space): its card opens beside the chart, in view, and takes focus. */
  onOpenEvent: (id: string, opener: HTMLElement) => void;
  /** Escape on a marker closes the open card. */
  onCloseEvent: () => void;
  /** After a card closes, focus goes back to its marker (without reopening it), then this is called. */
  returnFocusTo: string | null;
  onFocusReturned: () => void;
}

/**
 * The export-control markers above the plot: a toolbar of buttons, one tab stop, arrow keys between
 * them. The major rules carry their short name in lanes; the other events are plain ticks (named for
 * screen readers and in their tooltip). Focus shows a marker's card; a click opens it and brings it into view.
 */
export function EventLanes({ labels, numbered, height, activeEventId, onActivateEvent, onOpenEvent, onCloseEvent, returnFocusTo, onFocusReturned }: EventLanesProps) {
  const m = messages.timeline.events;
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const skipActivation = useRef<string | null>(null);
  useEffect(() => {
    if (!returnFocusTo) return;
    const button = buttons.current.get(returnFocusTo);
    if (button) {
      skipActivation.current = returnFocusTo;
      button.focus();
      skipActivation.current = null;
    }
    onFocusReturned();
  }, [returnFocusTo, onFocusReturned]);

  // Roving focus among the markers, in date order.
  const focusable = activeEventId && labels.some((l) => l.event.event.id === activeEventId) ? activeEventId : labels[0]?.event.event.id;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = labels.findIndex((l) => l.event.event.id === (document.activeElement as HTMLElement | null)?.dataset.eventId);
    if (i < 0) return;
    const next = rovingIndex(e.key, i, labels.length);
    if (next === null) {
      if (e.key === 'Escape' && activeEventId) {
        e.preventDefault();
        onCloseEvent();
      }
      return;
    }
    e.preventDefault();
    buttons.current.get(labels[next]!.event.event.id)?.focus();
  };

  return (
    <div className="tl-events" role="toolbar" aria-label={m.toolbar} style={{ height }} onKeyDown={onKeyDown}>
      {labels.map((l) => {
        const item = l.event;
        const id = item.event.id;
        return (
          <button
            key={id}
            type="button"
            data-event-id={id}
            data-export-label
            ref={(node) => {
              if (node) buttons.current.set(id, node);
              else buttons.current.delete(id);
            }}
            tabIndex={id === focusable ? 0 : -1}
            aria-label={m.markerName(l.major ? l.text : eventShortLabel(item.event), formatPartialDate(item.event.date), item.event.title, item.afterReport)}
            title={l.major ? undefined : messages.common.labelled(formatPartialDate(item.event.date), item.event.title)}
            aria-pressed={id === activeEventId}
            className={`tl-event${l.major ? '' : ' tl-event--tick'}${item.afterReport ? ' tl-event--later' : ''}${numbered && l.major ? ' tl-event--numbered' : ''}`}
            style={{ left: l.placement.start, top: l.top, width: l.placement.end - l.placement.start }}
            onFocus={() => {
              if (skipActivation.current !== id) onActivateEvent(id);
            }}
            onClick={(e) => onOpenEvent(id, e.currentTarget)}
          >
            {l.text}
          </button>
        );
      })}
    </div>
  );
}
