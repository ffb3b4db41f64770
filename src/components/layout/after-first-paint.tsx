import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { afterNextPaint } from '../../lib/after-paint';

/** Whether the app's first view has painted: from then on, parts mount with their view at once. */
let firstPaintDone = false;

/** For tests: back to a page that has not painted yet. */
export function resetFirstPaint(): void {
  firstPaintDone = false;
}

/** Holds the place of a part still to come: hidden, and a mark tests wait on (`[data-pending-paint]`). */
const PENDING = <div hidden data-pending-paint="" />;

/**
 * Draws `children` after the page's first paint: for a part of the start view that the first screen does
 * not show (a long table below the chart), so the first paint does not wait for it. It follows in a
 * transition, a frame later, and stays; until then `fallback` (by default a hidden mark) holds its place.
 *
 * Only the page's first load waits. Once anything has painted, a part mounted later (after a language
 * switch, on coming back to the view) draws with its view, so the page keeps its height and scroll.
 *
 * Only for content below the fold: drawn later, it must not move anything the reader already sees.
 */
export function AfterFirstPaint({ children, fallback = PENDING }: { children: ReactNode; fallback?: ReactNode }) {
  const [ready, setReady] = useState(firstPaintDone);
  useEffect(() => {
    if (ready) return;
    // A task after the next frame: the paint goes out first, and the transition yields to input.
    return afterNextPaint(() => {
      firstPaintDone = true;
      startTransition(() => setReady(true));
    });
  }, [ready]);
  return ready ? children : fallback;
}
