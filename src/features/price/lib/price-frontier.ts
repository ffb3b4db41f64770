/** The cheapest model at or above each index level, and the staircase that draws it. Pure. */

export interface FrontierInput {
  id: string;
  price: number;
  value: number;
}

/**
 * The models that are the cheapest at or above their own index level: no other model is at least as good
 * and cheaper. Ordered cheapest (and lowest) first. Of equal-price, equal-value models the first wins.
 */
export function cheapestFrontier<T extends FrontierInput>(points: readonly T[]): T[] {
  const byValue = [...points].sort((a, b) => b.value - a.value || a.price - b.price);
  const out: T[] = [];
  let cheapest = Infinity;
  for (const p of byValue) {
    if (p.price < cheapest) {
      out.push(p);
      cheapest = p.price;
    }
  }
  return out.reverse();
}

/**
 * The frontier as a step line in (price, value): at each level the cost is the cheapest model at or above
 * it, so the line runs right along a level to the next model's price, then up to its value.
 */
export function frontierSteps(frontier: readonly FrontierInput[]): Array<[price: number, value: number]> {
  const out: Array<[number, number]> = [];
  frontier.forEach((p, i) => {
    const prev = frontier[i - 1];
    if (prev) out.push([p.price, prev.value]);
    out.push([p.price, p.value]);
  });
  return out;
}

/** The cheapest price of a model at or above `level`, from a frontier; null when none reaches it. */
export function costAtLevel<T extends FrontierInput>(frontier: readonly T[], level: number): T | null {
  return frontier.find((p) => p.value >= level) ?? null;
}
