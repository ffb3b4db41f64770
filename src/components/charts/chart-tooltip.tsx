import { lazy, Suspense, type ComponentType, type CSSProperties, type ReactNode } from 'react';

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

// The box (its viewport nudge and stylesheet) is only needed once someone points at a chart: it loads
// just after the first chart frame is drawn (preloadChartTooltip), not with the first view's code.
let Box: ComponentType<ChartTooltipProps> | undefined;
let loading: Promise<ComponentType<ChartTooltipProps>> | undefined;

/** Starts loading the tooltip's box; later tooltips then draw at once. */
export function preloadChartTooltip(): Promise<ComponentType<ChartTooltipProps>> {
  loading ??= import('./chart-tooltip-box').then(
    (m) => (Box = m.ChartTooltipBox),
    (error: unknown) => {
      loading = undefined; // a later tooltip tries again
      throw error;
    },
  );
  return loading;
}

const LazyBox = lazy(() => preloadChartTooltip().then((box) => ({ default: box })));

/**
 * The one tooltip every chart shows (see chart-tooltip-box.tsx). Once loaded it draws straight away; a
 * pointer that beats the load sees it as soon as it arrives.
 */
export function ChartTooltip(props: ChartTooltipProps) {
  if (Box) return <Box {...props} />;
  return (
    <Suspense fallback={null}>
      <LazyBox {...props} />
    </Suspense>
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
