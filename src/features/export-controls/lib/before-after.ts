/**
 * Before and after a rule: China's best index and the US–China gap 12 and 6 months before the rule's
 * date and 6 and 12 months after, on the report's index scale only. "Best by a date" is the best value
 * among models released on or before it; every value is the model's score as of the report, so this
 * reads the release record, not a score history. The data cannot answer after the report's date, nor
 * before the first Chinese model in it: those cells say so. Pure.
 */
import type { DatasetIndex, EventRow, ModelRow } from '../../../data/dataset-index';
import type { EventKind } from '../../../data/dataset.schema';
import { earliestDay, latestDay } from '../../../lib/dates';

export const READOUT_OFFSETS = [-12, -6, 6, 12] as const;
/** The events that are rules, and so get a readout. */
const RULE_KINDS: ReadonlySet<EventKind> = new Set(['chip-rule', 'diffusion-rule']);

export type ReadoutCell =
  | { kind: 'value'; day: string; chinaBest: number; chinaModel: string; usBest: number | null; usModel: string | null; gap: number | null }
  | { kind: 'after-report'; day: string }
  | { kind: 'no-china-yet'; day: string };

export interface BeforeAfter {
  /** The rule's day (its first possible day for a month-only date). */
  day: string;
  cells: Array<{ offset: (typeof READOUT_OFFSETS)[number]; cell: ReadoutCell }>;
  /** The earliest Chinese model released in the data, or null when there is none. */
  firstChina: { name: string; date: string } | null;
  /** The data's last day: the report's publication. */
  reportDay: string;
  /** No cell before the rule has a value, or none after it: there is nothing to compare. */
  comparable: boolean;
}

/** A day `months` months from `day`, clamped to the month's last day (31 Oct + 12 months = 31 Oct). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Rows that count: rated on the report's scale (no estimates), released by the report, on a known day. */
export function readoutRows(index: DatasetIndex): ModelRow[] {
  return index.rows.filter((r) => r.score !== null && r.score.status !== 'estimate' && r.model.releaseDate !== null && !r.afterReport);
}

function bestBy(rows: readonly ModelRow[], day: string): ModelRow | null {
  let best: ModelRow | null = null;
  // A model counts once it is surely out: its latest possible day is on or before `day`.
  for (const r of rows) if (latestDay(r.model.releaseDate!) <= day && (!best || r.score!.value > best.score!.value)) best = r;
  return best;
}

export function isRule(event: EventRow): boolean {
  return RULE_KINDS.has(event.event.kind);
}

export function selectBeforeAfter(index: DatasetIndex, event: EventRow): BeforeAfter {
  const reportDay = index.data.meta.report.publishedBy;
  const rows = readoutRows(index);
  const china = rows.filter((r) => r.region === 'cn');
  const us = rows.filter((r) => r.region === 'us');
  const first = [...china].sort((a, b) => earliestDay(a.model.releaseDate!).localeCompare(earliestDay(b.model.releaseDate!)))[0] ?? null;
  const day = earliestDay(event.event.date);
  const cells = READOUT_OFFSETS.map((offset) => {
    const at = addMonths(day, offset);
    if (at > reportDay) return { offset, cell: { kind: 'after-report', day: at } as ReadoutCell };
    const cn = bestBy(china, at);
    if (!cn) return { offset, cell: { kind: 'no-china-yet', day: at } as ReadoutCell };
    const u = bestBy(us, at);
    const cell: ReadoutCell = { kind: 'value', day: at, chinaBest: cn.score!.value, chinaModel: cn.model.name, usBest: u?.score!.value ?? null, usModel: u?.model.name ?? null, gap: u ? u.score!.value - cn.score!.value : null };
    return { offset, cell };
  });
  const has = (sign: number) => cells.some((c) => Math.sign(c.offset) === sign && c.cell.kind === 'value');
  return { day, cells, firstChina: first ? { name: first.model.name, date: first.model.releaseDate! } : null, reportDay, comparable: has(-1) && has(1) };
}
