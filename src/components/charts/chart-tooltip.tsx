import { useLayoutEffect, useRef, type CSSProperties, type ReactNode } from 'react';
import { viewportShift } from '../../lib/place-tooltip';
import './chart-tooltip.css';

export interface ChartTooltipProps {
  /** The thing pointed at: a model's name, a quarter, a frontier. */
  title: ReactNode;
  /** Muted text after the title (a rank). */
  aside?: ReactNode;
  /** The lines: `ChartTooltipFacts` for label/value pairs, or plain `<p>` lines. */
  children?: ReactNode;
  /** What a click or Enter does, shown last and muted. */
  hint?: ReactNode;
  /** Absolute placement for charts that position it themselves (see `placeTooltip`); Recharts places its own. */
  style?: CSSProperties;
}

/**
 * The one tooltip every chart shows: the same box, type and spacing on the leaderboard, the timeline and
 * lab charts. Wherever its chart (or Recharts) puts it, it is nudged sideways after layout so that it
 * stays inside the viewport (a phone's right edge).
 */
export function ChartTooltip({ title, aside, children, hint, style }: ChartTooltipProps) {
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

/** Label/value pairs in two aligned columns. */
export function ChartTooltipFacts({ facts }: { facts: ReadonlyArray<readonly [label: ReactNode, value: ReactNode]> }) {
  return (
    <dl className="chart-tooltip__facts">
      {facts.map(([label, value], i) => (
        <div key={i} className="chart-tooltip__fact">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
