/**
 * Cross-checks for a model's sourced fields (parameters, context, licence, price) that the schema
 * alone cannot express. Pure; used by crossCheck in validate-dataset.ts.
 */
import type { FieldStatus, Model } from './dataset.schema';

type Add = (path: string, message: string) => void;

const KNOWN: ReadonlySet<FieldStatus> = new Set(['first-party', 'secondary']);

/** A converted price may differ from original ÷ rate by rounding, not more. */
const CONVERSION_TOLERANCE = 0.03;

/** A value needs a source and a status that says it is known; no value needs a status that says why. */
function checkProvenance(path: string, field: { status: FieldStatus; sources: string[] }, hasValue: boolean, add: Add) {
  if (hasValue && !KNOWN.has(field.status)) add(`${path}.status`, `a value marked "${field.status}"; a known value is "first-party" or "secondary"`);
  if (!hasValue && KNOWN.has(field.status)) add(`${path}.status`, `marked "${field.status}" but holds no value; use "undisclosed", "not-found" or "not-applicable"`);
  if (hasValue && field.sources.length === 0) add(`${path}.sources`, 'every value needs at least one source');
}

export function checkModelFields(model: Model, base: string, add: Add): void {
  const { parameters: p, context: c, licence: l, price } = model;

  checkProvenance(`${base}.parameters`, p, p.totalB !== null || p.activeB !== null, add);
  if (p.totalB !== null && p.activeB !== null && p.activeB > p.totalB) {
    add(`${base}.parameters.activeB`, `${p.activeB}B active parameters exceed the ${p.totalB}B total`);
  }

  checkProvenance(`${base}.context`, c, c.tokens !== null || c.apiTokens !== null, add);

  checkProvenance(`${base}.licence`, l, l.name !== null, add);
  if (model.openWeights === true && l.name === null) add(`${base}.licence.name`, 'open weights need a licence');

  const prices = [
    ['inputUsdPerM', price.inputUsdPerM],
    ['outputUsdPerM', price.outputUsdPerM],
  ] as const;
  const priced = prices.some(([, v]) => v !== null);
  checkProvenance(`${base}.price`, price, priced, add);
  for (const [key, value] of prices) {
    if (value !== null && value < 0) add(`${base}.price.${key}`, `${value} is negative; a price is 0 or more`);
  }
  if (priced && price.asOf === null) add(`${base}.price.asOf`, 'a price needs the date on which it held');
  if (priced && (price.provider === null || price.basis === null)) add(`${base}.price.provider`, 'a price needs its provider and basis');
  const o = price.original;
  if (o) {
    const pairs = [
      ['inputUsdPerM', o.input, price.inputUsdPerM],
      ['outputUsdPerM', o.output, price.outputUsdPerM],
    ] as const;
    for (const [key, original, usd] of pairs) {
      if ((original === null) !== (usd === null)) {
        add(`${base}.price.${key}`, `the ${o.currency} original and the USD value must both be given or both be null`);
      } else if (original !== null && usd !== null && Math.abs(original / o.perUsd - usd) > CONVERSION_TOLERANCE * Math.max(usd, 0.01)) {
        add(`${base}.price.${key}`, `${usd} USD does not match ${original} ${o.currency} at ${o.perUsd} per USD`);
      }
    }
  }
}

/** The source ids a model's fields cite, with their paths, for the "every source resolves" check. */
export function fieldSourcePaths(model: Model, base: string): [string, string[]][] {
  return (['parameters', 'context', 'licence', 'price'] as const).map((f) => [`${base}.${f}.sources`, model[f].sources]);
}
