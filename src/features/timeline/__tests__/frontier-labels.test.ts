import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../data/dataset-index';
import { NO_FILTERS } from '../../../filters/filter-state';
import { applyFilters } from '../../../filters/row-predicate';
import { boxAround, overlaps, placePointLabels, within, type Box, type PointLabelInput } from '../../../lib/point-labels';
import { frontierLabelCandidates, frontierLabelOrder, frontierLabelSpots } from '../lib/frontier-labels';
import { selectFrontier, type PlotPoint } from '../lib/select-frontier';
import { dayToTime } from '../lib/time-scale';
import { timelineDataset } from './timeline-fixture';

const point = (id: string, day: string, value: number): PlotPoint => ({
  id,
  name: id,
  labName: 'Lab',
  region: 'us',
  releaseDate: day,
  time: dayToTime(day),
  value,
  status: 'measured',
  reasoning: null,
  openWeights: null,
  afterReport: false,
  otherValues: [],
  sources: [],
});
const stepsOf = (points: readonly PlotPoint[]) => points.map((p) => ({ time: p.time, value: p.value }));

describe('frontierLabelCandidates', () => {
  it('takes the models that set the frontier or came within two points of it, highest first', () => {
    const points = [point('a', '2024-01-01', 70), point('b', '2024-02-01', 65), point('c', '2024-03-01', 69), point('d', '2024-04-01', 80), point('e', '2024-05-01', 78), point('f', '2024-05-02', 77)];
    const got = frontierLabelCandidates(points, stepsOf(points));
    expect(got.map((c) => c.id)).toEqual(['d', 'e', 'a', 'c']);
    expect(got.find((c) => c.id === 'd')).toEqual({ id: 'd', sets: true, behind: 0 });
    expect(got.find((c) => c.id === 'e')).toEqual({ id: 'e', sets: false, behind: 2 });
  });

  it('counts models before the window through the frontier steps', () => {
    const earlier = point('earlier', '2023-06-01', 90);
    const inWindow = [point('x', '2024-01-01', 85), point('y', '2024-02-01', 89)];
    expect(frontierLabelCandidates(inWindow, stepsOf([earlier, ...inWindow])).map((c) => c.id)).toEqual(['y']);
  });

  it('calls a tie on the same day "set" for both', () => {
    const points = [point('p', '2024-01-01', 80), point('q', '2024-01-01', 80)];
    expect(frontierLabelCandidates(points, stepsOf(points)).every((c) => c.sets)).toBe(true);
  });

  it('on the fixture, names o1 and DeepSeek-R1 (within one point of it) but not the models far below', () => {
    const index = buildDatasetIndex(timelineDataset());
    const domain: [number, number] = [dayToTime('2023-10-01'), dayToTime('2025-03-01')];
    const selection = selectFrontier(applyFilters(index.rows, NO_FILTERS), { window: { from: null, to: null }, showLater: false, openFrontier: false, domain, reportTime: dayToTime('2025-02-19') });
    const ids = frontierLabelCandidates(selection.points, selection.lines.flatMap((l) => l.steps)).map((c) => c.id);
    expect(ids.slice(0, 2)).toEqual(['o1', 'deepseek-r1']);
    expect(ids).not.toContain('deepseek-llm-67b');
    expect(ids).not.toContain('qwq-32b-preview');
  });
});

