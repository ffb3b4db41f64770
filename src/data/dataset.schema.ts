import { z } from 'zod';

/**
 * The dataset contract. Every value that reaches the screen is described here,
 * with its sources. Unknown is `null` (or an empty list of statements), never 0.
 */

/** YYYY, YYYY-MM or YYYY-MM-DD. Month or year precision is kept, never padded into a day. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');

export const isoDay = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected an ISO date YYYY-MM-DD');

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case id (a-z, 0-9, -)');
const sourceId = z.string().min(1);
const sourceIds = z.array(sourceId).min(1, 'every value needs at least one source');

export const confidence = z.enum(['high', 'medium-high', 'medium', 'low-medium', 'low', 'unverified']);

export const sourceSchema = z.object({
  id: sourceId,
  title: z.string().min(1),
  publisher: z.string().nullable(),
  url: z.string().url().nullable(),
  /** Further copies of the same source. */
  otherUrls: z.array(z.string().url()).default([]),
  date: partialDate.nullable(),
  note: z.string().optional(),
});

export const scaleSchema = z.object({
  id,
  name: z.string().min(1),
  /** Short label for axes and table headers, e.g. "AA index (pre-v2, early Feb 2025)". */
  shortLabel: z.string().min(1),
  min: z.number(),
  max: z.number(),
  caveat: z.string().min(1),
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
  note: z.string().optional(),
});

export const modelSchema = z.object({
  id,
  name: z.string().min(1),
  labId: id,
  /** Other names, including Chinese names, used by search. */
  aliases: z.array(z.string()).default([]),
  releaseDate: partialDate.nullable(),
  releaseDateNote: z.string().optional(),
  announcedDate: partialDate.nullable().default(null),
  openWeights: z.boolean().nullable(),
  licence: z.string().nullable(),
  reasoning: z.boolean().nullable(),
  reasoningNote: z.string().optional(),
  parameters: z.object({
    totalB: z.number().positive().nullable(),
    activeB: z.number().positive().nullable(),
  }),
  scores: z.array(scoreSchema),
  notes: z.string().nullable(),
  sources: sourceIds,
  confidence,
});

export const statementStatus = z.enum(['sourced', 'as-stated', 'unverified']);

/** One statement of a fact, with its sources. A fact with no statements is "not stated in the sources". */
export const statementSchema = z.object({
  text: z.string().min(1),
  /** For dated facts (founding), the date the text states. */
  date: partialDate.optional(),
  sources: sourceIds,
  /** sourced: a stored source says it; as-stated: only the source document says it; unverified: general knowledge, not checked. */
  status: statementStatus,
  note: z.string().optional(),
});

export const countryCode = z.enum(['US', 'CN', 'FR', 'IL', 'CA', 'GB']);

export const labSchema = z.object({
  id,
  name: z.string().min(1),
  nativeName: z.string().nullable(),
  aliases: z.array(z.string()).default([]),
  country: countryCode,
  countryNote: z.string().optional(),
  kind: z.enum(['big-tech', 'startup']),
  founded: z.array(statementSchema),
  founders: z.array(statementSchema),
  hq: z.array(statementSchema),
  funding: z.array(statementSchema),
  focus: z.array(statementSchema),
  /** Flagship models as the sources name them (not all are in the model table). */
  flagship: z.array(z.string()),
  entityList: z.object({
    listed: z.boolean().nullable(),
    date: partialDate.nullable(),
    sources: z.array(sourceId),
    note: z.string().optional(),
  }),
  /** What the source document says about the lab, in its own (English-rendered) words. */
  reportSays: z.string().nullable(),
  sources: sourceIds,
  confidence,
});

export const eventKind = z.enum(['chip-rule', 'entity-list', 'diffusion-rule', 'reported-deliberation', 'chip-launch']);

export const eventSchema = z.object({
  id,
  date: partialDate,
  title: z.string().min(1),
  kind: eventKind,
  /** What changed, in one or two sentences. */
  summary: z.string().min(1),
  details: z.array(z.string()).default([]),
  /** Thresholds as the brief states them, e.g. "TPP ≥ 4800, or TPP ≥ 1600 and PD ≥ 5.92". */
  thresholds: z.array(z.string()).default([]),
  /** Chip ids this event names. */
  chips: z.array(id).default([]),
  /** Lab ids this event names (e.g. Entity List additions). */
  labs: z.array(id).default([]),
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
  vendor: z.string().min(1),
  name: z.string().min(1),
  launch: z.string().nullable(),
  tpp: z.number().nullable(),
  tppMark: valueMark,
  performanceDensity: z.number().nullable(),
  pdMark: valueMark,
  dieMm2: z.number().nullable(),
  dieMark: valueMark,
  denseBf16Tflops: z.number().nullable(),
  denseFp8OrInt8: z.number().nullable(),
  memoryGb: z.number().nullable(),
  memoryType: z.string().nullable(),
  memoryBandwidthTBs: z.number().nullable(),
  interconnectGBs: z.number().nullable(),
  status2022: chipStatus,
  status2023: chipStatus,
  status2025: chipStatus,
  afterReport: z.string().nullable(),
  designedForChina: z.boolean(),
  note: z.string().nullable(),
  sources: sourceIds,
});

export const metaSchema = z.object({
  datasetVersion: z.string().min(1),
  asOf: isoDay,
  title: z.string().min(1),
  report: z.object({
    title: z.string().min(1),
    publisher: z.string().min(1),
    url: z.string().url(),
    /** Published on or before this day. */
    publishedBy: isoDay,
    publishedNote: z.string(),
  }),
  /** The scale charts use by default. */
  primaryScale: id,
  attribution: z.string().min(1),
  citation: z.string().min(1),
});

export const datasetSchema = z.object({
  meta: metaSchema,
  scales: z.array(scaleSchema).min(1),
  sources: z.array(sourceSchema).min(1),
  labs: z.array(labSchema).min(1),
  models: z.array(modelSchema).min(1),
  events: z.array(eventSchema),
  chips: z.array(chipSchema),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type Meta = z.infer<typeof metaSchema>;
export type Scale = z.infer<typeof scaleSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Lab = z.infer<typeof labSchema>;
export type Model = z.infer<typeof modelSchema>;
export type Score = z.infer<typeof scoreSchema>;
export type ScoreStatus = z.infer<typeof scoreStatus>;
export type Statement = z.infer<typeof statementSchema>;
export type EventRecord = z.infer<typeof eventSchema>;
export type EventKind = z.infer<typeof eventKind>;
export type Chip = z.infer<typeof chipSchema>;
export type ChipStatus = z.infer<typeof chipStatus>;
export type CountryCode = z.infer<typeof countryCode>;
export type Confidence = z.infer<typeof confidence>;
