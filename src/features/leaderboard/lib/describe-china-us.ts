/**
 * The words for the China vs US readouts and the summary sentence, from the same numbers. Pure, so the
 * sentence a screen reader hears is tested like the numbers are.
 */
import type { ModelRow } from '../../../data/dataset-index';
import type { EmptyExplanation } from '../../../filters/describe-filters';
import type { Score } from '../../../data/dataset.schema';
import { formatList, formatPartialDate, formatScore } from '../../../lib/format';
import { messages } from '../../../messages';
import type { ChinaUs, ChinaUsReadouts, MonthsBehind, SideBest } from './select-china-us';
import type { Leaderboard } from './select-leaderboard';

type RatedRow = ModelRow & { score: Score };

/** "A", "A and B", "A, B, C and 2 more" (A和B, A、B、C等（另有2个）) in the active language. */
export function joinNames(names: readonly string[], max = 3): string {
  if (names.length > max) return messages.common.andMore(formatList(names.slice(0, max), true), names.length - max);
  return formatList(names);
}

const regionShort = (row: ModelRow) => messages.common.regionShort[row.region];
const regionName = (row: ModelRow) => messages.common.region[row.region];

/** "o3 94+ (US)", or "Llama 3.1 405B and Llama 3.3 70B 75 (US)" for a tie. */
function sideLabel(best: SideBest): string {
  const first = best.rows[0]!;
  const m = messages.leaderboard.readouts;
  return m.sideRegion(m.model(joinNames(best.rows.map((r) => r.model.name)), formatScore(first.score.value, first.score.status)), regionShort(first));
}

/** Why a value needs care: an estimate, stated only in a write-up, or a model released after the report. */
export function valueCaveats(rows: readonly RatedRow[]): string[] {
  const m = messages.leaderboard.readouts;
  const out: string[] = [];
  for (const r of rows) {
    if (r.score.status === 'estimate') out.push(m.caveatEstimate(r.model.name, r.score.value));
    if (r.score.status === 'as-stated') out.push(m.caveatAsStated(r.model.name, r.score.value));
    if (r.afterReport) out.push(m.caveatLater(r.model.name, formatPartialDate(r.model.releaseDate)));
  }
  return out;
}

export type Tone = 'us' | 'cn' | 'level' | 'none';

export interface ReadoutText {
  headline: string;
  detail: string | null;
  caveats: string[];
  /** The same readout on measured values only, when it differs. */
  measured: string | null;
  how: string;
  /** Which side the headline favours (for its marker, never its only cue). */
  tone: Tone;
}

/**
 * With one side empty no winner is declared: "No comparison possible", and the filter(s) that emptied
 * the side by name (those that, removed on their own, bring a rated model back; else every active one).
 */
export function emptySideText(cu: Pick<ChinaUs, 'emptySides'>): { headline: string; detail: string } | null {
  const m = messages.filters.noComparison;
  const side = (['us', 'cn'] as const).find((s) => cu.emptySides[s] !== null);
  if (!side) return null;
  const why = cu.emptySides[side] as EmptyExplanation;
  const name = messages.common.region[side];
  const named = (why.culprits.length > 0 ? why.culprits : why.active).map((f) => f.label);
  return { headline: m.headline, detail: named.length > 0 ? m.because(name, messages.filters.joinLabels(named)) : m.becauseScope(name) };
}

function gapHeadline(r: ChinaUsReadouts): { headline: string; tone: Tone } {
  const m = messages.leaderboard.readouts.gap;
  const { gap } = r.gap;
  if (gap === null) return { headline: m.missing(r.gap.us ? messages.common.region.cn : messages.common.region.us), tone: 'none' };
  if (gap > 0) return { headline: m.usAhead(gap), tone: 'us' };
  if (gap < 0) return { headline: m.cnAhead(-gap), tone: 'cn' };
  return { headline: m.level, tone: 'level' };
}

