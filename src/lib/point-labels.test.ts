import { describe, expect, it } from 'vitest';
import { boxAround, overlapArea, overlaps, placePointLabels, placeScatterLabels, spotBox, textBaseline, within, type Box, type Spot } from './point-labels';

const bounds: Box = { left: 0, top: 0, right: 300, bottom: 200 };
const label = (id: string, x: number, y: number, width = 40, height = 14) => ({ id, x, y, width, height });
const right: Spot = { side: 'right', dx: 8, level: 'level', dy: 0 };
const left: Spot = { side: 'left', dx: 8, level: 'level', dy: 0 };
const above: Spot = { side: 'centre', dx: 0, level: 'above', dy: 8 };
const allApart = (boxes: readonly Box[]) => boxes.every((a, i) => boxes.every((b, j) => j <= i || !overlaps(a, b)));

describe('box geometry', () => {
  it('overlaps: touching edges do not overlap; a pad widens the test, a negative pad narrows it', () => {
    const a = { left: 0, top: 0, right: 10, bottom: 10 };
    expect(overlaps(a, { left: 10, top: 0, right: 20, bottom: 10 })).toBe(false);
    expect(overlaps(a, { left: 11, top: 0, right: 20, bottom: 10 }, 2)).toBe(true);
    expect(overlaps(a, { left: 9.6, top: 0, right: 20, bottom: 10 }, -0.5)).toBe(false);
    expect(overlapArea(a, { left: 5, top: 5, right: 20, bottom: 20 })).toBe(25);
    expect(overlapArea(a, { left: 10, top: 0, right: 20, bottom: 10 })).toBe(0);
    expect(within(a, bounds)).toBe(true);
    expect(within({ ...a, left: -1 }, bounds)).toBe(false);
    expect(boxAround(50, 60, 5)).toEqual({ left: 45, top: 55, right: 55, bottom: 65 });
    expect(textBaseline({ left: 0, top: 10, right: 40, bottom: 20 })).toBe(18);
  });

  it('spotBox puts the box beside, above, below or centred on the point', () => {
    const l = label('a', 100, 100, 40, 10);
    expect(spotBox(l, right)).toEqual({ left: 108, top: 95, right: 148, bottom: 105 });
    expect(spotBox(l, left)).toEqual({ left: 52, top: 95, right: 92, bottom: 105 });
    expect(spotBox(l, above)).toEqual({ left: 80, top: 82, right: 120, bottom: 92 });
    expect(spotBox(l, { side: 'right', dx: 3, level: 'below', dy: 4 })).toEqual({ left: 103, top: 104, right: 143, bottom: 114 });
  });
});

