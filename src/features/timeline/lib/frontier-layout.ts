/**
 * The frontier chart's layout, computed from data and the box's width: d3 scales, ticks, event label
 * lanes, marker geometry, frontier step paths, line-end labels, the US–China gap and the after-report
 * band. Pure: text widths come in as a function, so the layout is tested as data. The components only
 * draw what this returns.
 */
import { scaleLinear, type ScaleLinear } from 'victory-vendor/d3-scale';
import { indexTickCount, indexTicks, timeTicks, type TimeTick } from '../../../lib/chart-ticks';
import { frontierAt } from '../../../lib/frontier';
import { boxAround, placePointLabels, type Box, type Mark, type PlacedPointLabel } from '../../../lib/point-labels';
import type { Region } from '../../../lib/regions';
import { frontierLabelOrder, frontierLabelSpots } from './frontier-labels';
import { layoutLanes, spreadLabels, type LanePlacement } from './layout-labels';
import { markerLayers, type MarkerLayers } from './marker-paths';
import type { FrontierKind, FrontierSelection } from './select-frontier';
import { isMajorEvent, type TimelineEvent } from './select-timeline-events';

export const MARKER_SIZE = 10;
export const LANE_HEIGHT = 22;
export const LABEL_FONT_PX = 12;
const MAX_LABELLED_LANES = 2;
/** The row of plain ticks (events other than the major rules) just above the plot. */
export const TICK_ROW = 16;
export const TICK_WIDTH = 10;
/** Below this width the chart is shorter and events are numbered. */
export const NARROW_PX = 640;
const BOTTOM_MARGIN = 26;
const PX_PER_TIME_TICK = 60;

/** The plot's side margins: room for the index ticks on the left and the frontier labels on the right. */
export function chartMargins(width: number) {
  return { left: 44, right: width > 0 && width < NARROW_PX ? 54 : 68 };
}

export interface TextStyle {
  sizePx: number;
  weight?: number;
}

export interface FrontierLayoutInput {
  width: number;
  selection: FrontierSelection;
  domain: readonly [number, number];
  yDomain: readonly [number, number];
  reportTime: number;
  /** Events to draw; those outside the domain are returned in `outside`. */
  events: readonly TimelineEvent[];
  /** Width in px of a text in the chart's font. */
  textWidth: (text: string, style: TextStyle) => number;
  /** An event's text label (numbers are used instead when the labels do not fit). */
  eventLabel: (event: TimelineEvent) => string;
  /** A frontier's line-end label: "CN open 89". */
  endLabel: (region: Region, kind: FrontierKind, value: number) => string;
  /** The words on the after-report band. */
  afterReportLabel: string;
}

export interface EventLabel {
  event: TimelineEvent;
  /** The label's text: the short name (or number) of a major rule, empty for a plain tick. */
  text: string;
  /** A major rule (labelled) or another event (a plain tick). */
  major: boolean;
  placement: LanePlacement;
  /** The marker's x. */
  x: number;
  /** The label's top edge. */
  top: number;
}

export interface FrontierLayout {
  width: number;
  height: number;
  narrow: boolean;
  plot: { left: number; right: number; top: number; bottom: number; height: number };
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  xTicks: Array<TimeTick & { x: number }>;
  yTicks: Array<{ value: number; y: number }>;
  /** Event labels in lanes above the plot (numbered on narrow screens or when lanes pile up). */
  lanes: { labels: EventLabel[]; numbered: boolean; count: number; height: number };
  /** Events outside the domain, listed beside the chart. */
  outside: { before: TimelineEvent[]; after: TimelineEvent[] };
  /** Each point's pixel position (same order as selection.points) and the batched marker paths. */
  points: { xs: Float64Array; ys: Float64Array; layers: MarkerLayers };
  lines: Array<{ key: string; region: Region; kind: FrontierKind; d: string }>;
  endLabels: Array<{ id: string; region: Region; kind: FrontierKind; text: string; x: number; y: number }>;
  gaps: Array<{ key: string; lead: 'us' | 'cn'; x: number; y: number; w: number; h: number }>;
  /** The band after the report's date, when it falls inside the domain. */
  report: { x: number; showLabel: boolean } | null;
  /** Names next to the models that set or nearly set the frontier (those that fit), in the plot. */
  pointLabels: Array<{ id: string; region: Region; text: string; x: number; y: number; anchor: PlacedPointLabel['anchor']; box: Box }>;
}

