import { describe, expect, it } from 'vitest';
import { makeDataset, makeLab, makeModel, makeScore } from '../../../../test/fixtures/dataset';
import { buildDatasetIndex } from '../../../data/dataset-index';
import { labChartSummary } from '../components/lab-chart-text';
import { selectLabProfile } from '../lib/select-lab-profile';

const index = buildDatasetIndex(
  makeDataset({
    labs: [makeLab('meta', { name: 'Meta' }), makeLab('openai', { name: 'OpenAI' }), makeLab('solo', { name: 'Solo' }), makeLab('none', { name: 'None' }), makeLab('moonshot', { name: 'Moonshot AI', country: 'CN' })],
    models: [
      makeModel('l405', 'meta', { name: 'Llama 3.1 405B', releaseDate: '2024-07-23', scores: [makeScore(75)] }),
      makeModel('l70', 'meta', { name: 'Llama 3.3 70B', releaseDate: '2024-12-06', scores: [makeScore(75)] }),
      makeModel('gpt4o', 'openai', { name: 'GPT-4o', releaseDate: '2024-05-13', scores: [makeScore(78)] }),
      makeModel('o1', 'openai', { name: 'o1', releaseDate: '2024-12-05', scores: [makeScore(90)] }),
      makeModel('s1', 'solo', { name: 'S1', releaseDate: '2024-12-05', scores: [makeScore(90)] }),
      makeModel('n1', 'none', { name: 'N1', releaseDate: null, scores: [] }),
      makeModel('n2', 'none', { name: 'N2', releaseDate: '2024-01', scores: [] }),
      makeModel('k1', 'moonshot', { name: 'Kimi k1.5', releaseDate: '2025-01-20', scores: [makeScore(87, { status: 'as-stated' })] }),
      makeModel('kx', 'moonshot', { name: 'Kimi X', releaseDate: '2024-10-11', scores: [makeScore(70, { status: 'estimate' })] }),
    ],
  }),
);

const summary = (id: string) => {
  const p = selectLabProfile(index, id)!;
  return labChartSummary(p.chart, p.summary.models.length);
};

describe('labChartSummary', () => {
  it.each([
    ['openai', 'OpenAI has 2 models with an index value and a release date (of 2 in the dataset), from GPT-4o (78, 13 May 2024) to its best, o1 (90, 5 Dec 2024). o1 set the US frontier.'],
    ['meta', 'Meta has 2 models with an index value and a release date (of 2 in the dataset); the first, Llama 3.1 405B (75, 23 Jul 2024), is also its best. Llama 3.1 405B was 3 points below the US frontier at its release (78, set by GPT-4o).'],
    ['solo', 'Solo has one model with an index value and a release date (of 1 in the dataset): S1 (90, 5 Dec 2024). S1 equalled the US frontier, set by o1.'],
    [
      'moonshot',
      'Moonshot AI has 2 models with an index value and a release date (of 2 in the dataset), from Kimi X (70+, estimate, 11 Oct 2024) to its best, Kimi k1.5 (87, as stated in a write-up, 20 Jan 2025). Kimi k1.5 set China’s frontier.',
    ],
    ['none', 'No None model has an index value in the report’s data, so there is nothing to plot; its 2 models are listed below.'],
  ])('%s', (id, text) => {
    expect(summary(id)).toBe(text);
  });
});