describe('placePointLabels', () => {
  it('takes the first spot that is free, and anchors the text at the side next to its point', () => {
    const [a, b, c] = placePointLabels([label('a', 50, 100), label('b', 290, 50), label('c', 150, 150)], { bounds, spots: [right, left, above] });
    expect(a).toMatchObject({ anchor: 'start', textX: 58, spot: right });
    // Near the right edge the right spot is past the plot: the name runs leftwards.
    expect(b).toMatchObject({ anchor: 'end', textX: 282, spot: left });
    expect(c!.box.left).toBe(158);
  });

  it('a centred spot is anchored in the middle, at its point', () => {
    const [a] = placePointLabels([label('a', 100, 100)], { bounds, spots: [above] });
    expect(a).toMatchObject({ anchor: 'middle', textX: 100 });
  });

  it('skips spots that touch a blocked box, within the pad', () => {
    const block = [{ left: 150, top: 90, right: 160, bottom: 110 }];
    // The right spot ends at 148: clear of the box, but not of it padded by 3.
    expect(placePointLabels([label('a', 100, 100)], { bounds, spots: [right, left], block })[0]!.spot).toBe(right);
    expect(placePointLabels([label('a', 100, 100)], { bounds, spots: [right, left], block, blockPad: 3 })[0]!.spot).toBe(left);
  });

  it('leaves out a label with no allowed spot, and keeps the order given (the first gets the best spot)', () => {
    const placed = placePointLabels([label('a', 100, 100), label('b', 100, 100), label('c', 100, 100)], { bounds, spots: [right, left] });
    expect(placed.map((p) => [p.id, p.spot])).toEqual([
      ['a', right],
      ['b', left],
    ]);
  });

  it('keeps labels `pad` px apart when the labels rule blocks', () => {
    // a's right spot ends at 148; b's starts at 150, 2 px after it; b's left spot would cover a's.
    const labels = [label('a', 100, 100), label('b', 142, 100)];
    expect(placePointLabels(labels, { bounds, spots: [right, left] }).map((p) => p.spot)).toEqual([right, right]);
    expect(placePointLabels(labels, { bounds, spots: [right, left], labels: { rule: 'block', pad: 2 } }).map((p) => p.spot)).toEqual([right, right]);
    expect(placePointLabels(labels, { bounds, spots: [right, left], labels: { rule: 'block', pad: 3 } }).map((p) => p.id)).toEqual(['a']);
  });

  it('prefers the spot covering the fewest marks, never counting its own point', () => {
    const marks = [
      { id: 'a', box: boxAround(100, 100, 5) },
      { id: 'm', box: boxAround(125, 100, 5) },
    ];
    const [a] = placePointLabels([label('a', 100, 100)], { bounds, spots: [right, left], marks });
    expect(a!.spot).toBe(left);
    // When every spot covers a mark, it takes the one covering fewest, the first of equals.
    const crowd = [...marks, { id: 'n', box: boxAround(75, 100, 5) }];
    expect(placePointLabels([label('a', 100, 100)], { bounds, spots: [right, left], marks: crowd })[0]!.spot).toBe(right);
  });

  it('by area, a spot covering a mark a little beats one covering it a lot', () => {
    const marks = [
      { id: 'm', box: { left: 140, top: 90, right: 200, bottom: 110 } }, // covers 8 px of the right spot's width
      { id: 'n', box: { left: 40, top: 90, right: 90, bottom: 110 } }, // covers 38 px of the left spot's
    ];
    expect(placePointLabels([label('a', 100, 100)], { bounds, spots: [left, right], marks, markCost: 'area' })[0]!.spot).toBe(right);
    expect(placePointLabels([label('a', 100, 100)], { bounds, spots: [left, right], marks, markCost: 'count' })[0]!.spot).toBe(left);
  });

  it('weighs a mark by its weight; one measured by share costs the part of the label it covers', () => {
    // A line (4 px tall) along the right spot strikes the name through; one across the left spot barely touches it.
    const along = { id: 'line-along', box: { left: 100, top: 98, right: 200, bottom: 102 }, weight: 4, measure: 'share' as const };
    const across = { id: 'line-across', box: { left: 70, top: 0, right: 74, bottom: 200 }, weight: 4, measure: 'share' as const };
    const [a] = placePointLabels([label('a', 100, 100)], { bounds, spots: [right, left], marks: [along, across] });
    expect(a!.spot).toBe(left);
    // Along: 40 x 4 of a 40 x 14 box, times 4, costs more than a marker (1); across: 4 x 14 of it, times 4, less.
    const marker = { id: 'm', box: boxAround(60, 100, 3) };
    const [b] = placePointLabels([label('a', 100, 100)], { bounds, spots: [right, left], marks: [along, marker] });
    expect(b!.spot).toBe(left);
    const [c] = placePointLabels([label('a', 100, 100)], { bounds, spots: [right, left], marks: [across, { ...marker, box: boxAround(120, 100, 3) }] });
    expect(c!.spot).toBe(left);
    // A weight scales a counted mark: two marks of weight 0.25 cost less than one of weight 1.
    const light = (id: string, x: number) => ({ id, box: boxAround(x, 100, 3), weight: 0.25 });
    const [d] = placePointLabels([label('a', 100, 100)], { bounds, spots: [right, left], marks: [light('p', 120), light('q', 130), { id: 'r', box: boxAround(70, 100, 3) }] });
    expect(d!.spot).toBe(right);
  });

  it('slides a spot past the edge back inside instead of skipping it', () => {
    const [a] = placePointLabels([label('a', 290, 100)], { bounds, spots: [right], edges: 'slide' });
    expect(a!.box).toEqual({ left: 260, top: 93, right: 300, bottom: 107 });
    expect(a!.anchor).toBe('start');
    expect(placePointLabels([label('a', 290, 100)], { bounds, spots: [right] })).toEqual([]);
  });

  it('with the labels rule by area, every label is placed, overlapping where it must', () => {
    const placed = placePointLabels([label('a', 100, 100), label('b', 100, 100)], { bounds, spots: [right], labels: { rule: 'area', weight: 4 } });
    expect(placed).toHaveLength(2);
  });
});

describe('placeScatterLabels (the price scatter and the lab charts)', () => {
  const plot = { left: 48, top: 12, right: 300, bottom: 320 };

  it('puts a lone label above and to the right of its point', () => {
    const [p] = placeScatterLabels([label('a', 100, 200, 60)], { bounds: plot, points: [{ id: 'a', x: 100, y: 200 }], radius: 6 });
    expect(p!.anchor).toBe('start');
    expect(p!.box).toEqual({ left: 110, top: 182, right: 170, bottom: 196 });
  });

  it('two names at nearly the same place do not overlap, and nothing leaves the plot (DeepSeek-R1 and o1 at 360 px)', () => {
    const points = [
      { id: 'r1', x: 140, y: 80 },
      { id: 'o1', x: 285, y: 75 },
      { id: 'x', x: 165, y: 80 },
      { id: 'y', x: 286, y: 100 },
    ];
    const placed = placeScatterLabels([label('r1', 140, 80, 78), label('o1', 285, 75, 14)], { bounds: plot, points, radius: 6 });
    expect(placed).toHaveLength(2);
    expect(overlaps(placed[0]!.box, placed[1]!.box)).toBe(false);
    for (const p of placed) {
      expect(within(p.box, plot)).toBe(true);
      for (const m of points) if (m.id !== p.id) expect(overlaps(p.box, boxAround(m.x, m.y, 6))).toBe(false);
    }
    // o1 is at the right edge: its name runs leftwards.
    expect(placed[1]!.anchor).toBe('end');
  });

  it('a crowd of labels: none overlaps another when there is room', () => {
    const points = Array.from({ length: 5 }, (_, i) => ({ id: `p${i}`, x: 70 + i * 55, y: 150 + (i % 2) * 6 }));
    const placed = placeScatterLabels(points.map((p) => label(p.id, p.x, p.y, 50)), { bounds: plot, points, radius: 6 });
    expect(placed).toHaveLength(5);
    expect(allApart(placed.map((p) => p.box))).toBe(true);
  });

  it('names every point even when there is no room, inside the plot (the lab charts then drop the clashing ones)', () => {
    const points = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, x: 60 + (i % 4) * 6, y: 20 + Math.floor(i / 4) * 6 }));
    const placed = placeScatterLabels(points.map((p) => label(p.id, p.x, p.y, 80)), { bounds: plot, points, radius: 6 });
    expect(placed).toHaveLength(12);
    for (const p of placed) expect(within(p.box, plot)).toBe(true);
    expect(allApart(placed.map((p) => p.box))).toBe(false);
  });
});
