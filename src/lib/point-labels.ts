/**
 * Names beside the points of a chart without collisions: the one greedy placer every chart uses (the
 * frontier chart, the chips figure, the price scatter, the lab charts). Labels are placed in the order
 * given, the most important first. Each tries the spots its caller lists around its point, in order of
 * preference, skips those that break a rule (past the plot's edge, touching a box it must keep clear
 * of), and takes the first that costs nothing, else the cheapest (covering other points' marks, or other
 * labels, where the caller allows that at a cost). A label with no allowed spot is left out: the caller
 * names it some other way (the tooltip, the table). Pure and deterministic.
 */

/** A box in px, by its edges. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Whether two boxes overlap, or come within `pad` px of each other (a negative `pad` lets them overlap by that much). */
export const overlaps = (a: Box, b: Box, pad = 0) => a.left < b.right + pad && b.left < a.right + pad && a.top < b.bottom + pad && b.top < a.bottom + pad;

/** The area two boxes share, px². */
export const overlapArea = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/** Whether `a` lies wholly within `b`. */
export const within = (a: Box, b: Box) => a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;

/** The baseline of a line of text whose line box is `box`: about 0.8 of its height down. */
export const textBaseline = (box: Box) => box.top + (box.bottom - box.top) * 0.8;

/** The square of half-size `r` around a point: a marker's box. */
export const boxAround = (x: number, y: number, r: number): Box => ({ left: x - r, top: y - r, right: x + r, bottom: y + r });

export interface PointLabelInput {
  id: string;
  /** The point's centre, px. */
  x: number;
  y: number;
  /** The text's box, px. */
  width: number;
  height: number;
}

/** One place a label may go, relative to its point. */
export interface Spot {
  /** Right of the point (the box starts `dx` px right of it), left of it (the box ends `dx` px left of it), or centred on it. */
  side: 'right' | 'left' | 'centre';
  dx: number;
  /** Above the point (the box ends `dy` px above it), below it (the box starts `dy` px below it), or level with it. */
  level: 'above' | 'level' | 'below';
  dy: number;
  /** Away from its point: the caller draws a leader line to it. */
  far?: boolean;
}

/** A point's mark, which other points' labels had better not cover. */
export interface Mark {
  /** The point's id: its own label does not count it. */
  id: string;
  box: Box;
  /** What covering it costs, relative to a point's mark counted by `markCost: 'count'` (1, the default). */
  weight?: number;
  /**
   * How covering it is counted: by the options' `markCost` (the default), or by the share of the label's
   * box it covers (`share`: a line along a name strikes it through, one across it barely shows).
   */
  measure?: 'share';
}

export interface PlaceOptions {
  /** The plot's edges. */
  bounds: Box;
  /** The spots to try, in order of preference: the same for every label, or per label. */
  spots: readonly Spot[] | ((label: PointLabelInput) => readonly Spot[]);
  /** A spot past the bounds: skipped (`skip`, the default) or slid back inside at a cost of 0.01 per px moved (`slide`). */
  edges?: 'skip' | 'slide';
  /** Boxes no label may touch (markers, line-end labels, a note): a spot within `blockPad` px of one is skipped. */
  block?: readonly Box[];
  blockPad?: number;
  /** Marks a label may cover at a cost: 1 for each mark covered (`count`, the default) or 1 per px² covered (`area`). */
  marks?: readonly Mark[];
  markCost?: 'count' | 'area';
  /**
   * The labels placed before: a spot within `pad` px of one is skipped (`block`, the default), or may
   * overlap one at a cost of `weight` per px² (`area`).
   */
  labels?: { rule: 'block'; pad?: number } | { rule: 'area'; weight: number };
}

export interface PlacedPointLabel {
  id: string;
  /** The text's box, px. */
  box: Box;
  /** SVG's text-anchor for the text and the x it anchors at (the box's left edge, centre or right edge). */
  anchor: 'start' | 'middle' | 'end';
  textX: number;
  /** The spot it took. */
  spot: Spot;
}

const ANCHOR = { right: 'start', centre: 'middle', left: 'end' } as const;

