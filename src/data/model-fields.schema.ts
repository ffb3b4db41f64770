import * as z from 'zod/mini';
import { partialDate, sourceId } from './schema-primitives.ts';

/** The model fields beyond the index: parameters, context window, licence and API price, each sourced. */

/**
 * How a model field's value is known. first-party: the lab's or provider's own page, paper, docs or
 * repository; secondary: a third-party listing or aggregator; undisclosed: the lab has not published
 * it; not-found: no source found; not-applicable: there is nothing to know (no public API at the
 * time, no weights to license). The last three go with a null value: unknown is null, never 0.
 */
export const fieldStatus = z.enum(['first-party', 'secondary', 'undisclosed', 'not-found', 'not-applicable']);

const fieldProvenance = {
  status: z._default(fieldStatus, 'not-found'),
  sources: z._default(z.array(sourceId), []),
  note: z.optional(z.string()),
};

export const parametersSchema = z.object({
  /** Billions of parameters. */
  totalB: z.nullable(z.number().check(z.positive())),
  /** Billions active per token (mixture-of-experts); null for a dense model or when unknown. */
  activeB: z.nullable(z.number().check(z.positive())),
  ...fieldProvenance,
});

const tokenCount = z.nullable(z.int().check(z.positive()));

export const contextSchema = z.object({
  /** The model's context window in tokens. */
  tokens: tokenCount,
  /** The first-party API's limit where it differs from the model's (e.g. 64K for DeepSeek in Feb 2025). */
  apiTokens: tokenCount,
  ...fieldProvenance,
});

export const licenceSchema = z.object({
  /** The weights' licence by name; null without open weights or when unknown. */
  name: z.nullable(z.string().check(z.minLength(1))),
  ...fieldProvenance,
});

export const priceSchema = z.object({
  /** USD per million input tokens (cache miss where the provider distinguishes). */
  inputUsdPerM: z.nullable(z.number()),
  /** USD per million output tokens. */
  outputUsdPerM: z.nullable(z.number()),
  /** A day or month on which the price held. A price without a date is refused. */
  asOf: z.nullable(partialDate),
  /** Who charged it, e.g. "DeepSeek API" or "DeepInfra (host)". */
  provider: z.nullable(z.string().check(z.minLength(1))),
  /** first-party: the lab's own API; host: a third party serving open weights (no first-party API). */
  basis: z.nullable(z.enum(['first-party', 'host'])),
  /** The price as listed in another currency, and the rate used to convert it. */
  original: z.optional(
    z.object({
      currency: z.enum(['CNY']),
      input: z.nullable(z.number()),
      output: z.nullable(z.number()),
      perUsd: z.number().check(z.positive()),
    }),
  ),
  ...fieldProvenance,
});

export type Price = z.infer<typeof priceSchema>;
export type FieldStatus = z.infer<typeof fieldStatus>;
