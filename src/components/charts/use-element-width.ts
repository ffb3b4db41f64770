import { useCallback, useRef, useState } from 'react';

/**
 * The content width of an element in whole px, kept current with a ResizeObserver; 0 until measured.
 * Pass the returned callback as the element's `ref`. Used by every chart that lays itself out.
 */
export function useElementWidth<T extends HTMLElement>(): [(node: T | null) => void, number] {
  const [width, setWidth] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((node: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!node) return;
    const ro = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      // Whole pixels: sub-pixel jitter while a scrollbar comes and goes does not re-render the chart.
      if (w !== undefined) setWidth(Math.floor(w));
    });
    ro.observe(node);
    observer.current = ro;
  }, []);
  return [ref, width];
}
