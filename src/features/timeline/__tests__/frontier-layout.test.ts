import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../data/dataset-index';
import { NO_FILTERS } from '../../../filters/filter-state';
import { applyFilters } from '../../../filters/row-predicate';
import { LANE_HEIGHT, layoutFrontier, NARROW_PX, stepSegments, TICK_ROW, TICK_WIDTH, type FrontierLayoutInput } from '../lib/frontier-layout';
import { selectFrontier } from '../lib/select-frontier';
import { selectTimelineEvents } from '../lib/select-timeline-events';
import { dayToTime } from '../lib/time-scale';
import { timelineDataset } from './timeline-fixture';

const index = buildDatasetIndex(timelineDataset());
const reportTime = dayToTime('2025-02-19');
const domain: [number, number] = [dayToTime('2022-10-01'), dayToTime('2025-08-01')];
const rows = applyFilters(index.rows, NO_FILTERS);
const selection = selectFrontier(rows, { window: { from: null, to: null }, showLater: false, openFrontier: false, domain, reportTime });
const events = selectTimelineEvents(index);

// Text is 7 px per character at 12 px, scaled by size: deterministic, no canvas.
const input = (patch: Partial<FrontierLayoutInput> = {}): FrontierLayoutInput => ({
  width: 1000,
  selection,
  domain,
  yDomain: [40, 100],
  reportTime,
  events,
  textWidth: (text, style) => (text.length * 7 * style.sizePx) / 12,
  eventLabel: (e) => `event ${e.event.id}`,
  endLabel: (region, kind, value) => `${region}${kind === 'open' ? ' open' : ''} ${value}`,
  afterReportLabel: 'after the report',
  ...patch,
});

