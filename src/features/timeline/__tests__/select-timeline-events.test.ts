import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../../data/dataset.schema';
import { buildDatasetIndex } from '../../../data/dataset-index';
import { defaultTimelineDomain, isMajorEvent, selectTimelineEvents, visibleEvents, windowDomain } from '../lib/select-timeline-events';
import { dayToTime, timeToDay } from '../lib/time-scale';
import { makeEvent, timelineDataset } from './timeline-fixture';

const index = buildDatasetIndex(timelineDataset());
const events = selectTimelineEvents(index);
const iso = (t: number) => timeToDay(t);

describe('selectTimelineEvents', () => {
  it('orders events by date, numbers them and marks those after the report', () => {
    expect(events.map((e) => [e.event.id, e.number, e.afterReport, e.fromDay])).toEqual([
      ['2019-huawei', 1, false, '2019-01-01'],
      ['2022-oct', 2, false, '2022-10-07'],
      ['2023-oct', 3, false, '2023-10-17'],
      ['2025-jan', 4, false, '2025-01-13'],
      ['2025-apr', 5, true, '2025-04-09'],
      ['2025-jul', 6, true, '2025-07-01'],
    ]);
  });

  it('hides later events on request, keeping the numbers', () => {
    expect(visibleEvents(events, true).map((e) => e.number)).toEqual([1, 2, 3, 4]);
  });
});

describe('defaultTimelineDomain', () => {
  it.each<[string, { showLater: boolean; hideLaterEvents: boolean }, [string, string]]>([
    ['starts at the first plotted model’s quarter and runs past the later events', { showLater: false, hideLaterEvents: false }, ['2023-10-01', '2025-08-01']],
    ['ends after the report when later events are hidden', { showLater: false, hideLaterEvents: true }, ['2023-10-01', '2025-03-01']],
    ['ends after the last later release when those are shown', { showLater: true, hideLaterEvents: true }, ['2023-10-01', '2025-05-01']],
  ])('%s', (_name, opts, [from, to]) => {
    const [a, b] = defaultTimelineDomain(index, events, opts);
    expect([iso(a), iso(b)]).toEqual([from, to]);
  });
});

describe('windowDomain', () => {
  const base: [number, number] = [dayToTime('2022-10-01'), dayToTime('2025-08-01')];
  it('uses the window’s bounds, including its last day', () => {
    const [a, b] = windowDomain(base, '2023-10-17', '2024-12-31');
    expect([iso(a), iso(b)]).toEqual(['2023-10-17', '2025-01-01']);
    expect(windowDomain(base, null, null)).toEqual(base);
  });
});

describe('isMajorEvent', () => {
  it.each([
    ['a chip rule with thresholds, high confidence', makeEvent('a', '2022-10-07', { thresholds: ['TPP ≥ 4800'] }), true],
    ['a diffusion rule with thresholds', makeEvent('b', '2025-01-13', { kind: 'diffusion-rule', thresholds: ['tiers'] }), true],
    ['a chip rule without thresholds (a letter, corrections)', makeEvent('c', '2024-04-04'), false],
    ['a rule known with medium confidence', makeEvent('d', '2025-01-15', { thresholds: ['x'], confidence: 'medium' }), false],
    ['a chip launch', makeEvent('e', '2023-03-21', { kind: 'chip-launch', thresholds: ['x'] }), false],
    ['an Entity List addition', makeEvent('f', '2019', { kind: 'entity-list' }), false],
  ])('%s: %s', (_name, event, major) => {
    expect(isMajorEvent(event)).toBe(major);
  });

  it('names the big rules of the real dataset and no more', () => {
    const real = datasetSchema.parse(JSON.parse(readFileSync('public/data/dataset.json', 'utf8')));
    expect(real.events.filter(isMajorEvent).map((e) => e.id)).toEqual([
      '2022-10-bis-advanced-computing-rule',
      '2023-10-bis-advanced-computing-update',
      '2024-12-bis-hbm-entity-list-rule',
      '2025-01-ai-diffusion-rule',
      '2025-04-h20-mi308-licence-requirement',
    ]);
  });
});