function gapPair(r: ChinaUsReadouts): string | null {
  const m = messages.leaderboard.readouts;
  const { us, cn } = r.gap;
  if (us && cn) return m.pair(sideLabel(us), sideLabel(cn));
  if (us) return m.onlySide(m.sideAdjective.us, sideLabel(us));
  if (cn) return m.onlySide(m.sideAdjective.cn, sideLabel(cn));
  return null;
}

const sameBest = (a: SideBest | null, b: SideBest | null) =>
  a?.value === b?.value && a?.rows.map((r) => r.model.id).join() === b?.rows.map((r) => r.model.id).join();

export function describeGap(cu: ChinaUs): ReadoutText {
  const m = messages.leaderboard.readouts;
  const empty = emptySideText(cu);
  if (empty) return { headline: empty.headline, detail: empty.detail, caveats: [], measured: null, how: m.gap.how, tone: 'none' };
  const { headline, tone } = gapHeadline(cu.all);
  const differs = !sameBest(cu.all.gap.us, cu.measured.gap.us) || !sameBest(cu.all.gap.cn, cu.measured.gap.cn);
  const measured = differs ? m.measuredLine(gapPair(cu.measured) ?? '', gapHeadline(cu.measured).headline) : null;
  return {
    headline,
    detail: gapPair(cu.all),
    caveats: valueCaveats([...(cu.all.gap.us?.rows ?? []), ...(cu.all.gap.cn?.rows ?? [])]),
    measured,
    how: m.gap.how,
    tone,
  };
}

const months = (n: number) => n.toFixed(1);

function monthsText(mb: MonthsBehind): { headline: string; detail: string | null; approximate: boolean; tone: Tone } {
  const m = messages.leaderboard.readouts.months;
  const date = (r: ModelRow) => formatPartialDate(r.model.releaseDate);
  switch (mb.kind) {
    case 'behind':
      return {
        headline: m.behind(months(mb.months)),
        detail: m.behindDetail(mb.target, mb.us.model.name, date(mb.us), mb.cn.model.name, date(mb.cn)),
        approximate: mb.approximate,
        tone: 'us',
      };
    case 'china-first':
      return {
        headline: m.chinaFirst(months(mb.months)),
        detail: m.chinaFirstDetail(mb.target, mb.cn.model.name, date(mb.cn), mb.us.model.name, date(mb.us)),
        approximate: mb.approximate,
        tone: 'cn',
      };
    case 'same-time':
      return {
        headline: m.sameTime,
        detail: m.behindDetail(mb.target, mb.us.model.name, date(mb.us), mb.cn.model.name, date(mb.cn)),
        approximate: mb.approximate,
        tone: 'level',
      };
    case 'china-ahead':
      return {
        headline: m.chinaAhead,
        detail: m.chinaAheadDetail(mb.target, mb.cn.model.name, mb.usBest ? sideLabel(mb.usBest) : null),
        approximate: false,
        tone: 'cn',
      };
    case 'undated':
      return { headline: m.undated, detail: m.undatedDetail(mb.target, mb.cn.model.name), approximate: false, tone: 'none' };
    case 'us-undated':
      return { headline: m.undated, detail: m.usUndatedDetail(mb.target, mb.us.model.name), approximate: false, tone: 'none' };
    case 'no-china':
      return { headline: m.noChina, detail: null, approximate: false, tone: 'none' };
  }
}

export function describeMonths(cu: ChinaUs): ReadoutText {
  const empty = emptySideText(cu);
  if (empty) return { headline: empty.headline, detail: empty.detail, caveats: [], measured: null, how: messages.leaderboard.readouts.months.how, tone: 'none' };
  const all = monthsText(cu.all.monthsBehind);
  const measured = monthsText(cu.measured.monthsBehind);
  const caveats = all.approximate ? [messages.leaderboard.readouts.months.approximate] : [];
  return {
    headline: all.headline,
    detail: all.detail,
    caveats,
    measured:
      measured.detail !== all.detail || measured.headline !== all.headline
        ? messages.leaderboard.readouts.headlineDetail(measured.headline, measured.detail ?? '').trim()
        : null,
    how: messages.leaderboard.readouts.months.how,
    tone: all.tone,
  };
}

