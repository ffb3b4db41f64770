import { useLayoutEffect, useRef } from 'react';
import { viewportShift } from '../../lib/place-tooltip';
import type { ChartTooltipProps } from './chart-tooltip';
import './chart-tooltip.css';

/**
 * The one tooltip every chart shows: the same box, type and spacing on the leaderboard, the timeline and
 * lab charts. Wherever its chart (or Recharts) puts it, it is nudged sideways after layout so that it
 * stays inside the viewport (a phone's right edge).
 */
export function ChartTooltipBox({ title, aside, children, hint, style }: ChartTooltipProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Every render: the tooltip moves with the pointer. Measure where it would be, then shift it in.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.translate = '';
    const dx = viewportShift(el.getBoundingClientRect(), document.documentElement.clientWidth);
    if (dx !== 0) el.style.translate = `${Math.round(dx)}px 0`;
  });
  return (
    <div ref={ref} className={`chart-tooltip${style ? ' chart-tooltip--placed' : ''}`} style={style} aria-hidden={style ? true : undefined}>
      <p className="chart-tooltip__title">
        {title}
        {aside !== undefined && <> <span className="chart-tooltip__aside">{aside}</span></>}
      </p>
      {children}
      {hint && <p className="chart-tooltip__hint">{hint}</p>}
    </div>
  );
}
