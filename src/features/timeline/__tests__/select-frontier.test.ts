import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../data/dataset-index';
import { NO_FILTERS } from '../../../filters/filter-state';
import { applyFilters } from '../../../filters/row-predicate';
import { gapSegments, selectFrontier, type FrontierOptions } from '../lib/select-frontier';
import { summarizeFrontier } from '../lib/summarize';
import { dayToTime, timeToDay } from '../lib/time-scale';
import { timelineDataset } from './timeline-fixture';

const index = buildDatasetIndex(timelineDataset());
const reportTime = dayToTime('2025-02-19');
const domain: [number, number] = [dayToTime('2022-10-01'), dayToTime('2025-08-01')];
// Every row with every value (the "all" scope): the selector itself hides later releases unless shown.
const all = applyFilters(index.rows, { ...NO_FILTERS, labs: [], scope: 'all' });
const opts = (patch: Partial<FrontierOptions> = {}): FrontierOptions => ({
  window: { from: null, to: null },
  showLater: false,
  openFrontier: false,
  domain,
  reportTime,
  ...patch,
});
const nameOf = (id: string) => index.modelsById.get(id)?.name ?? id;
const stepsOf = (sel: ReturnType<typeof selectFrontier>, region: string, kind = 'all') =>
  sel.lines.find((l) => l.region === region && l.kind === kind)!.steps.map((s) => `${s.modelId} ${s.value}`);

describe('selectFrontier', () => {
  it('plots dated, rated models by the report, and says why the others are not plotted', () => {
    const sel = selectFrontier(all, opts());
    expect(sel.points.map((p) => p.id)).toEqual([
      'gpt-4-turbo',
      'deepseek-llm-67b',
      'year-only',
      'llama-3-1-405b',
      'mistral-large-2',
      'o1-preview',
      'qwen2-5-72b',
      'qwq-32b-preview',
      'o1',
      'deepseek-r1',
      'kimi-k1-5',
    ]);
    expect(sel.unplotted.map((u) => [u.row.model.id, u.reason])).toEqual([
      ['step-like', 'not-rated'],
      ['undated', 'neither'],
    ]);
    expect(sel.laterHidden).toBe(1);
    expect(sel.lineEnd).toBe(reportTime);
  });

  it('keeps conflicting values with the point', () => {
    const o1 = selectFrontier(all, opts()).points.find((p) => p.id === 'o1')!;
    expect(o1).toMatchObject({ value: 90, status: 'measured', otherValues: [{ value: 94, status: 'as-stated' }] });
  });

  it('draws each region’s best-so-far, with the open-weights frontier on request', () => {
    const sel = selectFrontier(all, opts({ openFrontier: true }));
    expect(stepsOf(sel, 'us')).toEqual(['gpt-4-turbo 75', 'o1-preview 85', 'o1 90']);
    expect(stepsOf(sel, 'cn')).toEqual(['deepseek-llm-67b 47', 'year-only 60', 'qwen2-5-72b 78', 'deepseek-r1 89']);
    expect(stepsOf(sel, 'us', 'open')).toEqual(['llama-3-1-405b 75']);
    expect(stepsOf(sel, 'cn', 'open')).toEqual(['deepseek-llm-67b 47', 'qwen2-5-72b 78', 'deepseek-r1 89']);
    expect(selectFrontier(all, opts()).lines.map((l) => l.kind)).toEqual(['all', 'all', 'all']);
  });

  it('counts models before the window in the frontier, but plots only those inside it', () => {
    const sel = selectFrontier(all, opts({ window: { from: '2024-12-01', to: null }, domain: [Date.UTC(2024, 11, 1), domain[1]] }));
    expect(sel.points.map((p) => p.id)).toEqual(['o1', 'deepseek-r1', 'kimi-k1-5']);
    expect(stepsOf(sel, 'us')).toEqual(['gpt-4-turbo 75', 'o1-preview 85', 'o1 90']);
  });

  it('lists a year-dated model that overlaps the window but cannot be placed inside it, instead of drawing it off the axis', () => {
    const sel = selectFrontier(all, opts({ window: { from: '2024-12-01', to: null }, domain: [Date.UTC(2024, 11, 1), domain[1]] }));
    expect(sel.unplotted.filter((u) => u.reason === 'imprecise-date').map((u) => u.row.model.id)).toEqual(['year-only']);
  });

  it('adds later releases and runs the lines to the axis end when they are shown', () => {
    const sel = selectFrontier(all, opts({ showLater: true }));
    expect(sel.points.at(-1)).toMatchObject({ id: 'o3', afterReport: true });
    expect(stepsOf(sel, 'us').at(-1)).toBe('o3 94');
    expect(sel.lineEnd).toBe(domain[1]);
    expect(sel.laterHidden).toBe(0);
  });

  it('shades the gap only where both frontiers exist', () => {
    const sel = selectFrontier(all, opts());
    expect(sel.gap.map((g) => [timeToDay(g.start), timeToDay(g.end), g.us, g.cn])).toEqual([
      ['2023-11-29', '2024-07-01', 75, 47],
      ['2024-07-01', '2024-09-12', 75, 60],
      ['2024-09-12', '2024-09-19', 85, 60],
      ['2024-09-19', '2024-12-05', 85, 78],
      ['2024-12-05', '2025-01-20', 90, 78],
      ['2025-01-20', '2025-02-19', 90, 89],
    ]);
  });

  it('keeps a measured-only gap beside the drawn one', () => {
    const sel = selectFrontier(all, opts({ showLater: true }));
    expect(sel.gap.at(-1)).toMatchObject({ us: 94, cn: 89 });
    expect(sel.measuredGap.at(-1)).toMatchObject({ us: 90, cn: 89 });
  });

  it('has no gap when a region is filtered out', () => {
    const usOnly = applyFilters(index.rows, { ...NO_FILTERS, labs: [], region: 'us' });
    expect(selectFrontier(usOnly, opts()).gap).toEqual([]);
    expect(gapSegments([], [], 1)).toEqual([]);
  });
});

