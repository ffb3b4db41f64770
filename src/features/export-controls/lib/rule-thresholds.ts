/**
 * The October 2022 and October 2023 chip rules' thresholds, read from the rule events' threshold lines
 * in the dataset (the numbers are the dataset's, never typed here), as regions of the plane of total
 * processing performance (TPP) against performance density (PD). Pure.
 */
import type { EventRow } from '../../../data/dataset-index';

/** The two rules the chips chart can show (the rules that set chip thresholds for China). */
export type ChartRule = 'oct-2022' | 'oct-2023';
export const CHART_RULES: readonly ChartRule[] = ['oct-2022', 'oct-2023'];

/** Which chip-rule event is which rule: by the month it was released. */
const RULE_MONTH: Record<ChartRule, string> = { 'oct-2022': '2022-10', 'oct-2023': '2023-10' };

/** A box of the TPP × PD plane; a missing bound is open (to the plot's edge). */
export interface RuleBox {
  /** restricted: licence, presumption of denial; nac: controlled, notify (licence exception NAC). */
  kind: 'restricted' | 'nac';
  tppMin: number;
  tppMax: number | null;
  pdMin: number | null;
  pdMax: number | null;
}

export interface RuleThresholds {
  rule: ChartRule;
  /** The event the numbers come from (its sources are the figure's). */
  event: EventRow;
  boxes: RuleBox[];
  /** The October 2022 rule's second test, which this plane cannot show: aggregate I/O ≥ this many GB/s. */
  ioGBs: number | null;
  /** The TPP and PD lines to mark on the axes. */
  tppLines: number[];
  pdLines: number[];
}

const num = (text: string | undefined) => (text === undefined ? NaN : Number(text.replace(/,/g, '')));
const N = '([\\d,]+(?:\\.\\d+)?)';

function read2022(lines: readonly string[]): Pick<RuleThresholds, 'boxes' | 'ioGBs'> | null {
  for (const line of lines) {
    const perf = new RegExp(`Performance[^≥]*≥\\s*${N}`).exec(line);
    const io = new RegExp(`I/O[^≥]*≥\\s*${N}\\s*GB/s`).exec(line);
    if (perf && io && /\bAND\b/.test(line)) {
      const tpp = num(perf[1]);
      const ioGBs = num(io[1]);
      if (Number.isFinite(tpp) && Number.isFinite(ioGBs)) return { boxes: [{ kind: 'restricted', tppMin: tpp, tppMax: null, pdMin: null, pdMax: null }], ioGBs };
    }
  }
  return null;
}

function read2023(lines: readonly string[]): Pick<RuleThresholds, 'boxes' | 'ioGBs'> | null {
  const a = lines.map((l) => new RegExp(`^3A090\\.a\\b.*TPP ≥ ${N}, or TPP ≥ ${N} and PD ≥ ${N}`).exec(l)).find(Boolean);
  const b = lines.map((l) => new RegExp(`^3A090\\.b\\b.*?${N} ≤ TPP < ${N} and ${N} ≤ PD < ${N}, or TPP ≥ ${N} and ${N} ≤ PD < ${N}`).exec(l)).find(Boolean);
  if (!a || !b) return null;
  const [a1, a2tpp, a2pd] = [num(a[1]), num(a[2]), num(a[3])];
  const [b1lo, b1hi, b1pdLo, b1pdHi, b2tpp, b2pdLo, b2pdHi] = b.slice(1, 8).map(num) as [number, number, number, number, number, number, number];
  const all = [a1, a2tpp, a2pd, b1lo, b1hi, b1pdLo, b1pdHi, b2tpp, b2pdLo, b2pdHi];
  if (!all.every(Number.isFinite)) return null;
  return {
    ioGBs: null,
    boxes: [
      { kind: 'restricted', tppMin: a1, tppMax: null, pdMin: null, pdMax: null },
      { kind: 'restricted', tppMin: a2tpp, tppMax: a1, pdMin: a2pd, pdMax: null },
      { kind: 'nac', tppMin: b1lo, tppMax: b1hi, pdMin: b1pdLo, pdMax: b1pdHi },
      // b.2 above a.1's TPP is inside a.1 already: drawn up to it.
      { kind: 'nac', tppMin: b2tpp, tppMax: Math.min(b1lo, a1), pdMin: b2pdLo, pdMax: b2pdHi },
    ],
  };
}

const uniqueSorted = (values: number[]) => [...new Set(values)].sort((x, y) => x - y);

/** The rule's thresholds from its event in the data, or null when the event or its numbers are missing. */
export function ruleThresholds(events: readonly EventRow[], rule: ChartRule): RuleThresholds | null {
  for (const event of events) {
    const e = event.event;
    if (e.kind !== 'chip-rule' || !e.date.startsWith(RULE_MONTH[rule]) || e.thresholds.length === 0) continue;
    const read = rule === 'oct-2022' ? read2022(e.thresholds) : read2023(e.thresholds);
    if (!read) continue;
    return {
      rule,
      event,
      ...read,
      tppLines: uniqueSorted(read.boxes.flatMap((b) => [b.tppMin, ...(b.tppMax !== null ? [b.tppMax] : [])])),
      pdLines: uniqueSorted(read.boxes.flatMap((b) => [...(b.pdMin !== null ? [b.pdMin] : []), ...(b.pdMax !== null ? [b.pdMax] : [])])),
    };
  }
  return null;
}
