/** Two labs side by side, from the ids in the URL. Pure; a missing or unknown id is a state, not an error. */
import type { DatasetIndex } from '../../../data/dataset-index';
import { selectLabProfile, type LabProfile } from './select-lab-profile';

export type CompareSide =
  | { status: 'ok'; id: string; profile: LabProfile }
  | { status: 'missing'; id: null; profile: null }
  | { status: 'unknown'; id: string; profile: null };

export interface LabComparison {
  a: CompareSide;
  b: CompareSide;
  /** Both sides are known labs: draw the comparison. */
  ready: boolean;
}

function side(index: DatasetIndex, id: string | null): CompareSide {
  if (!id) return { status: 'missing', id: null, profile: null };
  const profile = selectLabProfile(index, id);
  return profile ? { status: 'ok', id, profile } : { status: 'unknown', id, profile: null };
}

export function selectLabComparison(index: DatasetIndex, a: string | null, b: string | null): LabComparison {
  const left = side(index, a);
  const right = side(index, b);
  return { a: left, b: right, ready: left.status === 'ok' && right.status === 'ok' };
}
