import * as z from 'zod/mini';
import { confidence, httpUrl, id, isoDay, partialDate, sourceId, sourceIds } from './schema-primitives.ts';
import { contextSchema, licenceSchema, parametersSchema, priceSchema } from './model-fields.schema.ts';

export { confidence, httpUrl, isoDay, partialDate } from './schema-primitives.ts';
export { contextSchema, fieldStatus, licenceSchema, parametersSchema, priceSchema, type FieldStatus, type Price } from './model-fields.schema.ts';

/**
 * The dataset contract. Every value that reaches the screen is described here,
 * with its sources. Unknown is `null` (or an empty list of statements), never 0.
 */
/**
 * How directly a source knows what it says. primary: the lab's or agency's own page, paper, filing or
 * repository, or Artificial Analysis's own values; secondary: press, law firms, research groups, wikis and
 * data aggregators; tertiary: machine translations, summaries, forum posts, copies on unrelated sites.
 */
export const sourceTier = z.enum(['primary', 'secondary', 'tertiary']);

export const sourceSchema = z.object({
  id: sourceId,
  title: z.string().check(z.minLength(1)),
  publisher: z.nullable(z.string()),
  url: z.nullable(httpUrl),
  /** Further copies of the same source. */
  otherUrls: z._default(z.array(httpUrl), []),
  date: z.nullable(partialDate),
  tier: sourceTier,
  /** Why the source has its tier, where that is not obvious from what it is. */
  tierNote: z.optional(z.string()),
  note: z.optional(z.string()),
});

export const scaleSchema = z.object({
  id,
  name: z.string().check(z.minLength(1)),
  /** Short label for axes and table headers, e.g. "AA index (pre-v2, early Feb 2025)". */
  shortLabel: z.string().check(z.minLength(1)),
  min: z.number(),
  max: z.number(),
  caveat: z.string().check(z.minLength(1)),
  /** Sources for the scale and its caveat. */
  sources: z._default(z.array(sourceId), []),
});

export const scoreStatus = z.enum(['measured', 'estimate', 'as-stated']);

export const scoreSchema = z.object({
  value: z.number(),
  scale: id,
  /** measured: from AA's own leaderboard; estimate: AA's "+" estimate; as-stated: only a write-up of the report gives it. */
  status: scoreStatus,
  /** The record charts and rankings use. At most one per model and scale. */
  preferred: z.boolean(),
  sources: sourceIds,
  note: z.optional(z.string()),
});

const notFound = { status: 'not-found' as const, sources: [] };

export const modelSchema = z.object({
  id,
  name: z.string().check(z.minLength(1)),
  labId: id,
  /** Other names, including Chinese names, used by search. */
  aliases: z._default(z.array(z.string()), []),
  releaseDate: z.nullable(partialDate),
  releaseDateNote: z.optional(z.string()),
  announcedDate: z._default(z.nullable(partialDate), null),
  openWeights: z.nullable(z.boolean()),
  licence: z._default(licenceSchema, { name: null, ...notFound }),
  reasoning: z.nullable(z.boolean()),
  reasoningNote: z.optional(z.string()),
  parameters: parametersSchema,
  context: z._default(contextSchema, { tokens: null, apiTokens: null, ...notFound }),
  /** API price as of February 2025. The blended price is computed (see blendedPrice), never stored. */
  price: z._default(priceSchema, { inputUsdPerM: null, outputUsdPerM: null, asOf: null, provider: null, basis: null, ...notFound }),
  scores: z.array(scoreSchema),
  notes: z.nullable(z.string()),
  sources: sourceIds,
  confidence,
});

export const statementStatus = z.enum(['sourced', 'lab-level', 'computed', 'as-stated', 'unverified']);

/** One statement of a fact, with its sources. A fact with no statements is "not stated in the sources". */
export const statementSchema = z.object({
  text: z.string().check(z.minLength(1)),
  /** For dated facts (founding), the date the text states. */
  date: z.optional(partialDate),
  sources: sourceIds,
  /**
   * sourced: a stored source says it; lab-level: sources cited for the lab as a whole, none for this fact
   * alone; computed: a sum or calculation from sourced figures; as-stated: only the source document says
   * it; unverified: general knowledge, not checked.
   */
  status: statementStatus,
  note: z.optional(z.string()),
});

export const countryCode = z.enum(['US', 'CN', 'FR', 'IL', 'CA', 'GB']);

export const labSchema = z.object({
  id,
  name: z.string().check(z.minLength(1)),
  nativeName: z.nullable(z.string()),
  aliases: z._default(z.array(z.string()), []),
  country: countryCode,
  countryNote: z.optional(z.string()),
  kind: z.enum(['big-tech', 'startup']),
  founded: z.array(statementSchema),
  founders: z.array(statementSchema),
  hq: z.array(statementSchema),
  funding: z.array(statementSchema),
  focus: z.array(statementSchema),
  /** Flagship models as the sources name them (not all are in the model table). */
  flagship: z.array(z.string()),
  entityList: z.object({
    listed: z.nullable(z.boolean()),
    date: z.nullable(partialDate),
    sources: z.array(sourceId),
    note: z.optional(z.string()),
  }),
  /** What the source document says about the lab, in its own (English-rendered) words. */
  reportSays: z.nullable(z.string()),
  /**
   * The same passages quoted verbatim from the Japanese original of the source document (never a
   * machine translation of the English), with the bracketed notes in Japanese. Absent where not written.
   */
  reportSaysJa: z.optional(z.string()),
  sources: sourceIds,
  confidence,
});

export const eventKind = z.enum(['chip-rule', 'entity-list', 'diffusion-rule', 'reported-deliberation', 'chip-launch']);

