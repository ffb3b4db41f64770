/**
 * Export-control events on the timeline's axis, and the axis's default span. Pure.
 */
import type { DatasetIndex, EventRow } from '../../../data/dataset-index';
import type { EventRecord } from '../../../data/dataset.schema';
import { timeDomain } from '../../../lib/chart-domains';
import { dateToTime, latestDay } from '../../../lib/dates';
import { quarterStart } from '../../../lib/quarters';
import { dayToTime, nextMonthStart } from './time-scale';

/** An event row (dated, in order, marked after the report) with its number for the narrow-screen markers. */
export interface TimelineEvent extends EventRow {
  /** 1-based position among all events in date order: the marker's number on narrow screens. */
  number: number;
}

/** Every event in date order (ties keep the dataset's order), numbered. */
export function selectTimelineEvents(index: DatasetIndex): TimelineEvent[] {
  return index.events.map((e, i) => ({ ...e, number: i + 1 }));
}

export function visibleEvents(events: readonly TimelineEvent[], hideLaterEvents: boolean): TimelineEvent[] {
  return hideLaterEvents ? events.filter((e) => !e.afterReport) : [...events];
}

/** Event kinds that are rules (as opposed to launches, listings and reports of deliberations). */
const RULE_KINDS: ReadonlySet<EventRecord['kind']> = new Set(['chip-rule', 'diffusion-rule']);

/**
 * A major rule, labelled on the axis: a chip or diffusion rule that sets thresholds, known with high
 * confidence (Oct 2022, Oct 2023, Dec 2024, the Jan 2025 diffusion rule, the Apr 2025 H20 licence).
 * Letters, corrections, launches, listings and reports are plain ticks.
 */
export function isMajorEvent(event: EventRecord): boolean {
  return RULE_KINDS.has(event.kind) && event.thresholds.length > 0 && event.confidence === 'high';
}

/**
 * The axis's span when no window is chosen. It starts at the data: the quarter of the first plotted
 * model (rated and dated) (the same quarter-aligned start as every other index-over-time chart, `timeDomain`), and ends
 * after the report and, when they are shown, after the last later event. Events before the start are
 * listed beside the chart.
 */
export function defaultTimelineDomain(
  index: DatasetIndex,
  events: readonly TimelineEvent[],
  opts: { showLater: boolean; hideLaterEvents: boolean },
): [number, number] {
  const reportTime = dayToTime(index.data.meta.report.publishedBy);
  // Plottable models only: one dated but not rated (GPT-4, March 2023) would open the axis on an empty stretch.
  const plottable = index.rows.filter((r) => r.releaseTime !== null && r.score !== null && (opts.showLater || !r.afterReport));
  const [start, initialEnd] = plottable.length > 0 ? timeDomain({ rows: plottable, scale: index.scale }, true) : [quarterStart(reportTime), nextMonthStart(reportTime)];
  let end = Math.max(initialEnd, nextMonthStart(reportTime));
  if (!opts.hideLaterEvents) {
    for (const e of events) if (e.afterReport) end = Math.max(end, nextMonthStart(dateToTime(latestDay(e.event.date))));
  }
  return [start, end];
}

/** The axis's span for a window: its bounds where set, the default span's ends where open. */
export function windowDomain(defaultDomain: readonly [number, number], from: string | null, to: string | null): [number, number] {
  const start = from ? dayToTime(from) : defaultDomain[0];
  // A window's last day is included: the axis ends at the end of that day.
  const end = to ? dayToTime(to) + 86_400_000 : defaultDomain[1];
  return end > start ? [start, end] : [start, start + 86_400_000];
}
