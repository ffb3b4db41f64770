/**
 * The directory's dot plot: each lab's best index as one dot, highest first. Labs with no rated model
 * are listed apart, never drawn (a missing value is not 0). Pure; no formatting.
 */
import type { CountryCode, ScoreStatus } from '../../../data/dataset.schema';
import type { Region } from '../../../lib/regions';
import type { LabSummary } from './select-lab-directory';

export interface LabDotRow {
  labId: string;
  labName: string;
  country: CountryCode;
  region: Region;
  modelId: string;
  modelName: string;
  value: number;
  status: ScoreStatus;
  afterReport: boolean;
  sources: string[];
}

export interface LabDotPlot {
  /** Highest value first; ties by lab name A to Z. */
  rows: LabDotRow[];
  /** Labs in the selection with no rated model, by name. */
  unrated: Array<{ labId: string; labName: string }>;
  /** The value axis: the shared index domain, widened if a value falls outside it. */
  domain: [number, number];
}

const byName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' });

export function selectLabDotPlot(labs: readonly LabSummary[], domain: readonly [number, number]): LabDotPlot {
  const rows: LabDotRow[] = [];
  const unrated: LabDotPlot['unrated'] = [];
  for (const s of labs) {
    const best = s.best;
    if (!best?.score) {
      unrated.push({ labId: s.lab.id, labName: s.lab.name });
      continue;
    }
    rows.push({
      labId: s.lab.id,
      labName: s.lab.name,
      country: s.lab.country,
      region: s.region,
      modelId: best.model.id,
      modelName: best.model.name,
      value: best.score.value,
      status: best.score.status,
      afterReport: best.afterReport,
      sources: best.score.sources,
    });
  }
  rows.sort((a, b) => b.value - a.value || byName(a.labName, b.labName));
  unrated.sort((a, b) => byName(a.labName, b.labName));
  const values = rows.map((r) => r.value);
  const low = Math.min(domain[0], ...values);
  const high = Math.max(domain[1], ...values);
  return { rows, unrated, domain: [low, high] };
}
