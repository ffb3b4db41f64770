import type { Chip, EventRecord } from '../../../data/dataset.schema';
import { makeDataset, makeLab, makeModel, makeScore } from '../../../../test/fixtures/dataset';

export function makeEvent(id: string, date: string, patch: Partial<EventRecord> = {}): EventRecord {
  return { id, date, title: `Event ${id}`, kind: 'chip-rule', summary: `Summary of ${id}.`, details: [], thresholds: [], chips: [], labs: [], sources: ['S1'], confidence: 'high', ...patch };
}

export function makeChip(id: string, name: string, statuses: [Chip['status2022'], Chip['status2023'], Chip['status2025']], patch: Partial<Chip> = {}): Chip {
  return {
    id,
    vendor: 'NVIDIA',
    name,
    launch: null,
    tpp: 1000,
    tppMark: 'computed',
    performanceDensity: 3.14,
    pdMark: 'computed',
    dieMm2: 318.5,
    dieMark: 'stated',
    denseBf16Tflops: null,
    denseFp8OrInt8: null,
    memoryGb: null,
    memoryType: null,
    memoryBandwidthTBs: null,
    interconnectGBs: null,
    status2022: statuses[0],
    status2023: statuses[1],
    status2025: statuses[2],
    afterReport: null,
    designedForChina: false,
    note: null,
    sources: ['S1'],
    ...patch,
  };
}

export function exportDataset() {
  return makeDataset({
    labs: [makeLab('huawei', { name: 'Huawei', country: 'CN', entityList: { listed: true, date: '2019', sources: ['S1'] } }), makeLab('zhipu', { name: 'Zhipu AI', country: 'CN' }), makeLab('openai', { name: 'OpenAI' })],
    models: [makeModel('o1', 'openai', { name: 'o1', releaseDate: '2024-12-05', scores: [makeScore(90)] })],
    chips: [
      makeChip('l40', 'L40', ['allowed', 'nac', 'nac'], { performanceDensity: 4.76 }),
      makeChip('a800', 'A800', ['fits-under', 'restricted', 'restricted'], { designedForChina: true }),
      makeChip('a100', 'A100', ['restricted', 'restricted', 'restricted'], { tpp: 4992, performanceDensity: 6.04 }),
      makeChip('h20', 'H20', ['not-launched', 'fits-under', 'allowed'], { designedForChina: true, afterReport: '2025-04: licence required; 2025-07: allowed again' }),
      makeChip('mi308x', 'MI308X', ['not-launched', 'fits-under-reported', 'allowed'], { vendor: 'AMD', designedForChina: true, tpp: null, tppMark: 'unverified' }),
    ],
    events: [
      makeEvent('2025-07-resumption', '2025-07', { title: 'H20 allowed again' }),
      makeEvent('2023-10-update', '2023-10-17', { title: 'October 2023 update', chips: ['a800'], thresholds: ['TPP ≥ 4800'] }),
      makeEvent('2019-huawei', '2019', { kind: 'entity-list', title: 'Huawei listed', labs: ['huawei'] }),
      makeEvent('2025-01-diffusion', '2025-01-13', {
        kind: 'diffusion-rule',
        title: 'AI diffusion rule',
        details: ['Tier 1: the US plus 18 allies.', 'Tier 3: China (including Hong Kong and Macau), Russia and others.', 'Tier 2: most countries, with caps.', 'Released 2025-01-13.'],
        thresholds: ['Tier 2 country cap: about 790,000,000 TPP', 'Closed model weights: over 10^26 FLOP'],
      }),
      makeEvent('2025-01-zhipu', '2025-01-15', { kind: 'entity-list', title: 'Zhipu listed', labs: ['zhipu'] }),
      makeEvent('2022-10-rule', '2022-10-07', { title: 'October 2022 rule', chips: ['a100'] }),
      makeEvent('2025-04-licence', '2025-04-09', { title: 'H20 licence', chips: ['h20'] }),
      makeEvent('2025-01-h20-talks', '2025-01-29', { kind: 'reported-deliberation', title: 'H20 curbs considered' }),
    ],
  });
}