describe('summarizeFrontier', () => {
  const summary = (patch: Partial<FrontierOptions> = {}) => {
    const o = opts(patch);
    return summarizeFrontier(selectFrontier(all, o), { domain: o.domain, showLater: o.showLater, openFrontier: o.openFrontier, nameOf });
  };

  it('tells the story of the gap, naming the closest approach', () => {
    const text = summary();
    expect(text).toContain('The chart plots 11 models released between 6 Nov 2023 and 20 Jan 2025.');
    expect(text).toContain('By February 2025 the US frontier stood at 90 (o1) and China’s at 89 (DeepSeek-R1).');
    expect(text).toContain('The gap between the two frontiers narrowed from 28 points in November 2023 to 1 point in January 2025.');
    expect(text).toContain('In January 2025 DeepSeek-R1 (89) came within one point of o1 (90).');
    expect(text).toContain('2 models in the selection are not plotted (2 not rated, 1 without a release date)');
    expect(text).toContain('1 model released after the report is out of scope');
    expect(text).toContain('On measured values only (leaving out values stated only in a write-up, and estimates), by February 2025 the US led by 1 point, as drawn.');
  });

  it('reports the open-weights crossover when that frontier is drawn', () => {
    expect(summary({ openFrontier: true })).toContain(
      'Among open-weights models, China’s frontier passed the US’s in September 2024: Qwen2.5-72B-Instruct (78) against Llama 3.1 405B (75).',
    );
  });

  it('says where the gap ended when later releases widen it again', () => {
    const text = summary({ showLater: true });
    expect(text).toContain('By July 2025 the gap was 5 points.');
    expect(text).toContain('1 model released after the report is drawn in the shaded band after it.');
    // o3's 94 is an estimate: on measured values only the US frontier is still o1's 90.
    expect(text).toContain('On measured values only (leaving out values stated only in a write-up, and estimates), by July 2025 the US led by 1 point; as drawn, the US led by 5 points.');
  });

  it('says so when nothing can be plotted', () => {
    const o = opts({ window: { from: '2030-01-01', to: null } });
    expect(summarizeFrontier(selectFrontier(all, o), { domain: o.domain, showLater: false, openFrontier: false, nameOf })).toMatch(/^No model in the selection can be plotted\./);
  });
});