function openLeader(r: ChinaUsReadouts): { headline: string; tone: Tone } {
  const m = messages.leaderboard.readouts.open;
  const best = r.openLeader.best;
  if (!best) return { headline: m.none, tone: 'none' };
  const first = best.rows[0]!;
  const regions = new Set(best.rows.map((x) => x.region));
  const region = joinNames([...regions].map((x) => messages.common.region[x]));
  return {
    headline: m.leader(joinNames(best.rows.map((x) => x.model.name)), region, formatScore(first.score.value, first.score.status)),
    tone: regions.size > 1 ? 'level' : first.region === 'us' ? 'us' : first.region === 'cn' ? 'cn' : 'none',
  };
}

export function describeOpen(cu: ChinaUs): ReadoutText {
  const m = messages.leaderboard.readouts.open;
  const { us, cn } = cu.all.openLeader;
  const sides = m.sides(us ? sideLabel(us) : m.noneSide, cn ? sideLabel(cn) : m.noneSide);
  // One side without a rated open model: name what each side has, declare no leader between them.
  if (!us || !cn) return { headline: messages.filters.noComparison.headline, detail: sides, caveats: [], measured: null, how: m.how, tone: 'none' };
  const { headline, tone } = openLeader(cu.all);
  const differs = !sameBest(cu.all.openLeader.best, cu.measured.openLeader.best);
  return {
    headline,
    detail: sides,
    caveats: valueCaveats(cu.all.openLeader.best?.rows ?? []),
    measured: differs ? openLeader(cu.measured).headline : null,
    how: m.how,
    tone,
  };
}

/** The plain-language summary above the chart (also the chart's accessible description). */
export function summarise(lb: Leaderboard, cu: ChinaUs): string {
  const s = messages.leaderboard.summary;
  const parts: string[] = [s.shown(lb.rows.length, lb.rated)];
  const top = lb.ranked.filter((r) => r.rank === 1);
  const first = top[0];
  if (first?.row.score) {
    const regions = joinNames([...new Set(top.map((r) => regionName(r.row)))]);
    parts.push(s.top(joinNames(top.map((r) => r.row.model.name)), regions, s.value(first.row.score.value, first.row.score.status)));
  }

  const describe = (best: SideBest) => s.nameValue(joinNames(best.rows.map((r) => r.model.name)), s.value(best.value, best.rows[0]!.score.status));
  const { us, cn, gap } = cu.all.gap;
  let gapSentence: string;
  if (us && cn && gap !== null) {
    gapSentence = gap > 0 ? s.usLeads(describe(us), describe(cn), gap) : gap < 0 ? s.cnLeads(describe(cn), describe(us), -gap) : s.level(describe(us), describe(cn));
    const mu = cu.measured.gap.us;
    const mc = cu.measured.gap.cn;
    if (mu && mc && cu.measured.gap.gap !== null && (!sameBest(mu, us) || !sameBest(mc, cn))) {
      const name = (b: SideBest) => s.nameValue(joinNames(b.rows.map((r) => r.model.name)), String(b.value));
      gapSentence += s.measured(s.measuredGap(name(mu), name(mc), cu.measured.gap.gap));
    }
  } else {
    gapSentence = s.oneSide(us ? messages.common.region.cn : messages.common.region.us);
  }
  parts.push(messages.common.sentence(gapSentence));

  const mb = cu.all.monthsBehind;
  if (mb.kind === 'behind') parts.push(s.behind(mb.target, months(mb.months)));
  else if (mb.kind === 'china-first') parts.push(s.chinaFirst(mb.target, months(mb.months)));
  else if (mb.kind === 'same-time') parts.push(s.sameTime(mb.target));
  else if (mb.kind === 'china-ahead' && mb.usBest) parts.push(s.chinaAhead(mb.target));

  const open = cu.all.openLeader.best;
  if (open) {
    const regions = joinNames([...new Set(open.rows.map(regionName))]);
    parts.push(s.open(joinNames(open.rows.map((r) => r.model.name)), regions, s.value(open.value, open.rows[0]!.score.status)));
  }
  return messages.common.joinSentences(parts);
}
