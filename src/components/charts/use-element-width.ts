import { useCallback, useRef, useState } from 'react';

/** The content-box width of an element, read now (the element is laid out: its ref is being attached). */
function contentWidth(node: HTMLElement): number {
  const box = node.getBoundingClientRect().width;
  if (!box) return 0;
  const cs = getComputedStyle(node);
  const edges = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'] as const;
  return Math.max(0, edges.reduce((w, k) => w - (parseFloat(cs[k]) || 0), box));
}

/**
 * The content width of an element in whole px, kept current with a ResizeObserver; 0 until measured.
 * Pass the returned callback as the element's `ref`. Used by every chart that lays itself out.
 *
 * The first width is read when the ref attaches, in the same commit that mounts the element: React draws
 * the chart again at that width before the first paint, instead of painting it at a guessed width and
 * redrawing it (a second layout of the whole page) when the observer first reports.
 *
 * The observer also reports a change of height alone (a filter changes the number of bars): the width is
 * then the one held, and nothing is set. Setting state to the value it holds can still draw the component
 * again (React bails out only after rendering it), and a chart's whole tree with it.
 */
export function useElementWidth<T extends HTMLElement>(): [(node: T | null) => void, number] {
  const [width, setWidth] = useState(0);
  const held = useRef(0);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((node: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!node) return;
    // Whole pixels: sub-pixel jitter while a scrollbar comes and goes does not re-render the chart.
    const update = (w: number) => {
      if (w === held.current) return;
      held.current = w;
      setWidth(w);
    };
    const first = Math.floor(contentWidth(node));
    if (first > 0) update(first);
    const ro = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w !== undefined) update(Math.floor(w));
    });
    ro.observe(node);
    observer.current = ro;
  }, []);
  return [ref, width];
}
