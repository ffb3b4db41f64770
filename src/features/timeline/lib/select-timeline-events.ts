/**
 * Export-control events on the timeline's axis, and the axis's default span. Pure.
 */
import type { DatasetIndex, EventRow } from '../../../data/dataset-index';
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

/**
 * The axis's span when no window is chosen. It covers the dated models (the same quarter-aligned start
 * as every other index-over-time chart, `timeDomain`) and is widened to the era of the chip rules: it
 * starts no later than the quarter of the first chip rule, and ends after the report and, when they are
 * shown, after the last later event. Events before the start (Huawei 2019) are listed beside the chart.
 */
export function defaultTimelineDomain(
  index: DatasetIndex,
  events: readonly TimelineEvent[],
  opts: { showLater: boolean; hideLaterEvents: boolean },
): [number, number] {
  const reportTime = dayToTime(index.data.meta.report.publishedBy);
  const hasDatedModels = index.rows.some((r) => r.releaseTime !== null && (opts.showLater || !r.afterReport));
  let [start, end] = hasDatedModels ? timeDomain(index, opts.showLater) : [quarterStart(reportTime), nextMonthStart(reportTime)];
  const firstRule = events.find((e) => e.event.kind === 'chip-rule');
  if (firstRule) start = Math.min(start, quarterStart(firstRule.time));
  end = Math.max(end, nextMonthStart(reportTime));
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
