/**
 * Dataset + model id → everything the detail panel shows. Pure; tested without React.
 */
import type { DatasetIndex, ModelRow } from '../../../data/dataset-index';
import type { Scale, Score } from '../../../data/dataset.schema';

export interface ScoreRecord {
  score: Score;
  /** The scale of the record, or null if the dataset does not describe it. */
  scale: Scale | null;
  /** On the scale the charts use. */
  primary: boolean;
  /** The record charts and rankings use. */
  used: boolean;
}

export interface ModelDetail {
  row: ModelRow;
  /** Competition rank among every rated model in the dataset (no filters); null when not rated. */
  overallRank: { rank: number; tied: boolean; of: number } | null;
  /** Every score record, the used one first, then by scale and value. */
  records: ScoreRecord[];
  /** Conflicting values on the primary scale, to show side by side; null when the sources agree. */
  conflict: { used: Score | null; others: Score[] } | null;
}

export function selectModelDetail(index: DatasetIndex, modelId: string): ModelDetail | null {
  const row = index.rowsById.get(modelId);
  if (!row) return null;

  let overallRank: ModelDetail['overallRank'] = null;
  if (row.score) {
    const value = row.score.value;
    let above = 0;
    let same = 0;
    let rated = 0;
    for (const r of index.rows) {
      if (!r.score) continue;
      rated++;
      if (r.score.value > value) above++;
      else if (r.score.value === value) same++;
    }
    overallRank = { rank: above + 1, tied: same > 1, of: rated };
  }

  const scales = new Map(index.data.scales.map((s) => [s.id, s]));
  const records = row.model.scores
    .map((score) => ({ score, scale: scales.get(score.scale) ?? null, primary: score.scale === index.scale.id, used: score === row.score }))
    .sort((a, b) => Number(b.used) - Number(a.used) || Number(b.primary) - Number(a.primary) || b.score.value - a.score.value);

  const conflict = row.otherScores.length > 0 ? { used: row.score, others: row.otherScores } : null;
  return { row, overallRank, records, conflict };
}
