import type { Price } from './dataset.schema';

/** How many input tokens are counted for each output token in a blended price. */
export const BLEND_INPUT_PARTS = 3;

/**
 * The blended price in USD per million tokens: three parts input to one part output, the
 * convention Artificial Analysis uses. Computed from the two stored prices, never typed into the
 * dataset. Null unless both are known: an unknown price is unknown, never 0.
 */
export function blendedPrice(price: Pick<Price, 'inputUsdPerM' | 'outputUsdPerM'>): number | null {
  const { inputUsdPerM: input, outputUsdPerM: output } = price;
  if (input === null || output === null) return null;
  return (BLEND_INPUT_PARTS * input + output) / (BLEND_INPUT_PARTS + 1);
}
