import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../data/dataset-index';
import { defaultTimelineDomain, selectTimelineEvents, visibleEvents, windowDomain } from '../lib/select-timeline-events';
import { dayToTime, timeToDay } from '../lib/time-scale';
import { timelineDataset } from './timeline-fixture';

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
    ['starts at the first chip rule’s quarter and runs past the later events', { showLater: false, hideLaterEvents: false }, ['2022-10-01', '2025-08-01']],
    ['ends after the report when later events are hidden', { showLater: false, hideLaterEvents: true }, ['2022-10-01', '2025-03-01']],
    ['ends after the last later release when those are shown', { showLater: true, hideLaterEvents: true }, ['2022-10-01', '2025-05-01']],
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
