import type { ModelRow } from '../../data/dataset-index';
import { formatScore } from '../../lib/format';
import { messages } from '../../messages';

/** For a model with no preferred value: the other values its sources state, which are not used (or null). */
export function otherValuesNotUsed(row: ModelRow): string | null {
  if (row.score !== null || row.otherScores.length === 0) return null;
  const m = messages.common;
  return m.otherNotUsed(m.joinItems(row.otherScores.map((s) => m.otherValue[s.status](formatScore(s.value, s.status)))));
}
