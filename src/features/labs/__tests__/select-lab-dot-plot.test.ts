import { describe, expect, it } from 'vitest';
import { makeDataset, makeLab, makeModel, makeScore } from '../../../../test/fixtures/dataset';
import { buildDatasetIndex } from '../../../data/dataset-index';
import { namedPoints } from '../components/lab-chart-text';
import { selectLabSummaries } from '../lib/select-lab-directory';
import { selectLabDotPlot } from '../lib/select-lab-dot-plot';
import { selectLabProfile } from '../lib/select-lab-profile';

const index = buildDatasetIndex(
  makeDataset({
    labs: [
      makeLab('alpha', { name: 'Alpha', country: 'CN' }),
      makeLab('beta', { name: 'Beta', country: 'US' }),
      makeLab('gamma', { name: 'Gamma', country: 'CN' }),
      makeLab('delta', { name: 'Delta', country: 'FR' }),
      makeLab('empty', { name: 'Empty', country: 'US' }),
    ],
    models: [
      makeModel('a1', 'alpha', { name: 'A1', releaseDate: '2024-01-01', scores: [makeScore(80)] }),
      makeModel('a2', 'alpha', { name: 'A2', releaseDate: '2024-06-01', scores: [makeScore(86, { status: 'estimate' })] }),
      makeModel('b1', 'beta', { name: 'B1', releaseDate: '2024-02-01', scores: [makeScore(90)] }),
      makeModel('g1', 'gamma', { name: 'G1', releaseDate: '2024-02-01', scores: [makeScore(86)] }),
      makeModel('d1', 'delta', { name: 'D1', releaseDate: '2024-05-01', scores: [] }),
    ],
  }),
);

describe('selectLabDotPlot', () => {
  const plot = selectLabDotPlot(selectLabSummaries(index), [70, 100]);

  it('gives each rated lab one dot at its best value, highest first, ties by name', () => {
    expect(plot.rows.map((r) => [r.labName, r.modelName, r.value, r.status])).toEqual([
      ['Beta', 'B1', 90, 'measured'],
      ['Alpha', 'A2', 86, 'estimate'],
      ['Gamma', 'G1', 86, 'measured'],
    ]);
    expect(plot.rows.map((r) => r.region)).toEqual(['us', 'cn', 'cn']);
  });

  it('lists labs with no rated model apart and never draws them as 0', () => {
    expect(plot.unrated.map((u) => u.labName)).toEqual(['Delta', 'Empty']);
    expect(plot.rows.some((r) => r.value === 0)).toBe(false);
    expect(plot.domain).toEqual([70, 100]);
  });

  it('widens the axis to a value outside the shared domain, and is empty for an empty selection', () => {
    expect(selectLabDotPlot(selectLabSummaries(index), [88, 100]).domain).toEqual([86, 100]);
    const none = selectLabDotPlot([], [70, 100]);
    expect(none.rows).toEqual([]);
    expect(none.unrated).toEqual([]);
  });
});

describe('namedPoints', () => {
  it('names every drawn point with its value as shown elsewhere ("86+"), the best first', () => {
    const chart = selectLabProfile(index, 'alpha')!.chart;
    expect(namedPoints(chart.points).map((p) => p.text)).toEqual(['A2 86+', 'A1 80']);
  });
});
