/**
 * The validated dataset with lookups and one row per model, built once after loading.
 * Pure: every view's selectors start from here.
 */
import { dateToTime, earliestDay, isAfter } from '../lib/dates';
import { regionOfCountry, type Region } from '../lib/regions';
import type { Claim, Dataset, EventRecord, Lab, Model, Scale, Score, Source } from './dataset.schema';

/** The report's claim that seven Chinese labs had launched reasoning models. */
export const REASONING_LABS_CLAIM = 'chinese-reasoning-labs';

export interface ModelRow {
  model: Model;
  lab: Lab;
  region: Region;
  /** The record charts use on the primary scale, or null: "not rated", never 0. */
  score: Score | null;
  /** Other records on the primary scale that state a different value (conflicts kept, not hidden). */
  otherScores: Score[];
  /** Release time for ordering and plotting, or null when the release date is unknown. */
  releaseTime: number | null;
  /** Released after the report was published. */
  afterReport: boolean;
}

export interface EventRow {
  event: EventRecord;
  /** When it happened, for ordering and plotting (a month-only date sits mid-month). */
  time: number;
  /** Happened after the report was published. */
  afterReport: boolean;
  /** The first day the event's date can mean: where "models released after this" starts. */
  fromDay: string;
}

export interface DatasetIndex {
  data: Dataset;
  scale: Scale;
  labsById: ReadonlyMap<string, Lab>;
  modelsById: ReadonlyMap<string, Model>;
  sourcesById: ReadonlyMap<string, Source>;
  rows: ModelRow[];
  rowsById: ReadonlyMap<string, ModelRow>;
  /** Every export-control event in date order (same-date events keep the dataset's order). */
  events: EventRow[];
  labIds: ReadonlySet<string>;
  modelIds: ReadonlySet<string>;
  /** The report's "seven Chinese labs with reasoning models", with the labs the sources support; null if the dataset lacks it. */
  reasoningLabsClaim: Claim | null;
}

export function buildDatasetIndex(data: Dataset): DatasetIndex {
  const labsById = new Map(data.labs.map((l) => [l.id, l]));
  const scale = data.scales.find((s) => s.id === data.meta.primaryScale);
  if (!scale) throw new Error(`primary scale "${data.meta.primaryScale}" is missing`);
  const reportDay = data.meta.report.publishedBy;

  const rows: ModelRow[] = data.models.map((model) => {
    const lab = labsById.get(model.labId);
    if (!lab) throw new Error(`model "${model.id}" has unknown lab "${model.labId}"`);
    const onScale = model.scores.filter((s) => s.scale === scale.id);
    const score = onScale.find((s) => s.preferred) ?? null;
    return {
      model,
      lab,
      region: regionOfCountry(lab.country),
      score,
      otherScores: onScale.filter((s) => s !== score && s.value !== score?.value),
      releaseTime: model.releaseDate ? dateToTime(model.releaseDate) : null,
      afterReport: model.releaseDate ? isAfter(model.releaseDate, reportDay) : false,
    };
  });

  const events: EventRow[] = data.events
    .map((event, i) => ({ event, i, time: dateToTime(event.date) }))
    .sort((a, b) => a.time - b.time || a.i - b.i)
    .map(({ event, time }) => ({ event, time, afterReport: isAfter(event.date, reportDay), fromDay: earliestDay(event.date) }));

  return {
    data,
    scale,
    events,
    labsById,
    modelsById: new Map(data.models.map((m) => [m.id, m])),
    sourcesById: new Map(data.sources.map((s) => [s.id, s])),
    rows,
    rowsById: new Map(rows.map((r) => [r.model.id, r])),
    labIds: new Set(labsById.keys()),
    modelIds: new Set(data.models.map((m) => m.id)),
    reasoningLabsClaim: data.claims.find((c) => c.id === REASONING_LABS_CLAIM) ?? null,
  };
}
