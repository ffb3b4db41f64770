/**
 * Names beside the points of a scatter without collisions: each label tries the spots around its point
 * (right or left, above, level or below) and takes the first that stays inside the plot and overlaps no
 * label placed before it and no other point; when none is free, the spot that overlaps least. Labels
 * are placed in the order given (the most important first). Pure and deterministic.
 */

export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PointLabel {
  id: string;
  /** The point's centre, px. */
  x: number;
  y: number;
  /** The text's size, px. */
  width: number;
  height: number;
}

export interface PlacedPointLabel {
  id: string;
  /** Where the text goes: its anchor point on the baseline, and which end of the text it is. */
  textX: number;
  baseline: number;
  anchor: 'start' | 'end';
  box: LabelBox;
}

export interface PointLabelOptions {
  /** The plot's edges: every label stays inside. */
  bounds: { left: number; top: number; right: number; bottom: number };
  /** Every point drawn (labelled or not), each a square of half-size `radius` around its centre. */
  points: ReadonlyArray<{ id: string; x: number; y: number }>;
  radius: number;
  /** Space between a point and its label. */
  gap?: number;
}

const overlap = (a: LabelBox, b: LabelBox) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

export function placePointLabels(labels: readonly PointLabel[], opts: PointLabelOptions): PlacedPointLabel[] {
  const { bounds, points, radius } = opts;
  const gap = opts.gap ?? 4;
  const marks = points.map((p) => ({ id: p.id, box: { x: p.x - radius, y: p.y - radius, width: 2 * radius, height: 2 * radius } }));
  const placed: PlacedPointLabel[] = [];
  for (const label of labels) {
    const { x, y, width: w, height: h } = label;
    const off = radius + gap;
    // Right then left, above then level then below: the order of preference.
    const spots: Array<{ left: number; top: number; anchor: 'start' | 'end' }> = [];
    for (const [dy, dx] of [
      [-off - h + radius, 1],
      [-off - h + radius, -1],
      [-h / 2, 1],
      [-h / 2, -1],
      [off - radius, 1],
      [off - radius, -1],
    ] as const) {
      spots.push(dx > 0 ? { left: x + off, top: y + dy, anchor: 'start' } : { left: x - off - w, top: y + dy, anchor: 'end' });
    }
    let best: { spot: (typeof spots)[number]; box: LabelBox; cost: number } | null = null;
    for (const spot of spots) {
      // Kept inside the plot: a spot past an edge slides back in (it may then cover something, and cost).
      const left = Math.min(Math.max(spot.left, bounds.left), bounds.right - w);
      const top = Math.min(Math.max(spot.top, bounds.top), bounds.bottom - h);
      const box = { x: left, y: top, width: w, height: h };
      let cost = 0;
      for (const p of placed) cost += overlap(box, p.box) * 4;
      for (const m of marks) if (m.id !== label.id) cost += overlap(box, m.box);
      // Sliding in from the preferred spot is a small cost of its own: it moves the name off its point.
      cost += (Math.abs(left - spot.left) + Math.abs(top - spot.top)) * 0.01;
      if (!best || cost < best.cost - 1e-9) best = { spot, box, cost };
      if (cost === 0) break;
    }
    const { box, spot } = best!;
    placed.push({
      id: label.id,
      textX: spot.anchor === 'start' ? box.x : box.x + w,
      // The baseline sits about 0.8 of the box's height down (the box is the text's line box).
      baseline: box.y + h * 0.8,
      anchor: spot.anchor,
      box,
    });
  }
  return placed;
}
