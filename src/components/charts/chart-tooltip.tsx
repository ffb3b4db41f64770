import type { CSSProperties, ReactNode } from 'react';
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

/** The one tooltip every chart shows: the same box, type and spacing on the leaderboard, the timeline and lab charts. */
export function ChartTooltip({ title, aside, children, hint, style }: ChartTooltipProps) {
  return (
    <div className={`chart-tooltip${style ? ' chart-tooltip--placed' : ''}`} style={style} aria-hidden={style ? true : undefined}>
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
