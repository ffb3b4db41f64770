import { useCallback, useRef, useState } from 'react';

/**
 * The event card's focus rules. A marker on the axis shows its card while focus stays on the marker
 * (the arrow keys move on); an event chosen in a list or in the table twin opens its card and focus
 * moves into it; a click on a marker opens the card the same way, so that it comes into view. Closing the
 * card gives focus back to whatever opened it, or to the marker. An event pinned in the URL starts with
 * its card open (focus stays where it is).
 */
export function useEventCard(pinned: string | null = null) {
  const [activeEventId, setActiveEventId] = useState<string | null>(pinned);
  // An event pinned by the URL (`?event=`, e.g. from "Models released after this") opens its card.
  const [seenPin, setSeenPin] = useState(pinned);
  if (pinned !== seenPin) {
    setSeenPin(pinned);
    if (pinned) setActiveEventId(pinned);
  }
  /** Bumped each time the card should take focus. */
  const [cardFocus, setCardFocus] = useState<number | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [returnFocusTo, setReturnFocusTo] = useState<string | null>(null);
  const focusReturned = useCallback(() => setReturnFocusTo(null), []);
  const activateFromMarker = useCallback((id: string) => {
    opener.current = null;
    setCardFocus(null);
    setActiveEventId(id);
  }, []);
  const openFrom = useCallback((id: string, from: HTMLElement) => {
    opener.current = from;
    setCardFocus((n) => (n ?? 0) + 1);
    setActiveEventId(id);
  }, []);
  const closeCard = () => {
    const from = opener.current;
    opener.current = null;
    setCardFocus(null);
    setActiveEventId(null);
    // A list or table button gets focus back directly; a marker through `returnFocusTo`, which does not reopen its card.
    if (from?.isConnected && !from.closest('.tl-events')) from.focus();
    // Back to the marker, without reopening it (only when the chart, not the table, is shown).
    else if (activeEventId && [...document.querySelectorAll<HTMLElement>('.tl-events [data-event-id]')].some((el) => el.dataset.eventId === activeEventId)) setReturnFocusTo(activeEventId);
  };
  return { activeEventId, cardFocus, returnFocusTo, focusReturned, activateFromMarker, openFrom, closeCard };
}
