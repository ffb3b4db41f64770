/** A small dataset with the shape of the real story: a US and a Chinese frontier, open weights, events. */
import type { EventRecord } from '../../../data/dataset.schema';
import { makeDataset, makeLab, makeModel, makeScore } from '../../../../test/fixtures/dataset';

export function makeEvent(id: string, date: string, patch: Partial<EventRecord> = {}): EventRecord {
  return { id, date, title: `Event ${id}`, kind: 'chip-rule', summary: `Summary of ${id}.`, details: [], thresholds: [], chips: [], labs: [], sources: ['S1'], confidence: 'high', ...patch };
}

export function timelineDataset() {
  return makeDataset({
    labs: [
      makeLab('openai', { name: 'OpenAI' }),
      makeLab('meta', { name: 'Meta' }),
      makeLab('deepseek', { name: 'DeepSeek', country: 'CN' }),
      makeLab('alibaba', { name: 'Alibaba', country: 'CN', kind: 'big-tech' }),
      makeLab('moonshot', { name: 'Moonshot AI', country: 'CN' }),
      makeLab('mistral', { name: 'Mistral AI', country: 'FR' }),
    ],
    models: [
      makeModel('gpt-4-turbo', 'openai', { name: 'GPT-4 Turbo', releaseDate: '2023-11-06', scores: [makeScore(75)] }),
      makeModel('deepseek-llm-67b', 'deepseek', { name: 'DeepSeek LLM 67B', releaseDate: '2023-11-29', openWeights: true, scores: [makeScore(47)] }),
      makeModel('llama-3-1-405b', 'meta', { name: 'Llama 3.1 405B', releaseDate: '2024-07-23', openWeights: true, scores: [makeScore(75)] }),
      makeModel('mistral-large-2', 'mistral', { name: 'Mistral Large 2', releaseDate: '2024-07-24', openWeights: true, scores: [makeScore(74)] }),
      makeModel('qwen2-5-72b', 'alibaba', { name: 'Qwen2.5-72B-Instruct', releaseDate: '2024-09-19', openWeights: true, scores: [makeScore(78)] }),
      makeModel('o1-preview', 'openai', { name: 'o1-preview', releaseDate: '2024-09-12', reasoning: true, scores: [makeScore(85)] }),
      makeModel('qwq-32b-preview', 'alibaba', { name: 'QwQ-32B-Preview', releaseDate: '2024-11-28', openWeights: true, reasoning: true, scores: [makeScore(78, { status: 'as-stated' })] }),
      makeModel('o1', 'openai', {
        name: 'o1',
        releaseDate: '2024-12-05',
        reasoning: true,
        scores: [makeScore(90), makeScore(94, { status: 'as-stated', preferred: false, sources: ['S1'] })],
      }),
      makeModel('deepseek-r1', 'deepseek', { name: 'DeepSeek-R1', releaseDate: '2025-01-20', openWeights: true, reasoning: true, scores: [makeScore(89)] }),
      makeModel('kimi-k1-5', 'moonshot', { name: 'Kimi k1.5', releaseDate: '2025-01-20', reasoning: true, scores: [makeScore(87, { status: 'as-stated' })] }),
      // No preferred value, but a write-up states one that is not used (as for Step-2-16K).
      makeModel('step-like', 'moonshot', { name: 'Month-dated model', releaseDate: '2025-01', scores: [makeScore(84, { status: 'as-stated', preferred: false })] }),
      makeModel('o3', 'openai', { name: 'o3', releaseDate: '2025-04-16', reasoning: true, scores: [makeScore(94, { status: 'estimate' })] }),
      makeModel('undated', 'alibaba', { name: 'Undated model', releaseDate: null, scores: [] }),
      makeModel('year-only', 'alibaba', { name: 'Year-only model', releaseDate: '2024', scores: [makeScore(60)] }),
    ],
    events: [
      makeEvent('2023-oct', '2023-10-17', { title: 'October 2023 update', thresholds: ['TPP ≥ 4800'] }),
      makeEvent('2019-huawei', '2019', { kind: 'entity-list', labs: ['alibaba'] }),
      makeEvent('2022-oct', '2022-10-07', { title: 'October 2022 rule' }),
      makeEvent('2025-jan', '2025-01-13', { kind: 'diffusion-rule', thresholds: ['TPP ≥ 1600 per tier'], details: ['Tier 1: the US and allies.', 'Tier 2: most countries.', 'Tier 3: China and others.'] }),
      makeEvent('2025-apr', '2025-04-09', { title: 'April 2025 licence' }),
      makeEvent('2025-jul', '2025-07', { title: 'July 2025 resumption' }),
    ],
    claims: [{ id: 'chinese-reasoning-labs', text: 'Seven Chinese AI labs have launched reasoning models.', count: 7, sources: ['S1'], supported: [] }],
  });
}
