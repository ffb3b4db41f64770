import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../data/dataset-index';
import { makeDataset, makeLab, makeModel, makeScore } from '../../../../test/fixtures/dataset';
import { NO_FILTERS } from '../../../filters/filter-state';
import { applyFilters } from '../../../filters/row-predicate';
import { compareMeasuredGap } from '../lib/measured-gap';
import { selectFrontier, type GapSegment } from '../lib/select-frontier';
import { summarizeFrontier } from '../lib/summarize';
import { dayToTime } from '../lib/time-scale';

const seg = (start: number, end: number, us: number, cn: number): GapSegment => ({ start, end, us, cn });

describe('compareMeasuredGap', () => {
  it.each<[string, GapSegment[], GapSegment[], [number, number], ReturnType<typeof compareMeasuredGap>]>([
    ['no drawn gap: nothing to compare', [], [seg(0, 10, 5, 1)], [0, 10], null],
    ['the same gaps never differ', [seg(0, 5, 10, 2), seg(5, 10, 10, 8)], [seg(0, 5, 10, 2), seg(5, 10, 10, 8)], [0, 10], { end: { drawn: 2, measured: 2 }, widest: null }],
    [
      'a write-up value narrows the drawn gap for a while',
      [seg(0, 4, 10, 2), seg(4, 7, 10, 8), seg(7, 10, 10, 9)],
      [seg(0, 7, 10, 2), seg(7, 10, 10, 9)],
      [0, 10],
      { end: { drawn: 1, measured: 1 }, widest: { start: 4, drawn: 2, measured: 8 } },
    ],
    [
      'the largest difference wins, the first of equals',
      [seg(0, 2, 5, 4), seg(2, 4, 5, 5), seg(4, 10, 9, 5)],
      [seg(0, 2, 5, 2), seg(2, 4, 5, 2), seg(4, 10, 9, 2)],
      [0, 10],
      { end: { drawn: 4, measured: 7 }, widest: { start: 2, drawn: 0, measured: 3 } },
    ],
    ['a measured frontier missing at the end', [seg(0, 10, 5, 4)], [seg(0, 6, 5, 1)], [0, 10], { end: { drawn: 1, measured: null }, widest: { start: 0, drawn: 1, measured: 4 } }],
    ['only the span counts', [seg(0, 5, 9, 1), seg(5, 10, 9, 8)], [seg(0, 10, 9, 1)], [6, 10], { end: { drawn: 1, measured: 8 }, widest: { start: 6, drawn: 1, measured: 8 } }],
  ])('%s', (_name, drawn, measured, span, expected) => {
    expect(compareMeasuredGap(drawn, measured, span)).toEqual(expected);
  });
});

describe('the measured-only gap in the frontier summary', () => {
  // The real case: ERNIE 4.0 Turbo's 76 is stated only in a write-up, so in mid-2024 China's drawn
  // frontier is 76 against GPT-4o's 78 (2 points), while on measured values it is Qwen2's 68 (10 points).
  const index = buildDatasetIndex(
    makeDataset({
      labs: [makeLab('openai', { name: 'OpenAI' }), makeLab('alibaba', { name: 'Alibaba', country: 'CN' }), makeLab('baidu', { name: 'Baidu', country: 'CN' }), makeLab('deepseek', { name: 'DeepSeek', country: 'CN' })],
      models: [
        makeModel('gpt-4o', 'openai', { name: 'GPT-4o', releaseDate: '2024-05-13', scores: [makeScore(78)] }),
        makeModel('qwen2', 'alibaba', { name: 'Qwen2-72B', releaseDate: '2024-06-07', scores: [makeScore(68)] }),
        makeModel('ernie', 'baidu', { name: 'ERNIE 4.0 Turbo', releaseDate: '2024-06', scores: [makeScore(76, { status: 'as-stated' })] }),
        makeModel('o1', 'openai', { name: 'o1', releaseDate: '2024-12-05', scores: [makeScore(90)] }),
        makeModel('r1', 'deepseek', { name: 'DeepSeek-R1', releaseDate: '2025-01-20', scores: [makeScore(89)] }),
      ],
    }),
  );
  const rows = applyFilters(index.rows, NO_FILTERS);
  const domain: [number, number] = [dayToTime('2024-05-01'), dayToTime('2025-03-01')];
  const summary = (window: { from: string | null; to: string | null }, d: [number, number]) =>
    summarizeFrontier(selectFrontier(rows, { window, showLater: false, openFrontier: false, domain: d, reportTime: dayToTime('2025-02-19') }), {
      domain: d,
      showLater: false,
      openFrontier: false,
      nameOf: (id) => index.modelsById.get(id)?.name ?? id,
    });

  it('gives the gap at the end on measured values, and where it differs most from the drawn one', () => {
    const text = summary({ from: null, to: null }, domain);
    expect(text).toContain('On measured values only (leaving out values stated only in a write-up, and estimates), by February 2025 the US led by 1 point, as drawn.');
    expect(text).toContain('The two readings differ most from June 2024: on measured values the US led by 10 points; as drawn, the US led by 2 points.');
  });

  it('says the measured-only gap at the end of a window that ends before the frontiers meet', () => {
    const d: [number, number] = [domain[0], dayToTime('2024-09-30')];
    const text = summary({ from: null, to: '2024-09-30' }, d);
    expect(text).toContain('by September 2024 the US led by 10 points; as drawn, the US led by 2 points.');
    expect(text).not.toContain('differ most');
  });
});
