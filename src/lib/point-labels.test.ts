import { describe, expect, it } from 'vitest';
import { placePointLabels, type LabelBox } from './point-labels';

const overlaps = (a: LabelBox, b: LabelBox) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const bounds = { left: 48, top: 12, right: 300, bottom: 320 };

describe('placePointLabels', () => {
  it('puts a lone label above and to the right of its point', () => {
    const [p] = placePointLabels([{ id: 'a', x: 100, y: 200, width: 60, height: 14 }], { bounds, points: [{ id: 'a', x: 100, y: 200 }], radius: 6 });
    expect(p!.anchor).toBe('start');
    expect(p!.box.x).toBeGreaterThan(100);
    expect(p!.box.y + p!.box.height).toBeLessThanOrEqual(200);
  });

  it('two names at nearly the same place do not overlap, and nothing leaves the plot (DeepSeek-R1 and o1 at 360 px)', () => {
    const points = [
      { id: 'r1', x: 140, y: 80 },
      { id: 'o1', x: 285, y: 75 },
      { id: 'x', x: 165, y: 80 },
      { id: 'y', x: 286, y: 100 },
    ];
    const labels = [
      { id: 'r1', x: 140, y: 80, width: 78, height: 14 },
      { id: 'o1', x: 285, y: 75, width: 14, height: 14 },
    ];
    const placed = placePointLabels(labels, { bounds, points, radius: 6 });
    expect(overlaps(placed[0]!.box, placed[1]!.box)).toBe(false);
    for (const p of placed) {
      expect(p.box.x).toBeGreaterThanOrEqual(bounds.left);
      expect(p.box.x + p.box.width).toBeLessThanOrEqual(bounds.right);
      for (const m of points) if (m.id !== p.id) expect(overlaps(p.box, { x: m.x - 6, y: m.y - 6, width: 12, height: 12 })).toBe(false);
    }
    // o1 is at the right edge: its name runs leftwards.
    expect(placed[1]!.anchor).toBe('end');
  });

  it('a crowd of labels: none overlaps another when there is room', () => {
    const points = Array.from({ length: 5 }, (_, i) => ({ id: `p${i}`, x: 70 + i * 55, y: 150 + (i % 2) * 6 }));
    const placed = placePointLabels(points.map((p) => ({ ...p, width: 50, height: 14 })), { bounds, points, radius: 6 });
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i]!.box, placed[j]!.box)).toBe(false);
  });
});
