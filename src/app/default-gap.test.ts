/**
 * The default gap is the same on every view that states one: the leaderboard's readout, the timeline's
 * frontier at the report, and lab compare (DeepSeek vs OpenAI, the labs that hold both frontiers), each
 * computed through its own view's selector on the real dataset, in the default scope (as of the report).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../data/dataset-index';
import { parseDataset } from '../data/validate-dataset';
import { selectLabComparison } from '../features/labs/lib/select-lab-comparison';
import { selectChinaUs } from '../features/leaderboard/lib/select-china-us';
import { selectFrontier } from '../features/timeline/lib/select-frontier';
import { dayToTime } from '../features/timeline/lib/time-scale';
import { applyFilters } from '../filters/row-predicate';
import { DEFAULT_FILTERS, type FilterState } from '../stores/filters/filters-url';

const here = import.meta.url;
const parsed = parseDataset(JSON.parse(readFileSync(new URL('../../public/data/dataset.json', here), 'utf8')));
if (!parsed.ok) throw new Error('the real dataset does not parse');
const index = buildDatasetIndex(parsed.data);
const reportTime = dayToTime(index.data.meta.report.publishedBy);

function leaderboardGap(state: FilterState): number | null {
  return selectChinaUs(index, { ...state, region: 'all' }).all.gap.gap;
}

/** The timeline's gap where its lines end (the report's day as of the report; the axis end with later releases). */
function timelineGap(state: FilterState): number | null {
  // As the timeline view does: every filter but the window and the scope, then the scope decides what is drawn.
  const filtered = applyFilters(index.rows, { ...state, from: null, to: null }, { except: ['scope'] });
  const domain: [number, number] = [dayToTime('2023-01-01'), dayToTime('2025-12-31')];
  const sel = selectFrontier(filtered, { window: { from: null, to: null }, showLater: state.scope === 'all', openFrontier: false, domain, reportTime });
  const last = sel.gap[sel.gap.length - 1];
  return last ? last.us - last.cn : null;
}

function labCompareGap(state: FilterState): number | null {
  const lead = selectLabComparison(index, 'deepseek', 'openai', state.scope).lead;
  return lead ? (lead.leader === 'b' ? lead.points : -lead.points) : null;
}

describe('the default gap', () => {
  it('is the same on the leaderboard, the timeline and lab compare: 1 point (o1 90 vs DeepSeek-R1 89)', () => {
    const gaps = [leaderboardGap(DEFAULT_FILTERS), timelineGap(DEFAULT_FILTERS), labCompareGap(DEFAULT_FILTERS)];
    expect(gaps).toEqual([1, 1, 1]);
  });

  it('moves the same way on all three when estimates and later releases are included (o3’s 94+)', () => {
    const all: FilterState = { ...DEFAULT_FILTERS, scope: 'all' };
    expect([leaderboardGap(all), timelineGap(all), labCompareGap(all)]).toEqual([5, 5, 5]);
  });
});