/** The direct labels' type size. */
export const POINT_LABEL_PX = 11;

const px = (v: number) => v.toFixed(1);

/**
 * The major rules are labelled in lanes above the plot (at most `MAX_LABELLED_LANES`, else numbered);
 * every other event is a plain tick in one row just above the plot, nudged apart so that ticks do not
 * overlap. Everything is one toolbar in date order.
 */
function layoutEventLabels(input: FrontierLayoutInput, inDomain: readonly TimelineEvent[], x: ScaleLinear<number, number>) {
  const { width, textWidth, eventLabel } = input;
  const font = { sizePx: LABEL_FONT_PX };
  const majors = inDomain.filter((e) => isMajorEvent(e.event));
  const layout = (useNumbers: boolean) => {
    const texts = new Map(majors.map((e) => [e.event.id, useNumbers ? String(e.number) : eventLabel(e)]));
    const items = majors.map((e) => {
      const text = texts.get(e.event.id)!;
      return { id: e.event.id, x: x(e.time), width: useNumbers ? Math.max(22, textWidth(text, font) + 12) : textWidth(text, font) + 16 };
    });
    const { placements, laneCount } = layoutLanes(items, { left: 0, right: width, gap: 4 });
    return { texts, byId: new Map(placements.map((p) => [p.id, p])), laneCount };
  };
  let numbered = false;
  let chosen = layout(false);
  if (chosen.laneCount > MAX_LABELLED_LANES) {
    numbered = true;
    chosen = layout(true);
  }
  const count = chosen.laneCount;
  const minors = inDomain.filter((e) => !isMajorEvent(e.event));
  const tickRow = minors.length > 0 ? TICK_ROW : 0;
  const height = (count > 0 ? count * LANE_HEIGHT + 6 : 8) + tickRow;
  // Ticks: TICK_WIDTH px wide, centred on their date, spread along the row so that none overlaps.
  const tickXs = spreadLabels(
    minors.map((e) => ({ id: e.event.id, y: x(e.time) })),
    TICK_WIDTH + 1,
    [TICK_WIDTH / 2, width - TICK_WIDTH / 2],
  );
  const labels: EventLabel[] = inDomain.map((e) => {
    const placement = chosen.byId.get(e.event.id);
    if (placement) return { event: e, text: chosen.texts.get(e.event.id)!, major: true, placement, x: x(e.time), top: height - tickRow - 6 - (placement.lane + 1) * LANE_HEIGHT + 2 };
    const cx = tickXs.get(e.event.id) ?? x(e.time);
    return {
      event: e,
      text: '',
      major: false,
      placement: { id: e.event.id, lane: -1, start: cx - TICK_WIDTH / 2, end: cx + TICK_WIDTH / 2, flipped: false },
      x: x(e.time),
      top: height - TICK_ROW + 1,
    };
  });
  return { labels, numbered, count, height };
}

/** Half the thickness of a frontier line's box, px: the widest stroke (2.5 px) and a pixel either side. */
const LINE_HALF_WIDTH = 2;

type Corner = readonly [x: number, y: number];

/**
 * The corners of a step line, in px: from the first step, across to each next step's date then up (or
 * down) to its value, and across to `lineEnd`. Moves alternate across and up, starting and ending across.
 */