export const eventSchema = z.object({
  id,
  date: partialDate,
  title: z.string().check(z.minLength(1)),
  kind: eventKind,
  /** What changed, in one or two sentences. */
  summary: z.string().check(z.minLength(1)),
  details: z._default(z.array(z.string()), []),
  /** Thresholds as the brief states them, e.g. "TPP ≥ 4800, or TPP ≥ 1600 and PD ≥ 5.92". */
  thresholds: z._default(z.array(z.string()), []),
  /** Chip ids this event names. */
  chips: z._default(z.array(id), []),
  /** Lab ids this event names (e.g. Entity List additions). */
  labs: z._default(z.array(id), []),
  sources: sourceIds,
  confidence,
});

export const valueMark = z.enum(['stated', 'computed', 'estimate', 'unverified']);
export const chipStatus = z.enum([
  'restricted',
  'nac',
  'allowed',
  'fits-under',
  'fits-under-reported',
  'not-launched',
  'not-applicable',
]);

export const chipSchema = z.object({
  id,
  vendor: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  launch: z.nullable(z.string()),
  tpp: z.nullable(z.number()),
  tppMark: valueMark,
  performanceDensity: z.nullable(z.number()),
  pdMark: valueMark,
  dieMm2: z.nullable(z.number()),
  dieMark: valueMark,
  denseBf16Tflops: z.nullable(z.number()),
  denseFp8OrInt8: z.nullable(z.number()),
  memoryGb: z.nullable(z.number()),
  memoryType: z.nullable(z.string()),
  memoryBandwidthTBs: z.nullable(z.number()),
  interconnectGBs: z.nullable(z.number()),
  status2022: chipStatus,
  status2023: chipStatus,
  status2025: chipStatus,
  afterReport: z.nullable(z.string()),
  designedForChina: z.boolean(),
  note: z.nullable(z.string()),
  sources: sourceIds,
});

export const metaSchema = z.object({
  datasetVersion: z.string().check(z.minLength(1)),
  asOf: isoDay,
  title: z.string().check(z.minLength(1)),
  report: z.object({
    title: z.string().check(z.minLength(1)),
    publisher: z.string().check(z.minLength(1)),
    url: httpUrl,
    /** Published on or before this day. */
    publishedBy: isoDay,
    publishedNote: z.string(),
    /** Sources for the publication date and the link. */
    sources: z._default(z.array(sourceId), []),
  }),
  /** The scale charts use by default. */
  primaryScale: id,
  attribution: z.string().check(z.minLength(1)),
  citation: z.string().check(z.minLength(1)),
  /** What changed in each version, newest first. */
  changelog: z._default(
    z.array(z.object({ version: z.string().check(z.minLength(1)), date: isoDay, changes: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)) })),
    [],
  ),
});

/**
 * A claim of the report that the data can be held against, e.g. "seven Chinese AI labs have
 * launched reasoning models". The labs the sources support are listed, each with its model.
 */
export const claimSchema = z.object({
  id,
  /** The claim in the source document's words (English rendering). */
  text: z.string().check(z.minLength(1)),
  /** The number the claim states. */
  count: z.nullable(z.int().check(z.nonnegative())),
  sources: sourceIds,
  /** Labs with a released model that backs the claim, by the report's date. */
  supported: z.array(z.object({ labId: id, modelId: id, sources: sourceIds })),
  note: z.optional(z.string()),
});

/**
 * The most records each collection may hold. Far above the real dataset (and the 5,000-model
 * benchmark), far below what would stall the page: a file over a limit is refused, naming it.
 */
export const RECORD_LIMITS = { scales: 20, sources: 5_000, labs: 1_000, models: 10_000, events: 2_000, chips: 1_000 } as const;

const collection = <T extends z.ZodMiniType>(name: keyof typeof RECORD_LIMITS, item: T, min = 0) => {
  const limit = RECORD_LIMITS[name];
  const checks = [z.maxLength(limit, `too many ${name}: the limit is ${limit.toLocaleString('en')}`)];
  return z.array(item).check(...(min > 0 ? [z.minLength(min), ...checks] : checks));
};

/**
 * The top level is strict: the dataset ships with the app, so a key the app does not know is a
 * mistake or tampering. It is an error that names the key(s), not silently dropped.
 */
const datasetShape = {
  meta: metaSchema,
  scales: collection('scales', scaleSchema, 1),
  sources: collection('sources', sourceSchema, 1),
  labs: collection('labs', labSchema, 1),
  models: collection('models', modelSchema, 1),
  events: collection('events', eventSchema),
  chips: collection('chips', chipSchema),
  claims: z._default(z.array(claimSchema).check(z.maxLength(100, 'too many claims: the limit is 100')), []),
};

export const datasetSchema = z.strictObject(datasetShape, {
  error: (issue) =>
    issue.code === 'unrecognized_keys'
      ? `unknown top-level key${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')}; the dataset holds only ${Object.keys(datasetShape).join(', ')}`
      : undefined,
});

export type Dataset = z.infer<typeof datasetSchema>;
export type Meta = z.infer<typeof metaSchema>;
export type Scale = z.infer<typeof scaleSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type SourceTier = z.infer<typeof sourceTier>;
export type Lab = z.infer<typeof labSchema>;
export type Model = z.infer<typeof modelSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Score = z.infer<typeof scoreSchema>;
export type ScoreStatus = z.infer<typeof scoreStatus>;
export type Statement = z.infer<typeof statementSchema>;
export type EventRecord = z.infer<typeof eventSchema>;
export type EventKind = z.infer<typeof eventKind>;
export type Chip = z.infer<typeof chipSchema>;
export type ChipStatus = z.infer<typeof chipStatus>;
export type CountryCode = z.infer<typeof countryCode>;
export type Confidence = z.infer<typeof confidence>;
