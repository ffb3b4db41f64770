import type { ScoreStatus } from '../../../data/dataset.schema';

/** An index value as the report writes it: an estimate carries "+" after the number ("94+"). */
export function formatScore(value: number, status: ScoreStatus | null | undefined): string {
  return status === 'estimate' ? `${value}+` : String(value);
}
