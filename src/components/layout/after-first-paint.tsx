import { startTransition, useEffect, useState, type ReactNode } from 'react';

/**
 * Draws `children` only after the view around it has painted: for a part of a view that the first screen
 * does not show (a long table below the chart), so the first paint does not wait for it. It follows in a
 * transition, a frame later, and stays; until then `fallback` (by default nothing) holds its place.
 *
 * Only for content below the fold: drawn later, it must not move anything the reader already sees.
 */
export function AfterFirstPaint({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready) return;
    let timer = 0;
    const show = () => {
      // A task after the frame: the paint goes out first, and the transition yields to input.
      timer = window.setTimeout(() => startTransition(() => setReady(true)), 0);
    };
    const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(show) : 0;
    if (!frame) show();
    return () => {
      if (frame) cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [ready]);
  return ready ? children : fallback;
}
