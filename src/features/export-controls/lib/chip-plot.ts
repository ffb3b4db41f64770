/**
 * The chips-versus-thresholds chart as data: which chips can be plotted (both values known), which
 * cannot and why, and the geometry (log scales, the rule's regions, markers side by side where chips
 * share values, labels without overlap). Pure; the component only draws it.
 */
import { scaleLog } from 'victory-vendor/d3-scale';
import type { Chip } from '../../../data/dataset.schema';
import { placePointLabels, type Box, type PlacedPointLabel, type Spot } from '../../../lib/point-labels';
import { plotStatus, type PlotStatus } from './chip-status';
import type { ChartRule, RuleBox, RuleThresholds } from './rule-thresholds';

export interface ChipPoint {
  chip: Chip;
  status: PlotStatus;
  /** The name on the chart: the model without its form factor ("H100 SXM5" → "H100"). */
  label: string;
}

export interface ChipPlotData {
  /** TPP and performance density both known. */
  plotted: ChipPoint[];
  /** TPP known, performance density unknown: drawn in a strip under the plot, never at 0. */
  densityUnknown: ChipPoint[];
  /** TPP unknown (specifications not public): not drawn, named beside the chart. */
  notPlotted: ChipPoint[];
}

/** A chip's short name: drops form-factor and memory tokens ("SXM5", "80GB", "(HGX)"). */
export function shortChipName(name: string): string {
  const kept = name.split(' ').filter((t) => !/^(SXM\d*|\d+GB|\(HGX\))$/i.test(t));
  return kept.length > 0 ? kept.join(' ') : name;
}

export function selectChipPlot(chips: readonly Chip[], rule: ChartRule): ChipPlotData {
  const points = chips.map((chip) => ({ chip, status: plotStatus(chip, rule), label: shortChipName(chip.name) }));
  return {
    plotted: points.filter((p) => p.chip.tpp !== null && p.chip.performanceDensity !== null),
    densityUnknown: points.filter((p) => p.chip.tpp !== null && p.chip.performanceDensity === null),
    notPlotted: points.filter((p) => p.chip.tpp === null),
  };
}

export const MARKER_SIZE = 11;
const MARGIN = { top: 10, right: 14, bottom: 52, left: 46 };
/** The strip for chips whose density is unknown, between the plot and the x axis. */
const STRIP = 30;
const LABEL_HEIGHT = 14;

/**
 * Where a chip's label may go, in order of preference: beside its marker (right, left, above, below, the
 * diagonals, then right and left a half line higher or lower), then the same again a step further out
 * (those joined to the marker by a leader line).
 */
const CHIP_LABEL_SPOTS: Spot[] = [0, 8, 18, 30, 44].flatMap((step) => {
  const d = MARKER_SIZE / 2 + 3 + step;
  const far = step > 0;
  const half = LABEL_HEIGHT / 2;
  return ([
    ['right', d, 'level', 0],
    ['left', d, 'level', 0],
    ['centre', 0, 'above', d],
    ['centre', 0, 'below', d],
    ['right', d * 0.7, 'above', d * 0.7],
    ['right', d * 0.7, 'below', d * 0.7],
    ['left', d * 0.7, 'above', d * 0.7],
    ['left', d * 0.7, 'below', d * 0.7],
    ['right', d, 'above', half],
    ['right', d, 'below', half],
    ['left', d, 'above', half],
    ['left', d, 'below', half],
  ] as const).map(([side, dx, level, dy]) => ({ side, dx, level, dy, far }));
});
/** Coincident chips are drawn side by side, this far apart. */
const DODGE = 13;

export interface PlacedChip extends ChipPoint {
  x: number;
  y: number;
  /** In the unknown-density strip. */
  unknownDensity: boolean;
}

