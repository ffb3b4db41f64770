/**
 * The scatter's geometry: a log price axis (x), the index axis (y), each point's position, the frontier's
 * path and the ticks. Pure, on the d3 scales Recharts already bundles; tested as data.
 */
import { scaleLinear, scaleLog } from 'victory-vendor/d3-scale';
import { indexTickCount, indexTicks } from '../../../lib/chart-ticks';
import { frontierSteps, type FrontierInput } from './price-frontier';

export const PLOT_MARGIN = { top: 12, right: 16, bottom: 44, left: 48 };

/** Price axis bounds: whole powers of ten around the prices (one decade when there is nothing to plot). */
export function priceDomain(prices: readonly number[]): [number, number] {
  const positive = prices.filter((p) => p > 0);
  if (positive.length === 0) return [0.1, 10];
  let lo = 10 ** Math.floor(Math.log10(Math.min(...positive)));
  let hi = 10 ** Math.ceil(Math.log10(Math.max(...positive)));
  if (hi <= lo) hi = lo * 10;
  // Floating point: 10 ** -2 is 0.01 exactly enough for ticks, but keep the bounds tidy.
  lo = Number(lo.toPrecision(1));
  hi = Number(hi.toPrecision(1));
  return [lo, hi];
}

/** Ticks on a log axis: each power of ten, plus 2 and 5 times it when at most `maxTicks` of those fit. */
export function priceTicks(domain: readonly [number, number], maxTicks = 12): number[] {
  const [lo, hi] = domain;
  const decades = Math.round(Math.log10(hi / lo));
  const steps = decades * 3 + 1 <= maxTicks ? [1, 2, 5] : [1];
  const out: number[] = [];
  for (let e = Math.round(Math.log10(lo)); e <= Math.round(Math.log10(hi)); e++) {
    for (const s of steps) {
      const v = Number((s * 10 ** e).toPrecision(2));
      if (v >= lo && v <= hi) out.push(v);
    }
  }
  return out;
}

/** A round price as an axis tick shows it: "$0.01", "$0.5", "$1", "$100". */
export function formatUsdTick(price: number): string {
  return `$${Number(price.toPrecision(2))}`;
}

export interface PlacedPoint<T> {
  point: T;
  x: number;
  y: number;
}

export interface ScatterLayout<T> {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  points: Array<PlacedPoint<T>>;
  /** The frontier as an SVG path ("" with no frontier). */
  frontierPath: string;
  xTicks: Array<{ value: number; x: number; label: string }>;
  yTicks: Array<{ value: number; y: number }>;
}

export function layoutScatter<T extends FrontierInput>(args: {
  points: readonly T[];
  frontier: readonly FrontierInput[];
  width: number;
  height: number;
  /** The index axis's bounds (shared with the other charts). */
  valueDomain: readonly [number, number];
  /** Extra room under the plot, e.g. for an axis title wrapped onto a second line on a phone. */
  extraBottom?: number;
}): ScatterLayout<T> {
  const { points, frontier, width, height, valueDomain } = args;
  const bottom = PLOT_MARGIN.bottom + (args.extraBottom ?? 0);
  const plot = { left: PLOT_MARGIN.left, top: PLOT_MARGIN.top, right: Math.max(PLOT_MARGIN.left + 1, width - PLOT_MARGIN.right), bottom: Math.max(PLOT_MARGIN.top + 1, height - bottom) };
  const xDomain = priceDomain(points.map((p) => p.price));
  const x = scaleLog().domain(xDomain).range([plot.left, plot.right]);
  const y = scaleLinear().domain([valueDomain[0], valueDomain[1]]).range([plot.bottom, plot.top]);
  const round = (n: number) => Math.round(n * 10) / 10;
  const steps = frontierSteps(frontier);
  const frontierPath = steps.map(([p, v], i) => `${i === 0 ? 'M' : 'L'}${round(x(p))},${round(y(v))}`).join('');
  return {
    width,
    height,
    plot,
    points: points.map((point) => ({ point, x: round(x(point.price)), y: round(y(point.value)) })),
    frontierPath,
    xTicks: priceTicks(xDomain, Math.floor((plot.right - plot.left) / 44)).map((value) => ({ value, x: round(x(value)), label: formatUsdTick(value) })),
    yTicks: indexTicks(valueDomain, indexTickCount(plot.bottom - plot.top)).map((value) => ({ value, y: round(y(value)) })),
  };
}
