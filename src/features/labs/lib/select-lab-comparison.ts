/** Two labs side by side, from the ids in the URL. Pure; a missing or unknown id is a state, not an error. */
import type { DatasetIndex } from '../../../data/dataset-index';
import type { Scope } from '../../../filters/filter-state';
import { selectLabProfile, type LabProfile } from './select-lab-profile';

export type CompareSide =
  | { status: 'ok'; id: string; profile: LabProfile }
  | { status: 'missing'; id: null; profile: null }
  | { status: 'unknown'; id: string; profile: null };

/** The two labs' best values in the scope: which leads and by how many index points. */
export interface BestLead {
  a: number;
  b: number;
  /** Who leads; `level` when the two bests are equal. */
  leader: 'a' | 'b' | 'level';
  /** Absolute difference, in index points. */
  points: number;
}

export interface LabComparison {
  a: CompareSide;
  b: CompareSide;
  /** Both sides are known labs: draw the comparison. */
  ready: boolean;
  /** Both labs have a rated model in scope: the difference of their bests; else null (no comparison). */
  lead: BestLead | null;
}

function side(index: DatasetIndex, id: string | null, scope: Scope): CompareSide {
  if (!id) return { status: 'missing', id: null, profile: null };
  const profile = selectLabProfile(index, id, scope);
  return profile ? { status: 'ok', id, profile } : { status: 'unknown', id, profile: null };
}

const bestValue = (s: CompareSide) => (s.status === 'ok' ? (s.profile.summary.best?.score?.value ?? null) : null);

export function selectLabComparison(index: DatasetIndex, a: string | null, b: string | null, scope: Scope = 'all'): LabComparison {
  const left = side(index, a, scope);
  const right = side(index, b, scope);
  const va = bestValue(left);
  const vb = bestValue(right);
  const lead: BestLead | null = va === null || vb === null ? null : { a: va, b: vb, leader: va > vb ? 'a' : vb > va ? 'b' : 'level', points: Math.abs(va - vb) };
  return { a: left, b: right, ready: left.status === 'ok' && right.status === 'ok', lead };
}
