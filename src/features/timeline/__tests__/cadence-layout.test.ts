import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../data/dataset-index';
import { CADENCE_HEIGHT, columnAt, countStep, countTicks, layoutCadence } from '../lib/cadence-layout';
import { selectCadence, selectFirstReasoning } from '../lib/select-cadence';
import { timelineDataset } from './timeline-fixture';

const index = buildDatasetIndex(timelineDataset());
const byReport = index.rows.filter((r) => !r.afterReport);
const { quarters } = selectCadence(byReport, selectFirstReasoning(byReport));

describe('countTicks', () => {
  it('steps in whole round numbers from 0 to at least the largest count, about five ticks', () => {
    expect(countTicks(15)).toEqual([0, 4, 8, 12, 16]);
    expect(countTicks(16)).toEqual([0, 4, 8, 12, 16]);
    expect(countTicks(4)).toEqual([0, 1, 2, 3, 4]);
    expect(countTicks(1)).toEqual([0, 1, 2, 3, 4]);
    expect(countTicks(38)).toEqual([0, 10, 20, 30, 40]);
    expect(countTicks(730)).toEqual([0, 200, 400, 600, 800]);
  });

  it('never gives a step of a fraction or a float’s rounding error', () => {
    for (let max = 1; max < 5000; max += 7) {
      const step = countStep(max);
      expect(Number.isInteger(step)).toBe(true);
      expect(step * 4).toBeGreaterThanOrEqual(max);
    }
  });
});

describe('layoutCadence', () => {
  const layout = layoutCadence(quarters, 934);

  it('gives each quarter an equal band and a bar inside it, labels in its middle', () => {
    expect(layout.height).toBe(CADENCE_HEIGHT);
    expect(layout.plot).toEqual({ left: 34, right: 926, top: 8, bottom: 254 });
    const band = (926 - 34) / quarters.length;
    layout.columns.forEach((c, i) => {
      expect(c.bandX).toBeCloseTo(34 + i * band);
      expect(c.bandWidth).toBeCloseTo(band);
      expect(c.barX).toBeGreaterThan(c.bandX);
      expect(c.barX + c.barWidth).toBeLessThan(c.bandX + c.bandWidth + 1);
      expect(c.x).toBeCloseTo(c.bandX + band / 2);
    });
  });

  it('stacks each quarter’s segments from the axis up to its total, in region order, reasoning above other', () => {
    const y = (v: number) => layout.plot.bottom - (v / layout.yTicks.at(-1)!.value) * (layout.plot.bottom - layout.plot.top);
    for (const c of layout.columns) {
      const counts = c.segments.map((s) => s.count);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(c.quarter.total);
      expect(c.segments.map((s) => s.key)).toEqual(
        ['usOther', 'usReasoning', 'cnOther', 'cnReasoning', 'otherOther', 'otherReasoning'].filter((k) => c.segments.some((s) => s.key === k)),
      );
      let bottom = layout.plot.bottom;
      for (const s of c.segments) {
        expect(s.y + s.height).toBeCloseTo(bottom);
        bottom = s.y;
      }
      if (c.segments.length > 0) expect(bottom).toBeCloseTo(y(c.quarter.total));
    }
  });

  it('puts the region marker only in segments big enough for it', () => {
    for (const s of layout.columns.flatMap((c) => c.segments)) expect(s.marker !== null).toBe(s.height >= 12);
  });

  it('names the year under Q1 and the first quarter only, and counts first reasoning models', () => {
    expect(layout.columns.map((c) => [c.quarterLabel, c.yearLabel])).toEqual(quarters.map((q, i) => [q.label.split(' ')[0], q.label.startsWith('Q1') || i === 0 ? q.label.split(' ')[1] : null]));
    expect(layout.columns.map((c) => c.firstCount)).toEqual(quarters.map((q) => q.firstReasoning.length));
  });

  it('finds the quarter under a pointer, none outside the plot', () => {
    expect(columnAt(layout, 10)).toBeNull();
    expect(columnAt(layout, 35)).toBe(0);
    expect(columnAt(layout, 925)).toBe(quarters.length - 1);
    expect(columnAt(layout, 930)).toBeNull();
  });

  it('is empty without quarters', () => {
    expect(layoutCadence([], 600).columns).toEqual([]);
  });
});
