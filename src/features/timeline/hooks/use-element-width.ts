import { useCallback, useRef, useState } from 'react';

/** The content width of an element, kept current with a ResizeObserver. 0 until measured. */
export function useElementWidth<T extends HTMLElement>(): [(node: T | null) => void, number] {
  const [width, setWidth] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((node: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!node) return;
    const ro = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w !== undefined) setWidth(Math.floor(w));
    });
    ro.observe(node);
    observer.current = ro;
  }, []);
  return [ref, width];
}

let canvas: HTMLCanvasElement | null = null;
const widths = new Map<string, number>();
/**
 * The width of a text in px, measured with a canvas in the browser. jsdom has no canvas, so there it is
 * estimated generously (0.62 em per character), which errs towards more lanes, never overlaps.
 */
export function measureText(text: string, font: string, fontSizePx: number): number {
  const key = `${font}|${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  let width = text.length * fontSizePx * 0.62;
  if (typeof navigator !== 'undefined' && !/jsdom/i.test(navigator.userAgent)) {
    canvas ??= document.createElement('canvas');
    const ctx = canvas.getContext('2d');
    if (ctx) {
      ctx.font = font;
      width = ctx.measureText(text).width;
    }
  }
  widths.set(key, width);
  return width;
}

let font: string | null = null;
/** The page's font family, read once (reading computed style in every render forces a style recalculation). */
export function bodyFont(): string {
  if (font === null) font = (typeof document !== 'undefined' && getComputedStyle(document.body).fontFamily) || 'sans-serif';
  return font;
}