describe('layoutFrontier', () => {
  const wide = layoutFrontier(input());

  it('maps the domain onto the plot with d3 scales, the index upwards', () => {
    expect(wide.x(domain[0])).toBe(wide.plot.left);
    expect(wide.x(domain[1])).toBe(wide.plot.right);
    expect(wide.y(40)).toBe(wide.plot.bottom);
    expect(wide.y(100)).toBe(wide.plot.top);
    expect(wide.plot.bottom - wide.plot.top).toBe(340);
    expect(wide.height).toBe(wide.plot.bottom + 26);
  });

  it('puts index gridlines every ten points and time ticks on the calendar, at their pixel positions', () => {
    expect(wide.yTicks.map((t) => t.value)).toEqual([40, 50, 60, 70, 80, 90, 100]);
    expect(wide.yTicks[0]!.y).toBe(wide.plot.bottom);
    expect(wide.xTicks.length).toBeGreaterThan(2);
    for (const t of wide.xTicks) {
      expect(new Date(t.time).getUTCDate()).toBe(1);
      expect(t.x).toBeGreaterThanOrEqual(wide.plot.left);
      expect(t.x).toBeLessThanOrEqual(wide.plot.right);
    }
  });

  it('leaves room on the right for the widest line-end label', () => {
    const longLabels = layoutFrontier(input({ endLabel: () => 'a very long frontier label 100' }));
    expect(1000 - longLabels.plot.right).toBeGreaterThan(1000 - wide.plot.right);
    expect(1000 - longLabels.plot.right).toBeGreaterThanOrEqual(Math.ceil((30 * 7 * 12) / 12) + 16);
  });

  it('names the major rules in at most two lanes, without overlaps, and draws the other events as ticks in one row', () => {
    const inside = events.filter((e) => e.time >= domain[0] && e.time <= domain[1]);
    expect(wide.lanes.labels.map((l) => l.event.event.id)).toEqual(inside.map((e) => e.event.id));
    expect(wide.lanes.numbered).toBe(false);
    const majors = wide.lanes.labels.filter((l) => l.major);
    const ticks = wide.lanes.labels.filter((l) => !l.major);
    expect(majors.map((l) => l.event.event.id)).toEqual(['2023-oct', '2025-jan']);
    expect(majors.every((l) => l.text.length > 0)).toBe(true);
    expect(ticks.every((l) => l.text === '' && l.placement.end - l.placement.start === TICK_WIDTH)).toBe(true);
    expect(wide.lanes.count).toBeLessThanOrEqual(2);
    expect(wide.lanes.height).toBe(wide.lanes.count * LANE_HEIGHT + 6 + TICK_ROW);
    for (const a of wide.lanes.labels)
      for (const b of wide.lanes.labels)
        if (a !== b && a.placement.lane === b.placement.lane) expect(a.placement.end <= b.placement.start || b.placement.end <= a.placement.start).toBe(true);
    expect(wide.plot.top).toBe(wide.lanes.height);
  });

  it('keeps the names of the major rules on a narrow chart, which is shorter', () => {
    const narrow = layoutFrontier(input({ width: NARROW_PX - 1 }));
    expect(narrow.narrow).toBe(true);
    expect(narrow.lanes.numbered).toBe(false);
    expect(narrow.lanes.labels.filter((l) => l.major).map((l) => l.text)).toEqual(['event 2023-oct', 'event 2025-jan']);
    expect(narrow.plot.height).toBe(280);
    expect(narrow.yTicks.map((t) => t.value)).toEqual([40, 50, 60, 70, 80, 90, 100]);
  });

  it.each([1000, 390, 320])('at %i px, names o1 and DeepSeek-R1 in the plot, no two names overlapping nor on a frontier label', (width) => {
    const layout = layoutFrontier(input({ width }));
    const names = layout.pointLabels.map((l) => l.id);
    expect(names).toContain('o1');
    expect(names).toContain('deepseek-r1');
    const { plot } = layout;
    for (const l of layout.pointLabels) {
      expect(l.box.left).toBeGreaterThanOrEqual(plot.left);
      expect(l.box.right).toBeLessThanOrEqual(plot.right);
      expect(l.box.top).toBeGreaterThanOrEqual(plot.top);
      expect(l.box.bottom).toBeLessThanOrEqual(plot.bottom);
    }
    const boxes = [
      ...layout.pointLabels.map((l) => l.box),
      ...layout.endLabels.map((l) => ({ left: l.x, right: l.x + (l.text.length * 7 * 12) / 12, top: l.y - 8, bottom: l.y + 8 })),
    ];
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).toBe(false);
      }
  });

  it('boxes each segment of a step line, along the path it draws', () => {
    const steps = [
      { time: 0, value: 50 },
      { time: 10, value: 60 },
    ];
    const boxes = stepSegments(steps, 20, (t) => t * 10, (v) => 200 - v);
    // Across at 150 to x 100, up to 140, across to the end (x 200): each 4 px thick.
    expect(boxes).toEqual([
      { left: 0, right: 100, top: 148, bottom: 152 },
      { left: 98, right: 102, top: 140, bottom: 150 },
      { left: 100, right: 200, top: 138, bottom: 142 },
    ]);
    expect(stepSegments([], 20, (t) => t, (v) => v)).toEqual([]);
  });

  it('on a wide chart, where names have room, no frontier line runs along one (struck through)', () => {
    const layout = wide;
    const x = layout.x;
    const y = layout.y;
    const along = selection.lines
      .filter((l) => l.steps.length > 0)
      .flatMap((l) => stepSegments(l.steps, selection.lineEnd, x, y).filter((b) => b.bottom - b.top <= 4));
    const struck = layout.pointLabels.filter((l) =>
      along.some((s) => s.top < l.box.bottom - 3 && s.bottom > l.box.top + 3 && Math.min(s.right, l.box.right) - Math.max(s.left, l.box.left) > (l.box.right - l.box.left) / 4),
    );
    expect(struck.map((l) => l.id)).toEqual([]);
  });

  it('lists events outside the window instead of drawing them', () => {
    const window: [number, number] = [dayToTime('2024-01-01'), dayToTime('2024-12-31')];
    const zoomed = layoutFrontier(input({ domain: window }));
    const ids = (list: readonly { event: { id: string } }[]) => list.map((e) => e.event.id);
    expect(ids(zoomed.outside.before)).toEqual(ids(events.filter((e) => e.time < window[0])));
    expect(ids(zoomed.outside.after)).toEqual(ids(events.filter((e) => e.time > window[1])));
    expect(zoomed.lanes.labels.every((l) => l.event.time >= window[0] && l.event.time <= window[1])).toBe(true);
  });

  it('gives each point its pixel position, and a path per region frontier', () => {
    expect(wide.points.xs.length).toBe(selection.points.length);
    selection.points.forEach((p, i) => {
      expect(wide.points.xs[i]).toBeCloseTo(wide.x(p.time));
      expect(wide.points.ys[i]).toBeCloseTo(wide.y(p.value));
    });
    expect(wide.lines.map((l) => l.key).sort()).toEqual(selection.lines.filter((l) => l.steps.length > 0).map((l) => `${l.region}-${l.kind}`).sort());
    for (const l of wide.lines) expect(l.d).toMatch(/^M[\d.]+,[\d.]+(H[\d.]+V[\d.]+)*H[\d.]+$/);
  });

  it('labels each frontier at its end with its value, labels at least 16 px apart', () => {
    const ys = wide.endLabels.map((l) => l.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(16 - 1e-9);
    for (const l of wide.endLabels) expect(l.text).toMatch(/^(us|cn|other)( open)? \d+$/);
  });

  it('shades the gap between the frontiers, led by one side', () => {
    for (const g of wide.gaps) {
      expect(['us', 'cn']).toContain(g.lead);
      expect(g.w).toBeGreaterThanOrEqual(0);
      expect(g.h).toBeGreaterThan(0);
    }
  });

  it('draws the after-report band only when the report falls inside the domain', () => {
    expect(wide.report?.x).toBeCloseTo(wide.x(reportTime));
    expect(wide.report?.showLabel).toBe(true);
    expect(layoutFrontier(input({ domain: [dayToTime('2023-01-01'), dayToTime('2024-01-01')] })).report).toBeNull();
  });

  it('is empty until the box is measured', () => {
    const unmeasured = layoutFrontier(input({ width: 0 }));
    expect(unmeasured.lanes.labels).toEqual([]);
    expect(unmeasured.narrow).toBe(false);
  });
});
