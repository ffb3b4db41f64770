import { describe, expect, it } from 'vitest';
import { latestDay } from '../../../lib/dates';
import { addMonths, selectBeforeAfter } from '../lib/before-after';
import { timelineLinkFor } from '../lib/timeline-link';
import { realIndex } from './real-dataset';

const index = realIndex();
const event = (id: string) => index.events.find((e) => e.event.id === id)!;

describe('addMonths', () => {
  it.each([
    ['2022-10-07', -12, '2021-10-07'],
    ['2022-10-07', 6, '2023-04-07'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2025-01-13', 12, '2026-01-13'],
  ] as const)('%s %+d months is %s', (day, n, expected) => expect(addMonths(day, n)).toBe(expected));
});

describe('before and after a rule', () => {
  it('October 2022: not enough data on either side; the first Chinese model is from November 2023', () => {
    const r = selectBeforeAfter(index, event('2022-10-bis-advanced-computing-rule'));
    expect(r.cells.map((c) => [c.offset, c.cell.kind, c.cell.day])).toEqual([
      [-12, 'no-china-yet', '2021-10-07'],
      [-6, 'no-china-yet', '2022-04-07'],
      [6, 'no-china-yet', '2023-04-07'],
      [12, 'no-china-yet', '2023-10-07'],
    ]);
    expect(r.firstChina).toEqual({ name: 'DeepSeek LLM 67B', date: '2023-11-29' });
    expect(r.comparable).toBe(false);
  });

  it('October 2023: before has no Chinese model; 6 and 12 months after have values and a gap', () => {
    const r = selectBeforeAfter(index, event('2023-10-bis-advanced-computing-update'));
    expect(r.cells.slice(0, 2).map((c) => c.cell.kind)).toEqual(['no-china-yet', 'no-china-yet']);
    const [six, twelve] = r.cells.slice(2).map((c) => c.cell);
    expect(six).toMatchObject({ kind: 'value', day: '2024-04-17', chinaBest: 47, chinaModel: 'DeepSeek LLM 67B' });
    expect(twelve).toMatchObject({ kind: 'value', day: '2024-10-17' });
    // The gap is the best US value by that day minus China's.
    if (twelve!.kind === 'value') expect(twelve!.gap).toBe(twelve!.usBest! - twelve!.chinaBest);
    expect(r.comparable).toBe(false);
  });

  it('January 2025: after the rule is after the report, so the data cannot say', () => {
    const r = selectBeforeAfter(index, event('2025-01-ai-diffusion-rule'));
    expect(r.cells.map((c) => c.cell.kind)).toEqual(['value', 'value', 'after-report', 'after-report']);
    expect(r.reportDay).toBe('2025-02-19');
  });

  it('counts only models rated on the report’s scale, released by the day, no estimates', () => {
    const r = selectBeforeAfter(index, event('2024-12-bis-hbm-entity-list-rule'));
    const before = r.cells[1]!.cell;
    expect(before.kind).toBe('value');
    if (before.kind === 'value') {
      const best = Math.max(...index.rows.filter((x) => x.region === 'cn' && x.score && x.score.status !== 'estimate' && x.model.releaseDate && latestDay(x.model.releaseDate) <= before.day).map((x) => x.score!.value));
      expect(before.chinaBest).toBe(best);
    }
  });
});

describe('“Models released after this”', () => {
  it('links to the timeline with the window from the event and the event pinned', () => {
    const link = timelineLinkFor(index, event('2023-10-bis-advanced-computing-update'));
    expect(link).toMatchObject({ enabled: true, to: '/timeline', search: '?from=2023-10-17&event=2023-10-bis-advanced-computing-update' });
  });

  it('shows later releases and later events for an event after the report', () => {
    const link = timelineLinkFor(index, event('2025-04-h20-mi308-licence-requirement'));
    expect(link).toMatchObject({ enabled: true, search: '?scope=all&from=2025-04-09&event=2025-04-h20-mi308-licence-requirement', count: 1 });
  });

  it('is not offered when no model in the data follows, and says which is the latest', () => {
    expect(timelineLinkFor(index, event('2025-07-h20-mi308-resumption'))).toEqual({ enabled: false, latest: { name: 'o3', date: '2025-04-16' } });
  });
});