function stepCorners(steps: ReadonlyArray<{ time: number; value: number }>, lineEnd: number, x: (time: number) => number, y: (value: number) => number): Corner[] {
  if (steps.length === 0) return [];
  const corners: Corner[] = [[x(steps[0]!.time), y(steps[0]!.value)]];
  for (const s of steps.slice(1)) {
    const [, cy] = corners[corners.length - 1]!;
    corners.push([x(s.time), cy], [x(s.time), y(s.value)]);
  }
  const [, lastY] = corners[corners.length - 1]!;
  corners.push([x(Math.max(lineEnd, steps[steps.length - 1]!.time)), lastY]);
  return corners;
}

/** The SVG path through the corners: `M x,y`, then `H x` and `V y` in turn. */
function stepPath(corners: readonly Corner[]): string {
  return corners.map(([cx, cy], i) => (i === 0 ? `M${px(cx)},${px(cy)}` : i % 2 === 1 ? `H${px(cx)}` : `V${px(cy)}`)).join('');
}

/** The boxes a step line covers (the path `lines` draws), one per segment, LINE_HALF_WIDTH px either side of it. */
export function stepSegments(
  steps: ReadonlyArray<{ time: number; value: number }>,
  lineEnd: number,
  x: (time: number) => number,
  y: (value: number) => number,
): Box[] {
  const corners = stepCorners(steps, lineEnd, x, y);
  return corners.slice(1).map(([bx, by], i) => {
    const [ax, ay] = corners[i]!;
    return { left: Math.min(ax, bx) - (ax === bx ? LINE_HALF_WIDTH : 0), right: Math.max(ax, bx) + (ax === bx ? LINE_HALF_WIDTH : 0), top: Math.min(ay, by) - (ay === by ? LINE_HALF_WIDTH : 0), bottom: Math.max(ay, by) + (ay === by ? LINE_HALF_WIDTH : 0) };
  });
}