export interface ChipPlotLayout {
  width: number;
  height: number;
  plot: Box;
  /** The unknown-density strip, or null when every plotted chip's density is known. */
  strip: Box | null;
  chips: PlacedChip[];
  /** Each label with its baseline (`textY`); `leader`: drawn away from its marker, joined to it by a line. */
  labels: Array<PlacedPointLabel & { textY: number; leader: boolean; text: string; status: PlotStatus }>;
  /** Chips whose label found no free place: the table and the tooltip still name them. */
  unlabelled: string[];
  regions: Array<{ kind: RuleBox['kind']; box: Box }>;
  tppLines: Array<{ value: number; x: number }>;
  pdLines: Array<{ value: number; y: number }>;
  /** `row` 1: a threshold's label set one line lower, where it would touch the one before. */
  xTicks: Array<{ value: number; x: number; threshold: boolean; row: 0 | 1 }>;
  yTicks: Array<{ value: number; y: number; threshold: boolean }>;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Log-axis bounds: whole 1-2-5 steps around the values. */
function logDomain(values: readonly number[]): [number, number] {
  const steps = [1, 2, 5, 10];
  const lo = Math.min(...values) / 1.15;
  const hi = Math.max(...values) * 1.15;
  const down = (v: number) => {
    const e = 10 ** Math.floor(Math.log10(v));
    return Math.max(...steps.filter((s) => s * e <= v).map((s) => s * e));
  };
  const up = (v: number) => {
    const e = 10 ** Math.floor(Math.log10(v));
    return Math.min(...steps.filter((s) => s * e >= v).map((s) => s * e));
  };
  return [down(lo), up(hi)];
}

/** The thresholds as ticks, plus 1-2-5 ticks that keep `minGap` px from every other tick. */
function ticks(domain: [number, number], thresholds: readonly number[], at: (v: number) => number, minGap: number) {
  const out = thresholds.filter((v) => v >= domain[0] && v <= domain[1]).map((value) => ({ value, pos: at(value), threshold: true }));
  for (let e = Math.floor(Math.log10(domain[0])); e <= Math.ceil(Math.log10(domain[1])); e++) {
    for (const s of [1, 2, 5]) {
      const value = Number((s * 10 ** e).toPrecision(2));
      if (value < domain[0] || value > domain[1]) continue;
      const pos = at(value);
      if (out.every((t) => Math.abs(t.pos - pos) >= minGap)) out.push({ value, pos, threshold: false });
    }
  }
  return out.sort((a, b) => a.value - b.value);
}

/** Each tick's label row: one line lower when it would touch the label before it on the first row. */
function staggered(ticks: Array<{ value: number; x: number; threshold: boolean }>, minGap: number) {
  let last = -Infinity;
  return ticks.map((t) => {
    const row: 0 | 1 = t.x - last < minGap ? 1 : 0;
    if (row === 0) last = t.x;
    return { ...t, row };
  });
}

const LABEL_ORDER: Record<PlotStatus, number> = { 'designed-to-fit': 0, controlled: 1, notify: 1, 'not-controlled': 1, 'not-launched': 2, domestic: 2 };

export function layoutChipPlot(args: {
  data: ChipPlotData;
  thresholds: RuleThresholds | null;
  width: number;
  height: number;
  /** A label's width in px. */
  measure: (text: string) => number;
}): ChipPlotLayout {
  const { data, thresholds, width, height, measure } = args;
  const strip = data.densityUnknown.length > 0;
  const plot: Box = { left: MARGIN.left, top: MARGIN.top, right: Math.max(MARGIN.left + 1, width - MARGIN.right), bottom: Math.max(MARGIN.top + 1, height - MARGIN.bottom - (strip ? STRIP : 0)) };
  const tppValues = [...data.plotted, ...data.densityUnknown].map((p) => p.chip.tpp!);
  const pdValues = data.plotted.map((p) => p.chip.performanceDensity!);
  const xDomain = logDomain([...tppValues, ...(thresholds?.tppLines ?? [])]);
  const yDomain = logDomain([...pdValues, ...(thresholds?.pdLines ?? [])]);
  const x = scaleLog().domain(xDomain).range([plot.left, plot.right]);
  const y = scaleLog().domain(yDomain).range([plot.bottom, plot.top]);
  const stripY = plot.bottom + STRIP / 2 + 2;

  // Chips with the same values (A100 and A800; H100, H200 and H800) sit side by side, in the data's order.
  const groups = new Map<string, ChipPoint[]>();
  for (const p of data.plotted) {
    const key = `${p.chip.tpp}|${p.chip.performanceDensity}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const chips: PlacedChip[] = [];
  for (const group of groups.values())
    group.forEach((p, i) => chips.push({ ...p, x: round(x(p.chip.tpp!) + (i - (group.length - 1) / 2) * DODGE), y: round(y(p.chip.performanceDensity!)), unknownDensity: false }));
  for (const p of data.densityUnknown) chips.push({ ...p, x: round(x(p.chip.tpp!)), y: round(stripY), unknownDensity: true });

  const half = MARKER_SIZE / 2 + 1;
  const markers = chips.map((c) => ({ left: c.x - half, top: c.y - half, right: c.x + half, bottom: c.y + half }));
  const order = [...chips].sort((a, b) => LABEL_ORDER[a.status] - LABEL_ORDER[b.status] || a.x - b.x);
  const byId = new Map(chips.map((c) => [c.chip.id, c]));
  // A label never touches a marker nor another label; where no spot is free, it is left out.
  const placed = placePointLabels(
    order.map((c) => ({ id: c.chip.id, x: c.x, y: c.y, width: Math.ceil(measure(c.label)) + 2, height: LABEL_HEIGHT })),
    { bounds: { left: plot.left + 2, top: plot.top, right: plot.right, bottom: strip ? plot.bottom + STRIP : plot.bottom }, spots: CHIP_LABEL_SPOTS, block: markers, blockPad: 1, labels: { rule: 'block', pad: 2 } },
  );
  const labels = placed.map((p) => ({ ...p, textY: p.box.bottom - LABEL_HEIGHT * 0.25, leader: p.spot.far === true, text: byId.get(p.id)!.label, status: byId.get(p.id)!.status }));
  const labelled = new Set(placed.map((p) => p.id));

  const clampX = (v: number | null, open: number) => (v === null ? open : Math.min(plot.right, Math.max(plot.left, x(v))));
  const clampY = (v: number | null, open: number) => (v === null ? open : Math.min(plot.bottom, Math.max(plot.top, y(v))));
  const regions = (thresholds?.boxes ?? []).map((b) => ({
    kind: b.kind,
    box: { left: round(clampX(b.tppMin, plot.left)), right: round(clampX(b.tppMax, plot.right)), top: round(clampY(b.pdMax, plot.top)), bottom: round(clampY(b.pdMin, plot.bottom)) },
  }));

  return {
    width,
    height,
    plot,
    strip: strip ? { left: plot.left, top: plot.bottom, right: plot.right, bottom: plot.bottom + STRIP } : null,
    chips,
    labels,
    unlabelled: chips.filter((c) => !labelled.has(c.chip.id)).map((c) => c.chip.id),
    regions,
    tppLines: (thresholds?.tppLines ?? []).map((value) => ({ value, x: round(x(value)) })),
    pdLines: (thresholds?.pdLines ?? []).map((value) => ({ value, y: round(y(value)) })),
    xTicks: staggered(ticks(xDomain, thresholds?.tppLines ?? [], (v) => round(x(v)), 40).map((t) => ({ value: t.value, x: t.pos, threshold: t.threshold })), 40),
    yTicks: ticks(yDomain, thresholds?.pdLines ?? [], (v) => round(y(v)), 16).map((t) => ({ value: t.value, y: t.pos, threshold: t.threshold })),
  };
}
