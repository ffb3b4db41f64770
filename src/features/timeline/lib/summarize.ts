/**
 * Plain-language summaries of the timeline's charts, generated from the same data the charts draw.
 * They are each chart's accessible description and the sentence under its title. Pure.
 */
import { frontierAt, type FrontierStep } from '../../../lib/frontier';
import { formatMonthLong, formatNumber, formatPartialDate } from '../../../lib/format';
import { getLang } from '../../../lib/locale';
import type { Region } from '../../../lib/regions';
import { messages } from '../../../messages/timeline';
import { compareMeasuredGap } from './measured-gap';
import type { CadenceSelection } from './select-cadence';
import { gapSegments, type FrontierSelection, type GapSegment } from './select-frontier';


const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** "one", "seven", "12": words up to ten, as in English running text; digits in Chinese and Japanese (7). */
export function numberInWords(n: number): string {
  if (getLang() !== 'en') return formatNumber(n);
  return Number.isInteger(n) && n >= 0 && n < NUMBER_WORDS.length ? NUMBER_WORDS[n]! : String(n);
}

/** The step that set a frontier's value at a time (the last step at or before it). */
export function stepAt(steps: readonly FrontierStep[], time: number): FrontierStep | null {
  let found: FrontierStep | null = null;
  for (const s of steps) {
    if (s.time > time) break;
    found = s;
  }
  return found;
}

/** Gap segments clipped to a span. */
function clip(segments: readonly GapSegment[], start: number, end: number): GapSegment[] {
  return segments.filter((s) => s.end > start && s.start < end).map((s) => ({ ...s, start: Math.max(s.start, start), end: Math.min(s.end, end) }));
}

function lineOf(selection: FrontierSelection, region: Region, kind: 'all' | 'open'): FrontierStep[] {
  return selection.lines.find((l) => l.region === region && l.kind === kind)?.steps ?? [];
}

/**
 * What the frontier chart shows, in sentences: how many models, where each frontier stood, how the
 * US–China gap moved (its closest approach named by model), the open-weights crossover when drawn, and
 * what is left out.
 */
