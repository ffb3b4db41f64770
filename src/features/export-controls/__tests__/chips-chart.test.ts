import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../data/dataset-index';
import { boxAround, overlaps, within } from '../../../lib/point-labels';
import { layoutChipPlot, MARKER_SIZE, selectChipPlot, shortChipName } from '../lib/chip-plot';
import { plotStatus } from '../lib/chip-status';
import { ruleThresholds } from '../lib/rule-thresholds';
import { exportDataset, makeChip } from './export-controls-fixture';
import { realIndex } from './real-dataset';
import { cardSpans } from '../lib/card-spans';

const index = realIndex();
const chip = (id: string) => index.data.chips.find((c) => c.id === id)!;

describe('a chip’s status under each rule', () => {
  it.each([
    ['a100-sxm4-80gb', 'controlled', 'controlled'],
    ['h100-sxm5', 'controlled', 'controlled'],
    ['a800-sxm', 'designed-to-fit', 'controlled'],
    ['h800-sxm', 'designed-to-fit', 'controlled'],
    ['h20', 'not-launched', 'designed-to-fit'],
    ['l20', 'not-launched', 'designed-to-fit'],
    ['l2', 'not-launched', 'designed-to-fit'],
    ['l40s', 'not-controlled', 'controlled'],
    ['l40', 'not-controlled', 'notify'],
    ['mi308x', 'not-launched', 'designed-to-fit'],
    ['ascend-910b', 'domestic', 'domestic'],
  ] as const)('%s: %s in October 2022, %s in October 2023', (id, in2022, in2023) => {
    expect(plotStatus(chip(id), 'oct-2022')).toBe(in2022);
    expect(plotStatus(chip(id), 'oct-2023')).toBe(in2023);
  });
});

describe('the rules’ thresholds, read from the dataset', () => {
  it('October 2022: TPP 4,800 with I/O 600 GB/s (not on this plane)', () => {
    const t = ruleThresholds(index.events, 'oct-2022')!;
    expect(t.event.event.id).toBe('2022-10-bis-advanced-computing-rule');
    expect(t.boxes).toEqual([{ kind: 'restricted', tppMin: 4800, tppMax: null, pdMin: null, pdMax: null }]);
    expect(t.ioGBs).toBe(600);
  });

  it('October 2023: 3A090.a and 3A090.b as boxes of TPP × performance density', () => {
    const t = ruleThresholds(index.events, 'oct-2023')!;
    expect(t.boxes).toEqual([
      { kind: 'restricted', tppMin: 4800, tppMax: null, pdMin: null, pdMax: null },
      { kind: 'restricted', tppMin: 1600, tppMax: 4800, pdMin: 5.92, pdMax: null },
      { kind: 'nac', tppMin: 2400, tppMax: 4800, pdMin: 1.6, pdMax: 5.92 },
      { kind: 'nac', tppMin: 1600, tppMax: 2400, pdMin: 3.2, pdMax: 5.92 },
    ]);
    expect(t.tppLines).toEqual([1600, 2400, 4800]);
    expect(t.pdLines).toEqual([1.6, 3.2, 5.92]);
  });

  it('agrees with every chip’s status in the data (controlled inside a box, not outside)', () => {
    const t = ruleThresholds(index.events, 'oct-2023')!;
    const inside = (tpp: number, pd: number) => t.boxes.find((b) => tpp >= b.tppMin && (b.tppMax === null || tpp < b.tppMax) && (b.pdMin === null || pd >= b.pdMin) && (b.pdMax === null || pd < b.pdMax))?.kind ?? null;
    for (const c of index.data.chips) {
      if (c.tpp === null || c.performanceDensity === null || c.status2023 === 'not-applicable') continue;
      const expected = c.status2023 === 'restricted' ? 'restricted' : c.status2023 === 'nac' ? 'nac' : null;
      expect([c.id, inside(c.tpp, c.performanceDensity)]).toEqual([c.id, expected]);
    }
  });

  it('gives no thresholds when the rule’s lines cannot be read', () => {
    const fixture = buildDatasetIndex(exportDataset());
    expect(ruleThresholds(fixture.events, 'oct-2023')).toBeNull();
    expect(ruleThresholds(fixture.events, 'oct-2022')).toBeNull();
  });
});

describe('the chips chart', () => {
  it('names chips short and keeps unknown values off the plot', () => {
    expect(['A100 SXM4 80GB', 'H100 SXM5', 'H100 PCIe', 'H20', 'Ascend 910B'].map(shortChipName)).toEqual(['A100', 'H100', 'H100 PCIe', 'H20', 'Ascend 910B']);
    const data = selectChipPlot(index.data.chips, 'oct-2023');
    expect(data.densityUnknown.map((p) => p.chip.id)).toEqual(['l2']);
    expect(data.notPlotted.map((p) => p.chip.id)).toEqual(['mi308x']);
    expect(data.plotted).toHaveLength(index.data.chips.length - 2);
  });

  it.each([
    [300, 440],
    [360, 440],
    [900, 380],
  ])('labels every chip without overlap at %i × %i px', (width, height) => {
    for (const rule of ['oct-2022', 'oct-2023'] as const) {
      const layout = layoutChipPlot({ data: selectChipPlot(index.data.chips, rule), thresholds: ruleThresholds(index.events, rule), width, height, measure: (t) => t.length * 7 });
      expect(layout.unlabelled).toEqual([]);
      const boxes = layout.labels.map((l) => l.box);
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
      // Every label stays inside the plot (with the unknown-density strip under it) and covers no marker.
      const area = { ...layout.plot, bottom: layout.strip?.bottom ?? layout.plot.bottom };
      for (const b of boxes) expect(within(b, area)).toBe(true);
      for (const b of boxes) for (const c of layout.chips) expect(overlaps(b, boxAround(c.x, c.y, MARKER_SIZE / 2))).toBe(false);
      // The unknown density is drawn in its strip, below the plot, never at a value.
      const l2 = layout.chips.find((c) => c.chip.id === 'l2')!;
      expect(l2.unknownDensity).toBe(true);
      expect(l2.y).toBeGreaterThan(layout.plot.bottom);
    }
  });

  it('sets chips with the same values side by side (A100 and A800)', () => {
    const layout = layoutChipPlot({ data: selectChipPlot(index.data.chips, 'oct-2022'), thresholds: ruleThresholds(index.events, 'oct-2022'), width: 800, height: 380, measure: (t) => t.length * 7 });
    const [a100, a800] = ['a100-sxm4-80gb', 'a800-sxm'].map((id) => layout.chips.find((c) => c.chip.id === id)!);
    expect(a100!.y).toBe(a800!.y);
    expect(Math.abs(a100!.x - a800!.x)).toBeGreaterThanOrEqual(11);
  });

  it('draws a chip with no values nowhere', () => {
    const data = selectChipPlot([makeChip('x', 'X1', ['not-launched', 'fits-under-reported', 'allowed'], { tpp: null, performanceDensity: null })], 'oct-2023');
    expect(data.plotted).toEqual([]);
    expect(data.notPlotted.map((p) => p.label)).toEqual(['X1']);
  });
});

describe('the event cards’ grid', () => {
  it.each([
    [[true, true], [6, 6]],
    [[false, true, false, false, true], [6, 6, 3, 3, 6]],
    [[false, false, false, false, true], [2, 2, 2, 6, 6]],
    [[false, false, false, false, false], [2, 2, 2, 3, 3]],
  ])('rules take a row, the others fill rows without holes: %j → %j', (rules, spans) => {
    expect(cardSpans(rules)).toEqual(spans);
  });
});