describe('frontierLabelOrder', () => {
  it('names the overall frontier first, then what set or nearly set a region\'s own frontier', () => {
    const us = [point('u1', '2024-01-01', 80), point('u2', '2024-06-01', 90)];
    const cn = [point('c1', '2024-03-01', 60), point('c2', '2024-07-01', 75), point('c3', '2024-08-01', 74), point('c4', '2024-09-01', 70)].map((p) => ({ ...p, region: 'cn' as const }));
    const lines = [
      { region: 'us' as const, steps: stepsOf(us) },
      { region: 'cn' as const, steps: stepsOf(cn) },
    ];
    expect(frontierLabelOrder([...us, ...cn], lines)).toEqual(['u2', 'u1', 'c2', 'c3', 'c1']);
  });

  it('on the fixture, names the Chinese frontier setters after o1 and DeepSeek-R1', () => {
    const index = buildDatasetIndex(timelineDataset());
    const domain: [number, number] = [dayToTime('2023-10-01'), dayToTime('2025-03-01')];
    const selection = selectFrontier(applyFilters(index.rows, NO_FILTERS), { window: { from: null, to: null }, showLater: false, openFrontier: false, domain, reportTime: dayToTime('2025-02-19') });
    const ids = frontierLabelOrder(selection.points, selection.lines.filter((l) => l.kind === 'all'));
    expect(ids.slice(0, 2)).toEqual(['o1', 'deepseek-r1']);
    expect(ids).toContain('deepseek-llm-67b');
    expect(ids.indexOf('deepseek-llm-67b')).toBeGreaterThan(1);
  });
});

describe('frontier labels placed (frontierLabelSpots with the chart\'s rules)', () => {
  const bounds: Box = { left: 0, top: 0, right: 300, bottom: 200 };
  // As the frontier layout calls it: clear of the boxes to avoid and of other labels, covering the fewest markers.
  const place = (labels: readonly PointLabelInput[], markers: ReadonlyArray<{ id: string; x: number; y: number }>, avoid: readonly Box[] = []) =>
    placePointLabels(labels, { bounds, spots: frontierLabelSpots(5), block: avoid, marks: markers.map((m) => ({ id: m.id, box: boxAround(m.x, m.y, 5) })), markCost: 'count' });

  it('puts a label right of its marker when there is room, left of it near the right edge', () => {
    const [a, b] = place(
      [
        { id: 'a', x: 50, y: 100, width: 40, height: 14 },
        { id: 'b', x: 290, y: 50, width: 40, height: 14 },
      ],
      [],
    );
    expect(a).toMatchObject({ anchor: 'start', box: { left: 58, top: 93, right: 98, bottom: 107 } });
    expect(b).toMatchObject({ anchor: 'end', box: { left: 242, top: 43, right: 282, bottom: 57 } });
  });

  it('never overlaps two labels and keeps every label inside the plot, in a crowded cluster', () => {
    // Twenty labels on a 40 × 30 px patch: some cannot fit and are left out.
    const labels: PointLabelInput[] = Array.from({ length: 20 }, (_, i) => ({ id: `m${i}`, x: 240 + (i % 5) * 10, y: 20 + Math.floor(i / 5) * 8, width: 50, height: 14 }));
    const placed = place(labels, labels);
    expect(placed.length).toBeGreaterThan(3);
    expect(placed.length).toBeLessThan(20);
    for (const p of placed) expect(within(p.box, bounds)).toBe(true);
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i]!.box, placed[j]!.box)).toBe(false);
    // Priority is kept: the first label always gets a spot.
    expect(placed[0]!.id).toBe('m0');
  });

  it('keeps clear of the boxes it is told to avoid (line-end labels)', () => {
    const avoid: Box[] = [{ left: 105, top: 90, right: 160, bottom: 110 }];
    const [a] = place([{ id: 'a', x: 100, y: 100, width: 40, height: 14 }], [], avoid);
    expect(a!.anchor).toBe('end');
    expect(overlaps(a!.box, avoid[0]!)).toBe(false);
  });

  it('prefers a spot that covers no other marker, not counting its own', () => {
    const [a] = place([{ id: 'a', x: 100, y: 100, width: 40, height: 14 }], [{ id: 'a', x: 100, y: 100 }, { id: 'b', x: 125, y: 100 }]);
    expect(a!.anchor).toBe('end');
  });

  it('goes above or below, centred on its marker, when both sides are taken', () => {
    const avoid: Box[] = [
      { left: 40, top: 70, right: 80, bottom: 130 },
      { left: 120, top: 70, right: 160, bottom: 130 },
    ];
    const [a] = place([{ id: 'a', x: 100, y: 100, width: 40, height: 14 }], [], avoid);
    expect(a).toMatchObject({ anchor: 'middle', textX: 100, box: { left: 80, top: 78, right: 120, bottom: 92 } });
  });
});
