/**
 * How a lab's own models are drawn on its charts: its own colour (not its region's, which the frontier
 * behind it would share) plus a marker shape, so two labs in one chart differ by more than colour.
 */
export type LabMarker = 'circle' | 'diamond';

export interface LabSeriesStyle {
  color: string;
  soft: string;
  marker: LabMarker;
}

export const LAB_SERIES: readonly [LabSeriesStyle, LabSeriesStyle] = [
  { color: 'var(--lab-a)', soft: 'var(--lab-a-soft)', marker: 'circle' },
  { color: 'var(--lab-b)', soft: 'var(--lab-b-soft)', marker: 'diamond' },
];

/** The frontier behind a lab: grey, so the lab's colour is the only colour on the plot. */
export const FRONTIER_COLOR = 'var(--frontier-grey)';
