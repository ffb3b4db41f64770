/**
 * Chips against the rules: each accelerator's status for China under the October 2022 rule, the
 * October 2023 rule and at the report (January 2025), what changed after the report, and which chips
 * moved between rules. Pure.
 */
import type { Chip, ChipStatus } from '../../../data/dataset.schema';

export type RuleKey = 'oct-2022' | 'oct-2023' | 'jan-2025';
export const RULES: readonly RuleKey[] = ['oct-2022', 'oct-2023', 'jan-2025'];

export function statusUnder(chip: Chip, rule: RuleKey): ChipStatus {
  return rule === 'oct-2022' ? chip.status2022 : rule === 'oct-2023' ? chip.status2023 : chip.status2025;
}

/** Not controlled for China: allowed outright, or designed to fit under the rule. */
const FREE: ReadonlySet<ChipStatus> = new Set(['allowed', 'fits-under', 'fits-under-reported']);

export type ChipGroup = 'restricted-first' | 'designed-for-china' | 'other';

export interface ChipRow {
  chip: Chip;
  group: ChipGroup;
  statuses: Record<RuleKey, ChipStatus>;
}

/**
 * Rows in story order: the chips the first rule restricted (A100, H100, …), then the China-specific
 * designs (A800, H800, then H20, L20, L2, …, in the dataset's order), then the others.
 */
export function selectChipRows(chips: readonly Chip[]): ChipRow[] {
  const groupOf = (c: Chip): ChipGroup => (c.designedForChina ? 'designed-for-china' : c.status2022 === 'restricted' ? 'restricted-first' : 'other');
  const order: ChipGroup[] = ['restricted-first', 'designed-for-china', 'other'];
  return chips
    .map((chip, i) => ({ chip, i, group: groupOf(chip) }))
    .sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group) || a.i - b.i)
    .map(({ chip, group }) => ({ chip, group, statuses: { 'oct-2022': chip.status2022, 'oct-2023': chip.status2023, 'jan-2025': chip.status2025 } }));
}

export interface RuleMovement {
  rule: RuleKey;
  /** Restricted under this rule (for the first rule: every restricted chip). */
  restricted: Chip[];
  /** Not controlled under the rule before, restricted under this one. */
  newlyRestricted: Chip[];
  /** Not controlled before, and now controlled with a notification (NAC). */
  newlyNac: Chip[];
  /** Designed to fit under this rule (or reported to be). */
  fitUnder: Chip[];
  /** Controlled before, not controlled now. */
  freed: Chip[];
}

/** What each rule changed: the chips that moved from allowed to restricted, and those designed to fit under it. */
export function selectMovements(chips: readonly Chip[]): RuleMovement[] {
  return RULES.map((rule, i) => {
    const prev = i > 0 ? RULES[i - 1]! : null;
    const was = (c: Chip) => (prev ? statusUnder(c, prev) : null);
    const now = (c: Chip) => statusUnder(c, rule);
    return {
      rule,
      restricted: chips.filter((c) => now(c) === 'restricted'),
      newlyRestricted: chips.filter((c) => now(c) === 'restricted' && (prev === null || FREE.has(was(c)!))),
      newlyNac: chips.filter((c) => now(c) === 'nac' && prev !== null && FREE.has(was(c)!)),
      fitUnder: chips.filter((c) => (now(c) === 'fits-under' || now(c) === 'fits-under-reported') && (prev === null || was(c) !== now(c))),
      freed: chips.filter((c) => prev !== null && FREE.has(now(c)) && (was(c) === 'restricted' || was(c) === 'nac')),
    };
  });
}
