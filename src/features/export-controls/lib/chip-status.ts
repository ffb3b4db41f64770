/**
 * A chip's standing under one rule, as the chips chart draws it: controlled, controlled with a
 * notification (NAC), not controlled, designed to fit under, not yet launched, or not a US export.
 * From the dataset's status columns, never recomputed. Pure.
 */
import type { Chip, ChipStatus } from '../../../data/dataset.schema';
import type { ChartRule } from './rule-thresholds';

export type PlotStatus = 'controlled' | 'notify' | 'not-controlled' | 'designed-to-fit' | 'not-launched' | 'domestic';
/** The legend's order. */
export const PLOT_STATUSES: readonly PlotStatus[] = ['controlled', 'notify', 'designed-to-fit', 'not-controlled', 'not-launched', 'domestic'];

const OF_STATUS: Record<ChipStatus, PlotStatus> = {
  restricted: 'controlled',
  nac: 'notify',
  allowed: 'not-controlled',
  'fits-under': 'designed-to-fit',
  'fits-under-reported': 'designed-to-fit',
  'not-launched': 'not-launched',
  'not-applicable': 'domestic',
};

export function chipStatusUnder(chip: Chip, rule: ChartRule): ChipStatus {
  return rule === 'oct-2022' ? chip.status2022 : chip.status2023;
}

export function plotStatus(chip: Chip, rule: ChartRule): PlotStatus {
  return OF_STATUS[chipStatusUnder(chip, rule)];
}