/** The box a label takes at a spot around its point. */
export function spotBox(label: PointLabelInput, spot: Spot): Box {
  const { x, y, width: w, height: h } = label;
  const left = spot.side === 'right' ? x + spot.dx : spot.side === 'left' ? x - spot.dx - w : x - w / 2;
  const top = spot.level === 'above' ? y - spot.dy - h : spot.level === 'below' ? y + spot.dy : y - h / 2;
  return { left, top, right: left + w, bottom: top + h };
}

/** Places `labels` in the order given; returns those placed, in that order. */
export function placePointLabels(labels: readonly PointLabelInput[], opts: PlaceOptions): PlacedPointLabel[] {
  const { bounds, edges = 'skip', block = [], blockPad = 0, marks = [], markCost = 'count' } = opts;
  const rule = opts.labels ?? { rule: 'block' };
  const placed: PlacedPointLabel[] = [];
  for (const label of labels) {
    const { width: w, height: h } = label;
    const spots = typeof opts.spots === 'function' ? opts.spots(label) : opts.spots;
    let best: { box: Box; spot: Spot; cost: number } | null = null;
    for (const spot of spots) {
      const wanted = spotBox(label, spot);
      let box = wanted;
      if (edges === 'slide') {
        const left = Math.min(Math.max(wanted.left, bounds.left), bounds.right - w);
        const top = Math.min(Math.max(wanted.top, bounds.top), bounds.bottom - h);
        box = { left, top, right: left + w, bottom: top + h };
      } else if (!within(wanted, bounds)) continue;
      if (block.some((b) => overlaps(box, b, blockPad))) continue;
      let cost = 0;
      if (rule.rule === 'block') {
        const pad = rule.pad ?? 0;
        if (placed.some((p) => overlaps(box, p.box, pad))) continue;
      } else for (const p of placed) cost += overlapArea(box, p.box) * rule.weight;
      for (const m of marks) {
        if (m.id === label.id) continue;
        const covered = m.measure === 'share' ? (w * h > 0 ? overlapArea(box, m.box) / (w * h) : 0) : markCost === 'area' ? overlapArea(box, m.box) : overlaps(box, m.box) ? 1 : 0;
        cost += (m.weight ?? 1) * covered;
      }
      // Sliding in from the wanted spot moves the name off its point: a small cost of its own.
      cost += (Math.abs(box.left - wanted.left) + Math.abs(box.top - wanted.top)) * 0.01;
      if (!best || cost < best.cost - 1e-9) best = { box, spot, cost };
      if (cost === 0) break;
    }
    if (!best) continue;
    const { box, spot } = best;
    const anchor = ANCHOR[spot.side];
    placed.push({ id: label.id, box, anchor, textX: anchor === 'start' ? box.left : anchor === 'end' ? box.right : (box.left + box.right) / 2, spot });
  }
  return placed;
}

/**
 * The scatter charts' rule (the price scatter, the lab charts): every label is placed, each in the spot
 * right of its point, then left, above then level then below, `radius + gap` px out, slid back inside
 * the plot where it would cross an edge, and covering as little as it can of other points' marks
 * (squares of half-size `radius`) and, four times as dear, of the labels placed before it.
 */
export function placeScatterLabels(
  labels: readonly PointLabelInput[],
  opts: { bounds: Box; points: ReadonlyArray<{ id: string; x: number; y: number }>; radius: number; gap?: number },
): PlacedPointLabel[] {
  const { bounds, points, radius, gap = 4 } = opts;
  const d = radius + gap;
  const spots: Spot[] = (['above', 'level', 'below'] as const).flatMap((level) =>
    (['right', 'left'] as const).map((side) => ({ side, dx: d, level, dy: level === 'level' ? 0 : gap })),
  );
  const marks = points.map((p) => ({ id: p.id, box: boxAround(p.x, p.y, radius) }));
  return placePointLabels(labels, { bounds, spots, edges: 'slide', marks, markCost: 'area', labels: { rule: 'area', weight: 4 } });
}