export function summarizeFrontier(
  selection: FrontierSelection,
  opts: { domain: readonly [number, number]; showLater: boolean; openFrontier: boolean; nameOf: (modelId: string) => string },
): string {
  const m = messages.timeline.summary;
  const { points } = selection;
  const parts: string[] = [];
  if (points.length === 0) parts.push(m.noPoints);
  else parts.push(m.points(points.length, formatPartialDate(points[0]!.releaseDate), formatPartialDate(points[points.length - 1]!.releaseDate)));

  const end = Math.min(opts.domain[1], selection.lineEnd);
  const us = lineOf(selection, 'us', 'all');
  const cn = lineOf(selection, 'cn', 'all');
  const usEnd = stepAt(us, end);
  const cnEnd = stepAt(cn, end);
  if (usEnd && cnEnd) parts.push(m.standing(formatMonthLong(end - 1), usEnd.value, opts.nameOf(usEnd.modelId), cnEnd.value, opts.nameOf(cnEnd.modelId)));
  else if (usEnd || cnEnd) {
    const only = (usEnd ?? cnEnd)!;
    parts.push(m.oneFrontier(messages.common.region[usEnd ? 'us' : 'cn'], only.value, opts.nameOf(only.modelId)));
  }

  const gap = clip(selection.gap, opts.domain[0], end);
  if (gap.length > 0) {
    const first = gap[0]!;
    const last = gap[gap.length - 1]!;
    const closest = gap.reduce((best, s) => (s.us - s.cn < best.us - best.cn ? s : best), first);
    const g0 = first.us - first.cn;
    const gMin = closest.us - closest.cn;
    const usStep = stepAt(us, closest.start)!;
    const cnStep = stepAt(cn, closest.start)!;
    const when = formatMonthLong(closest.start);
    const who = { cn: opts.nameOf(cnStep.modelId), us: opts.nameOf(usStep.modelId) };
    if (gap.length === 1) parts.push(m.gapSteady(g0, formatMonthLong(first.start)));
    else {
      if (gMin < g0) parts.push(m.gapNarrowed(g0, formatMonthLong(first.start), gMin, when));
      if (gMin > 0) parts.push(m.cameWithin(when, who.cn, closest.cn, gMin, numberInWords(gMin), who.us, closest.us));
      else if (gMin === 0) parts.push(m.drewLevel(when, who.cn, closest.cn, who.us, closest.us));
      else parts.push(m.passed(when, who.cn, closest.cn, who.us, closest.us));
      const gLast = last.us - last.cn;
      if (last !== closest && gLast !== gMin) parts.push(m.gapAtEnd(formatMonthLong(end - 1), gLast));
    }
  }

  const vsMeasured = compareMeasuredGap(selection.gap, selection.measuredGap, [opts.domain[0], end]);
  if (vsMeasured) {
    const when = formatMonthLong(end - 1);
    const { end: atEnd, widest } = vsMeasured;
    if (atEnd.measured === null) parts.push(m.measuredMissing(when));
    else parts.push(m.measuredEnd(when, m.lead(atEnd.measured), atEnd.measured === atEnd.drawn ? null : m.lead(atEnd.drawn)));
    if (widest && !(widest.measured === atEnd.measured && widest.drawn === atEnd.drawn))
      parts.push(m.measuredWidest(formatMonthLong(widest.start), m.lead(widest.measured), m.lead(widest.drawn)));
  }

  if (opts.openFrontier) {
    const usOpen = lineOf(selection, 'us', 'open');
    const cnOpen = lineOf(selection, 'cn', 'open');
    const openGap = gapSegments(usOpen, cnOpen, selection.lineEnd);
    const crossing = openGap.find((s, i) => s.cn > s.us && (i === 0 || openGap[i - 1]!.cn <= openGap[i - 1]!.us));
    if (usOpen.length === 0 || cnOpen.length === 0) parts.push(m.openMissing);
    else if (crossing) {
      const cnStep = stepAt(cnOpen, crossing.start)!;
      const usStep = stepAt(usOpen, crossing.start)!;
      parts.push(m.openPassed(formatMonthLong(crossing.start), opts.nameOf(cnStep.modelId), crossing.cn, opts.nameOf(usStep.modelId), crossing.us));
    } else {
      const u = frontierAt(usOpen, selection.lineEnd);
      const c = frontierAt(cnOpen, selection.lineEnd);
      if (u !== null && c !== null) parts.push(m.openUsAhead(u, c));
    }
  }

  const count = (reason: string) => selection.unplotted.filter((u) => u.reason === reason).length;
  if (selection.unplotted.length > 0) parts.push(m.unplotted(selection.unplotted.length, count('not-rated') + count('neither'), count('undated') + count('neither'), count('imprecise-date')));
  if (!opts.showLater && selection.laterHidden > 0) parts.push(m.laterHidden(selection.laterHidden));
  const laterShown = points.filter((p) => p.afterReport).length;
  if (opts.showLater && laterShown > 0) parts.push(m.laterShown(laterShown));
  return messages.common.joinSentences(parts);
}

/** What the release-cadence chart shows: totals by region, the busiest quarter, the first reasoning models. */
export function summarizeCadence(cadence: CadenceSelection): string {
  const m = messages.timeline.cadence.summary;
  const { quarters, totals } = cadence;
  if (quarters.length === 0) return m.none;
  const parts = [m.totals(quarters[0]!.label, quarters[quarters.length - 1]!.label, totals.all, totals.us, totals.cn, totals.other)];
  const busiest = quarters.reduce((best, q) => (q.total > best.total ? q : best), quarters[0]!);
  parts.push(m.busiest(busiest.label, busiest.total, busiest.counts.cn.total, busiest.counts.us.total));
  parts.push(m.reasoning(totals.reasoning));
  const firstCn = cadence.firstReasoning.find((f) => f.region === 'cn');
  const firstUs = cadence.firstReasoning.find((f) => f.region === 'us');
  if (firstUs && firstCn) parts.push(m.firstReasoning(firstUs.modelName, firstUs.labName, formatPartialDate(firstUs.releaseDate), firstCn.modelName, firstCn.labName, formatPartialDate(firstCn.releaseDate)));
  if (cadence.unplaced.length > 0) parts.push(m.unplaced(cadence.unplaced.length));
  return messages.common.joinSentences(parts);
}
