/** How many models have each new field: read from the data, so the About page never drifts from it. Pure. */
import { blendedPrice } from '../../../data/blended-price';
import type { Model } from '../../../data/dataset.schema';

export interface FieldCoverage {
  /** A blended price (both input and output known). */
  price: number;
  /** An input price without an output price. */
  inputOnly: number;
  params: number;
  context: number;
  licence: number;
}

export function fieldCoverage(models: readonly Model[]): FieldCoverage {
  const count = (test: (m: Model) => boolean) => models.filter(test).length;
  return {
    price: count((m) => blendedPrice(m.price) !== null),
    inputOnly: count((m) => m.price.inputUsdPerM !== null && m.price.outputUsdPerM === null),
    params: count((m) => m.parameters.totalB !== null),
    context: count((m) => m.context.tokens !== null || m.context.apiTokens !== null),
    licence: count((m) => m.licence.name !== null),
  };
}
