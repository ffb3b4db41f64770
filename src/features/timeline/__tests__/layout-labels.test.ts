import { describe, expect, it } from 'vitest';
import { layoutLanes, nearestPoint, spreadLabels, type LanePlacement } from '../lib/layout-labels';

/** A seeded generator, so a failure can be replayed. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function overlaps(placements: LanePlacement[], gap: number): string[] {
  const bad: string[] = [];
  for (const a of placements)
    for (const b of placements)
      if (a.id < b.id && a.lane === b.lane && a.start < b.end + gap && b.start < a.end + gap) bad.push(`${a.id}/${b.id} in lane ${a.lane}`);
  return bad;
}

describe('layoutLanes', () => {
  it('keeps labels that fit side by side in one lane', () => {
    const { placements, laneCount } = layoutLanes(
      [
        { id: 'a', x: 0, width: 50 },
        { id: 'b', x: 60, width: 50 },
      ],
      { left: 0, right: 400, gap: 4 },
    );
    expect(laneCount).toBe(1);
    expect(placements.map((p) => p.lane)).toEqual([0, 0]);
  });

  it('moves a label up when it would touch the one before it either way', () => {
    const { placements, laneCount } = layoutLanes(
      [
        { id: 'a', x: 0, width: 50 },
        { id: 'b', x: 52, width: 50 },
        { id: 'c', x: 120, width: 50 },
      ],
      { left: 0, right: 400, gap: 4 },
    );
    expect(laneCount).toBe(2);
    expect(Object.fromEntries(placements.map((p) => [p.id, p.lane]))).toEqual({ a: 0, b: 1, c: 0 });
  });

  it('flips a label to end at its marker when running right would cover the next marker', () => {
    const { placements, laneCount } = layoutLanes(
      [
        { id: 'a', x: 100, width: 50 },
        { id: 'b', x: 120, width: 50 },
      ],
      { left: 0, right: 400, gap: 4 },
    );
    expect(laneCount).toBe(1);
    expect(placements).toEqual([
      { id: 'a', lane: 0, start: 50, end: 100, flipped: true },
      { id: 'b', lane: 0, start: 120, end: 170, flipped: false },
    ]);
  });

  it('prefers layouts where no marker line passes behind a lower label', () => {
    // Two markers 2 px apart need two lanes; the upper label's line must not run behind the lower label.
    const { placements, laneCount } = layoutLanes(
      [
        { id: 'a', x: 100, width: 80 },
        { id: 'b', x: 102, width: 80 },
      ],
      { left: 0, right: 400, gap: 4 },
    );
    expect(laneCount).toBe(2);
    const [lower, upper] = [...placements].sort((p, q) => p.lane - q.lane);
    const upperX = upper!.id === 'a' ? 100 : 102;
    expect(upperX < lower!.start - 1 || upperX > lower!.end + 1).toBe(true);
  });

  it('always touches its marker when it fits on one side', () => {
    const { placements } = layoutLanes(
      [
        { id: 'a', x: 30, width: 60 },
        { id: 'b', x: 380, width: 60 },
      ],
      { left: 0, right: 400, gap: 4 },
    );
    expect(placements.map((p) => (p.flipped ? p.end : p.start))).toEqual([30, 380]);
  });

  it('flips a label at the right edge to end at its marker', () => {
    const { placements } = layoutLanes([{ id: 'a', x: 390, width: 60 }], { left: 0, right: 400, gap: 4 });
    expect(placements[0]).toMatchObject({ start: 330, end: 390, flipped: true });
  });

  it('keeps a label wider than the space at the left edge', () => {
    const { placements } = layoutLanes([{ id: 'a', x: 10, width: 900 }], { left: 0, right: 300, gap: 4 });
    expect(placements[0]).toMatchObject({ start: 0, end: 300 });
  });

  it('does not depend on the order of the input', () => {
    const items = [
      { id: 'a', x: 10, width: 80 },
      { id: 'b', x: 30, width: 40 },
      { id: 'c', x: 100, width: 40 },
    ];
    const one = layoutLanes(items, { left: 0, right: 300, gap: 4 });
    const two = layoutLanes([...items].reverse(), { left: 0, right: 300, gap: 4 });
    expect(two).toEqual(one);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('never overlaps two labels in a lane, and stays in bounds (random layout %i)', (seed) => {
    const rand = prng(seed);
    const pxPerMs = (200 + rand() * 1200) / (3 * 365 * 86_400_000);
    const t0 = Date.UTC(2022, 6, 1);
    const items = Array.from({ length: 5 + Math.floor(rand() * 30) }, (_, i) => ({
      id: `e${String(i).padStart(2, '0')}`,
      x: (Date.UTC(2022, 6, 1) + rand() * 3 * 365 * 86_400_000 - t0) * pxPerMs,
      width: 14 + rand() * 110,
    }));
    const right = 3 * 365 * 86_400_000 * pxPerMs;
    const { placements, laneCount } = layoutLanes(items, { left: 0, right, gap: 6 });
    expect(placements).toHaveLength(items.length);
    expect(overlaps(placements, 6)).toEqual([]);
    for (const p of placements) {
      expect(p.start).toBeGreaterThanOrEqual(0);
      expect(p.end).toBeLessThanOrEqual(right + 1e-9);
      expect(p.lane).toBeLessThan(laneCount);
    }
  });
});

describe('spreadLabels', () => {
  it('leaves labels that are far apart where they are', () => {
    const ys = spreadLabels(
      [
        { id: 'us', y: 40 },
        { id: 'cn', y: 100 },
      ],
      14,
      [0, 300],
    );
    expect([ys.get('us'), ys.get('cn')]).toEqual([40, 100]);
  });

  it('pushes close labels apart around their middle', () => {
    const ys = spreadLabels(
      [
        { id: 'us', y: 50 },
        { id: 'cn', y: 53 },
      ],
      14,
      [0, 300],
    );
    expect(ys.get('cn')! - ys.get('us')!).toBeGreaterThanOrEqual(14);
    expect((ys.get('us')! + ys.get('cn')!) / 2).toBeCloseTo(51.5 + 0, 0);
  });

  it('keeps labels inside the bounds when there is room', () => {
    const ys = spreadLabels(
      [
        { id: 'a', y: 298 },
        { id: 'b', y: 299 },
        { id: 'c', y: 300 },
      ],
      14,
      [0, 300],
    );
    const values = ['a', 'b', 'c'].map((id) => ys.get(id)!);
    expect(Math.max(...values)).toBeLessThanOrEqual(300);
    expect(values[1]! - values[0]!).toBeGreaterThanOrEqual(14);
    expect(values[2]! - values[1]!).toBeGreaterThanOrEqual(14);
  });
});

describe('nearestPoint', () => {
  it('finds the closest point within reach, or none', () => {
    const xs = [0, 10, 20];
    const ys = [0, 0, 0];
    expect(nearestPoint(xs, ys, 11, 1, 5)).toBe(1);
    expect(nearestPoint(xs, ys, 50, 50, 5)).toBe(-1);
  });
});
