/**
 * Labels beside markers without overlap: each label tries positions around its marker (right, left,
 * above, below, the diagonals, then the same a step further out) and takes the first that stays inside
 * the bounds and clears every marker and every label placed before it. Pure and deterministic.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LabelInput {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Half the marker's size: labels keep this far from the centre. */
  radius: number;
}

export interface PlacedLabel {
  id: string;
  box: Box;
  /** Where the text is anchored, as SVG's text-anchor and the baseline's y. */
  anchor: 'start' | 'middle' | 'end';
  textX: number;
  textY: number;
  /** Drawn away from its marker (the second ring): a leader line joins them. */
  leader: boolean;
}

export const overlaps = (a: Box, b: Box, pad = 0) => a.left < b.right + pad && b.left < a.right + pad && a.top < b.bottom + pad && b.top < a.bottom + pad;

function candidates(l: LabelInput, step: number): Array<{ box: Box; anchor: PlacedLabel['anchor'] }> {
  const gap = l.radius + 3 + step;
  const { x, y, width: w, height: h } = l;
  const at = (left: number, top: number, anchor: PlacedLabel['anchor']) => ({ box: { left, top, right: left + w, bottom: top + h }, anchor });
  return [
    at(x + gap, y - h / 2, 'start'),
    at(x - gap - w, y - h / 2, 'end'),
    at(x - w / 2, y - gap - h, 'middle'),
    at(x - w / 2, y + gap, 'middle'),
    at(x + gap * 0.7, y - gap * 0.7 - h, 'start'),
    at(x + gap * 0.7, y + gap * 0.7, 'start'),
    at(x - gap * 0.7 - w, y - gap * 0.7 - h, 'end'),
    at(x - gap * 0.7 - w, y + gap * 0.7, 'end'),
    at(x + gap, y - h * 1.5, 'start'),
    at(x + gap, y + h * 0.5, 'start'),
    at(x - gap - w, y - h * 1.5, 'end'),
    at(x - gap - w, y + h * 0.5, 'end'),
  ];
}

/**
 * Places labels in the given order (put the ones that matter most first). A label with no free
 * position is left out of the result (the caller names it some other way); none overlaps another.
 */
export function placeLabels(labels: readonly LabelInput[], bounds: Box, markers: readonly Box[]): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const inside = (b: Box) => b.left >= bounds.left && b.right <= bounds.right && b.top >= bounds.top && b.bottom <= bounds.bottom;
  for (const l of labels) {
    let chosen: PlacedLabel | null = null;
    for (const step of [0, 8, 18, 30, 44]) {
      for (const c of candidates(l, step)) {
        if (!inside(c.box)) continue;
        if (markers.some((m) => overlaps(c.box, m, 1))) continue;
        if (placed.some((p) => overlaps(c.box, p.box, 2))) continue;
        const textX = c.anchor === 'start' ? c.box.left : c.anchor === 'end' ? c.box.right : (c.box.left + c.box.right) / 2;
        chosen = { id: l.id, box: c.box, anchor: c.anchor, textX, textY: c.box.bottom - l.height * 0.25, leader: step > 0 };
        break;
      }
      if (chosen) break;
    }
    if (chosen) placed.push(chosen);
  }
  return placed;
}
