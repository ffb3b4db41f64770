/**
 * "What the best Chinese model costs against the best US model at the same index": the highest level both
 * sides reach, and each side's cheapest model at or above it. Pure.
 */
import { cheapestFrontier, costAtLevel } from './price-frontier';
import type { PricePoint } from './select-price';

export type CostComparison =
  | { kind: 'both'; level: number; cn: PricePoint; us: PricePoint; /** US price ÷ Chinese price. */ ratio: number }
  | { kind: 'missing'; cn: boolean; us: boolean };

export function compareCost(points: readonly PricePoint[]): CostComparison {
  const cn = cheapestFrontier(points.filter((p) => p.region === 'cn'));
  const us = cheapestFrontier(points.filter((p) => p.region === 'us'));
  const bestCn = cn[cn.length - 1];
  const bestUs = us[us.length - 1];
  if (!bestCn || !bestUs) return { kind: 'missing', cn: !bestCn, us: !bestUs };
  const level = Math.min(bestCn.value, bestUs.value);
  const cnAt = costAtLevel(cn, level) as PricePoint;
  const usAt = costAtLevel(us, level) as PricePoint;
  return { kind: 'both', level, cn: cnAt, us: usAt, ratio: usAt.price / cnAt.price };
}
