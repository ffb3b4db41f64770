import type { DatasetIndex } from '../../../data/dataset-index';
import type { Score } from '../../../data/dataset.schema';

export interface ConflictRow {
  modelId: string;
  modelName: string;
  used: Score | null;
  others: Score[];
}

/** Models whose sources state more than one value on the primary scale, or only a value that is not used. */
export function selectConflicts(index: DatasetIndex): ConflictRow[] {
  return index.rows
    .filter((row) => row.otherScores.length > 0)
    .map((row) => ({ modelId: row.model.id, modelName: row.model.name, used: row.score, others: row.otherScores }))
    .sort((a, b) => a.modelName.localeCompare(b.modelName));
}