/** The whole layout. `width` 0 (not measured yet) gives an empty layout of the default height. */
export function layoutFrontier(input: FrontierLayoutInput): FrontierLayout {
  const { width, selection, domain, yDomain, reportTime, events, textWidth, endLabel } = input;
  const narrow = width > 0 && width < NARROW_PX;
  const plotHeight = narrow ? 280 : 340;
  // The right margin holds the frontier labels ("CN open 89"): as wide as the widest one needs.
  const endLabelWidth = Math.max(0, ...selection.lines.map((l) => textWidth(endLabel(l.region, l.kind, 100), { sizePx: 12, weight: 600 })));
  const margins = chartMargins(width);
  const left = margins.left;
  const right = Math.max(left + 10, width - Math.max(margins.right, Math.ceil(endLabelWidth) + 16));
  const x = scaleLinear().domain([domain[0], domain[1]]).range([left, right]);

  const inDomain = events.filter((e) => e.time >= domain[0] && e.time <= domain[1]);
  const outside = { before: events.filter((e) => e.time < domain[0]), after: events.filter((e) => e.time > domain[1]) };
  const lanes = width === 0 ? { labels: [], numbered: false, count: 0, height: 8 } : layoutEventLabels(input, inDomain, x);

  const top = lanes.height;
  const bottom = top + plotHeight;
  const y = scaleLinear().domain([yDomain[0], yDomain[1]]).range([bottom, top]);

  const n = selection.points.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const markerInputs = selection.points.map((p, i) => {
    xs[i] = x(p.time);
    ys[i] = y(p.value);
    return { region: p.region, x: xs[i]!, y: ys[i]! };
  });

  const drawn = selection.lines.filter((l) => l.steps.length > 0);
  const lines = drawn.map((l) => ({ key: `${l.region}-${l.kind}`, region: l.region, kind: l.kind, d: stepPath(stepCorners(l.steps, selection.lineEnd, x, y)) }));

  const lineEnd = Math.min(domain[1], selection.lineEnd);
  let endLabels: FrontierLayout['endLabels'] = [];
  if (lineEnd > domain[0]) {
    const wanted = selection.lines.flatMap((l) => {
      const v = frontierAt(l.steps, lineEnd);
      return v === null ? [] : [{ id: `${l.region}-${l.kind}`, region: l.region, kind: l.kind, text: endLabel(l.region, l.kind, v), y: y(v) }];
    });
    // 12 px bold text is about 15 px tall: keep 16 px between label centres.
    const spread = spreadLabels(wanted, 16, [top + 8, bottom - 8]);
    endLabels = wanted.map((w) => ({ ...w, x: x(lineEnd) + 10, y: spread.get(w.id) ?? w.y }));
  }

  const gaps = selection.gap
    .filter((g) => g.us !== g.cn)
    .map((g) => ({
      key: `${g.start}`,
      lead: g.us > g.cn ? ('us' as const) : ('cn' as const),
      x: x(g.start),
      w: Math.max(0, x(g.end) - x(g.start)),
      y: y(Math.max(g.us, g.cn)),
      h: Math.abs(y(g.us) - y(g.cn)),
    }));

  const reportX = x(reportTime);
  const report = reportTime > domain[0] && reportTime < domain[1] ? { x: reportX, showLabel: right - reportX > textWidth(input.afterReportLabel, { sizePx: 11 }) + 8 } : null;

  const plotBox = { left, right, top, bottom };
  const avoid: Box[] = endLabels.map((l) => ({ left: l.x - 2, right: l.x + textWidth(l.text, { sizePx: 12, weight: 600 }) + 2, top: l.y - 9, bottom: l.y + 9 }));
  if (report?.showLabel) avoid.push({ left: report.x, right, top: bottom - 20, bottom });
  const byId = new Map(selection.points.map((p, i) => [p.id, i]));
  const wantedLabels = width === 0 ? [] : frontierLabelOrder(selection.points, selection.lines.filter((l) => l.kind === 'all')).map((id) => {
    const i = byId.get(id)!;
    const p = selection.points[i]!;
    return { id: p.id, x: xs[i]!, y: ys[i]!, width: textWidth(p.name, { sizePx: POINT_LABEL_PX, weight: 600 }) + 2, height: POINT_LABEL_PX + 3 };
  });
  // A label keeps clear of the line-end labels and the after-report note, and covers as few markers as it can.
  const markerRadius = MARKER_SIZE / 2 + 1;
  const marks: Mark[] = selection.points.map((p, i) => ({ id: p.id, box: boxAround(xs[i]!, ys[i]!, markerRadius) }));
  // A frontier line along a name strikes it through: about as bad as covering a marker (a 4 px line covers
  // a quarter of a 15 px tall name's box); a line across a name costs little.
  for (const l of drawn) {
    const segments = stepSegments(l.steps, selection.lineEnd, x, y);
    segments.forEach((box, k) => marks.push({ id: `line:${l.region}-${l.kind}:${k}`, box, weight: 4, measure: 'share' }));
  }
  const pointLabels = placePointLabels(wantedLabels, { bounds: plotBox, spots: frontierLabelSpots(markerRadius), block: avoid, marks, markCost: 'count' }).map((l) => {
    const p = selection.points[byId.get(l.id)!]!;
    return { id: l.id, region: p.region, text: p.name, x: l.textX, y: (l.box.top + l.box.bottom) / 2, anchor: l.anchor, box: l.box };
  });

  return {
    width,
    height: bottom + BOTTOM_MARGIN,
    narrow,
    plot: { left, right, top, bottom, height: plotHeight },
    x,
    y,
    xTicks: timeTicks(domain, Math.max(2, Math.floor((right - left) / PX_PER_TIME_TICK))).map((t) => ({ ...t, x: x(t.time) })),
    yTicks: indexTicks(yDomain, indexTickCount(plotHeight)).map((value) => ({ value, y: y(value) })),
    lanes,
    outside,
    points: { xs, ys, layers: markerLayers(markerInputs, MARKER_SIZE) },
    lines,
    endLabels,
    gaps,
    report,
    pointLabels,
  };
}
