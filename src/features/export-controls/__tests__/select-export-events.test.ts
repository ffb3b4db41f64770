import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../data/dataset-index';
import type { EventKind } from '../../../data/dataset.schema';
import { selectChipRows, selectMovements } from '../lib/select-chip-matrix';
import { filterExportEvents, selectDiffusionTiers, selectEntityListAdditions, selectExportEvents } from '../lib/select-export-events';
import { exportDataset } from './export-controls-fixture';

const index = buildDatasetIndex(exportDataset());
const events = selectExportEvents(index);

describe('selectExportEvents', () => {
  it('puts every event in date order and marks those after the report', () => {
    expect(events.map((e) => [e.event.date, e.afterReport])).toEqual([
      ['2019', false],
      ['2022-10-07', false],
      ['2023-10-17', false],
      ['2025-01-13', false],
      ['2025-01-15', false],
      ['2025-01-29', false],
      ['2025-04-09', true],
      ['2025-07', true],
    ]);
  });

  it('resolves named chips and labs', () => {
    const update = events.find((e) => e.event.id === '2023-10-update')!;
    expect(update.chips.map((c) => [c.id, c.chip?.name ?? null])).toEqual([['a800', 'A800']]);
    expect(events[0]!.labs.map((l) => l.lab?.name)).toEqual(['Huawei']);
  });
});

describe('filterExportEvents', () => {
  it.each<[string, EventKind[], boolean, string[], string[], number, number]>([
    ['all kinds', [], false, ['2019-huawei', '2022-10-rule', '2023-10-update', '2025-01-diffusion', '2025-01-zhipu', '2025-01-h20-talks'], ['2025-04-licence', '2025-07-resumption'], 0, 0],
    ['one kind', ['entity-list'], false, ['2019-huawei', '2025-01-zhipu'], [], 6, 0],
    ['two kinds, later hidden', ['chip-rule', 'diffusion-rule'], true, ['2022-10-rule', '2023-10-update', '2025-01-diffusion'], [], 3, 2],
  ])('%s', (_name, kinds, hideLater, before, after, hiddenByKind, hiddenLater) => {
    const view = filterExportEvents(events, { kinds, hideLater });
    expect(view.before.map((e) => e.event.id)).toEqual(before);
    expect(view.after.map((e) => e.event.id)).toEqual(after);
    expect([view.hiddenByKind, view.hiddenLater]).toEqual([hiddenByKind, hiddenLater]);
  });

  it('counts every kind, whatever the filter', () => {
    expect(filterExportEvents(events, { kinds: ['chip-launch'], hideLater: true }).counts).toEqual({
      'chip-rule': 4,
      'entity-list': 2,
      'diffusion-rule': 1,
      'reported-deliberation': 1,
      'chip-launch': 0,
    });
  });
});

describe('selectDiffusionTiers', () => {
  it('reads the tiers from the rule’s details, in order, with the numbers that name them and where China falls', () => {
    const result = selectDiffusionTiers(events)!;
    expect(result.rule.event.id).toBe('2025-01-diffusion');
    expect(result.tiers.map((t) => [t.tier, t.china, t.text.slice(0, 12), t.thresholds])).toEqual([
      [1, false, 'The US plus ', []],
      [2, false, 'Most countri', ['Tier 2 country cap: about 790,000,000 TPP']],
      [3, true, 'China (inclu', []],
    ]);
  });

  it('is null when no rule lists tiers', () => {
    expect(selectDiffusionTiers(events.filter((e) => e.event.kind !== 'diffusion-rule'))).toBeNull();
  });
});

describe('selectEntityListAdditions', () => {
  it('lists labs added to the Entity List, by date', () => {
    expect(selectEntityListAdditions(index, events).map((r) => [r.lab.name, r.date])).toEqual([
      ['Huawei', '2019'],
      ['Zhipu AI', '2025-01-15'],
    ]);
  });
});

describe('chip matrix', () => {
  it('orders chips as the story goes: restricted first, then the China designs, then the rest', () => {
    expect(selectChipRows(index.data.chips).map((r) => [r.chip.name, r.group])).toEqual([
      ['A100', 'restricted-first'],
      ['A800', 'designed-for-china'],
      ['H20', 'designed-for-china'],
      ['MI308X', 'designed-for-china'],
      ['L40', 'other'],
    ]);
  });

  it('says which chips moved between allowed and restricted at each rule', () => {
    const names = (list: { name: string }[]) => list.map((c) => c.name);
    const [oct22, oct23, jan25] = selectMovements(index.data.chips);
    expect(names(oct22!.restricted)).toEqual(['A100']);
    expect(names(oct22!.fitUnder)).toEqual(['A800']);
    expect(names(oct23!.newlyRestricted)).toEqual(['A800']);
    expect(names(oct23!.newlyNac)).toEqual(['L40']);
    expect(names(oct23!.fitUnder)).toEqual(['H20', 'MI308X']);
    expect([jan25!.newlyRestricted, jan25!.newlyNac, jan25!.fitUnder, jan25!.freed]).toEqual([[], [], [], []]);
  });
});
