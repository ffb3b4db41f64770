/**
 * The numbers each story step states in "What the data says", computed from the dataset. Pure: no
 * strings for the screen here (those are in messages), only values and the sources behind them.
 */
import { blendedPrice } from '../../../data/blended-price';
import type { DatasetIndex, ModelRow } from '../../../data/dataset-index';
import type { Region } from '../../../lib/regions';

/** A model picked by a step, with the value the step uses and its sources. */
export interface Pick {
  id: string;
  name: string;
  value: number;
}

type Rated = ModelRow & { score: NonNullable<ModelRow['score']> };
const rated = (r: ModelRow): r is Rated => r.score !== null;
/** Released on or before the report's day (a row without a release date is not placed in time). */
const byReport = (r: ModelRow) => r.model.releaseDate !== null && !r.afterReport;

/** The best-rated row of those given (first in dataset order on a tie), or null. */
export function best(rows: readonly ModelRow[]): Pick | null {
  let top: Rated | null = null;
  for (const r of rows) if (rated(r) && (!top || r.score.value > top.score.value)) top = r;
  return top ? { id: top.model.id, name: top.model.name, value: top.score.value } : null;
}

function bestOf(index: DatasetIndex, test: (r: ModelRow) => boolean): Pick {
  const top = best(index.rows.filter(test));
  if (!top) throw new Error('no rated model for a story step');
  return top;
}

const inRegion = (region: Region) => (r: ModelRow) => r.region === region;

/** Step 1: the US and Chinese frontiers at the end of 2023 and at the report. */
export function frontierGap(index: DatasetIndex) {
  const by2023 = (r: ModelRow) => r.model.releaseDate !== null && r.model.releaseDate < '2024';
  const us2023 = bestOf(index, (r) => inRegion('us')(r) && by2023(r));
  const cn2023 = bestOf(index, (r) => inRegion('cn')(r) && by2023(r));
  const usNow = bestOf(index, (r) => inRegion('us')(r) && byReport(r));
  const cnNow = bestOf(index, (r) => inRegion('cn')(r) && byReport(r));
  return { us2023, cn2023, gap2023: us2023.value - cn2023.value, usNow, cnNow, gapNow: usNow.value - cnNow.value };
}

/** A model's value with a given status on the primary scale, or null. */
function valueWith(index: DatasetIndex, modelId: string, status: 'measured' | 'as-stated'): number | null {
  const model = index.modelsById.get(modelId);
  return model?.scores.find((s) => s.scale === index.scale.id && s.status === status)?.value ?? null;
}

/** Step 2: R1 against o1, with o1's stated value (the headline) and its measured one. */
export function r1VersusO1(index: DatasetIndex) {
  const r1 = valueWith(index, 'deepseek-r1', 'measured');
  const o1Stated = valueWith(index, 'o1', 'as-stated');
  const o1Measured = valueWith(index, 'o1', 'measured');
  if (r1 === null || o1Stated === null || o1Measured === null) throw new Error('R1 or o1 lacks a value');
  return { r1, o1Stated, o1Measured, headlineGap: o1Stated - r1, measuredGap: o1Measured - r1 };
}

/** Step 3: the report's "seven labs" against the labs the sources support and the dated rows. */
export function reasoningLabs(index: DatasetIndex) {
  const claim = index.reasoningLabsClaim;
  const byDate = new Set(index.rows.filter((r) => r.region === 'cn' && r.model.reasoning === true && byReport(r)).map((r) => r.lab.id));
  return { claimed: claim?.count ?? null, supported: claim ? new Set(claim.supported.map((s) => s.labId)).size : 0, byDate: byDate.size };
}

/** Step 4: the best Chinese big-tech model against the best Chinese start-up model, by the report. */
export function bigTechVersusStartups(index: DatasetIndex) {
  const cn = (kind: string) => (r: ModelRow) => r.region === 'cn' && r.lab.kind === kind && byReport(r);
  return { bigTech: bestOf(index, cn('big-tech')), startup: bestOf(index, cn('startup')) };
}

/** Step 5: the best open-weights model of China and of the US by the report, and o1 for scale. */
export function openWeightsLead(index: DatasetIndex) {
  const open = (region: Region) => (r: ModelRow) => r.region === region && r.model.openWeights === true && byReport(r);
  const o1 = valueWith(index, 'o1', 'measured');
  if (o1 === null) throw new Error('o1 lacks a measured value');
  return { cn: bestOf(index, open('cn')), us: bestOf(index, open('us')), o1 };
}

/** Step 6: R1's and o1's blended API price, and how many times R1's price o1's is (rounded). */
export function priceRatio(index: DatasetIndex) {
  const price = (id: string) => {
    const p = index.modelsById.get(id)?.price;
    const blended = p ? blendedPrice(p) : null;
    if (blended === null) throw new Error(`${id} has no blended price`);
    return blended;
  };
  const r1 = price('deepseek-r1');
  const o1 = price('o1');
  return { r1, o1, ratio: Math.round(o1 / r1) };
}

/** Step 7: accelerators designed for China still allowed in early 2025, and the TPP of H20, L20 and A100. */
export function chipsUnderTheLine(index: DatasetIndex) {
  const chips = index.data.chips;
  const tpp = (id: string) => chips.find((c) => c.id === id)?.tpp ?? null;
  return {
    allowed: chips.filter((c) => c.designedForChina && c.status2025 === 'allowed').length,
    h20: tpp('h20'),
    l20: tpp('l20'),
    a100: tpp('a100-sxm4-80gb'),
  };
}

/** Step 8: the models released after the report, and o3 (which the source document ranks first). */
export function afterTheReport(index: DatasetIndex) {
  const o3 = index.rowsById.get('o3');
  return { later: index.rows.filter((r) => r.afterReport).length, o3Value: o3?.score?.value ?? null, o3Released: o3?.model.releaseDate ?? null };
}

/** The sources of the values of the given models (each model's preferred score), first seen first. */
export function sourcesOf(index: DatasetIndex, ids: readonly string[]): string[] {
  const out = new Set<string>();
  for (const id of ids) for (const s of index.rowsById.get(id)?.score?.sources ?? []) out.add(s);
  return [...out];
}
