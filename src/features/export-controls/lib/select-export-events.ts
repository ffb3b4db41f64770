/**
 * The export-control events for the vertical timeline: in date order, with the chips and labs they
 * name, split at the report's publication, filtered by kind. Pure.
 */
import type { DatasetIndex, EventRow } from '../../../data/dataset-index';
import type { Chip, EventKind, Lab } from '../../../data/dataset.schema';
import { dateToTime } from '../../../lib/dates';

export const EVENT_KINDS: readonly EventKind[] = ['chip-rule', 'entity-list', 'diffusion-rule', 'reported-deliberation', 'chip-launch'];

export interface ExportEvent extends EventRow {
  chips: Array<{ id: string; chip: Chip | null }>;
  labs: Array<{ id: string; lab: Lab | null }>;
}

/** Every event in date order; events on the same date keep the dataset's order. */
export function selectExportEvents(index: DatasetIndex): ExportEvent[] {
  const chips = new Map(index.data.chips.map((c) => [c.id, c]));
  return index.events.map((e) => ({
    ...e,
    chips: e.event.chips.map((id) => ({ id, chip: chips.get(id) ?? null })),
    labs: e.event.labs.map((id) => ({ id, lab: index.labsById.get(id) ?? null })),
  }));
}

export interface ExportEventsView {
  /** Shown events up to the report, and after it. */
  before: ExportEvent[];
  after: ExportEvent[];
  /** How many the kind filter hides, and how many later events are hidden by "hide events after the report". */
  hiddenByKind: number;
  hiddenLater: number;
  counts: Record<EventKind, number>;
}

/** Filters by kind (an empty list means every kind) and by "hide events after the report". */
export function filterExportEvents(events: readonly ExportEvent[], opts: { kinds: readonly EventKind[]; hideLater: boolean }): ExportEventsView {
  const counts = Object.fromEntries(EVENT_KINDS.map((k) => [k, 0])) as Record<EventKind, number>;
  for (const e of events) counts[e.event.kind]++;
  const byKind = opts.kinds.length === 0 ? [...events] : events.filter((e) => opts.kinds.includes(e.event.kind));
  const later = byKind.filter((e) => e.afterReport);
  return {
    before: byKind.filter((e) => !e.afterReport),
    after: opts.hideLater ? [] : later,
    hiddenByKind: events.length - byKind.length,
    hiddenLater: opts.hideLater ? later.length : 0,
    counts,
  };
}

/** The Entity List additions the data names: from entity-list events and the labs' own records, by date. */
export function selectEntityListAdditions(index: DatasetIndex, events: readonly ExportEvent[]) {
  const rows = new Map<string, { lab: Lab; date: string | null; event: ExportEvent | null; sources: string[] }>();
  for (const e of events)
    if (e.event.kind === 'entity-list')
      for (const { lab } of e.labs) if (lab) rows.set(lab.id, { lab, date: e.event.date, event: e, sources: e.event.sources });
  for (const lab of index.data.labs)
    if (lab.entityList.listed && !rows.has(lab.id)) rows.set(lab.id, { lab, date: lab.entityList.date, event: null, sources: lab.entityList.sources });
  return [...rows.values()].sort((a, b) => (a.date ? dateToTime(a.date) : Infinity) - (b.date ? dateToTime(b.date) : Infinity));
}

export interface Tier {
  tier: number;
  text: string;
  /** This tier's text names China. */
  china: boolean;
  /** The rule's thresholds that name this tier ("Tier 2 country cap: …"). */
  thresholds: string[];
}

/**
 * The tiers of the AI diffusion rule, read from the rule's details ("Tier 1: …"). The rule is the
 * first diffusion-rule event whose details list tiers.
 */
export function selectDiffusionTiers(events: readonly ExportEvent[]): { rule: ExportEvent; tiers: Tier[] } | null {
  for (const e of events) {
    if (e.event.kind !== 'diffusion-rule') continue;
    const tiers = e.event.details.flatMap((d) => {
      const m = /^Tier (\d+):\s*(.+)$/.exec(d);
      if (!m) return [];
      const tier = Number(m[1]);
      const text = m[2]!.charAt(0).toUpperCase() + m[2]!.slice(1);
      return [{ tier, text, china: /\bChina\b/.test(text), thresholds: e.event.thresholds.filter((t) => t.startsWith(`Tier ${tier} `)) }];
    });
    if (tiers.length > 0) return { rule: e, tiers: tiers.sort((a, b) => a.tier - b.tier) };
  }
  return null;
}
