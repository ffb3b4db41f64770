/**
 * The frontier: the best index value reached so far, over time. Pure; shared by the timeline
 * (US vs China frontiers) and the lab profiles (their country's frontier in grey).
 */

/** What a frontier reads from a model row (structural, so this helper imports nothing of ours). */
export interface FrontierRow {
  score: { value: number } | null;
  releaseTime: number | null;
  model: { id: string };
}

export interface FrontierStep {
  /** When the frontier moved (ms since epoch, UTC). */
  time: number;
  /** The new best value. */
  value: number;
  /** The model that set it. */
  modelId: string;
}

/**
 * The record-setting models among `rows`, in time order: each step is a model whose value beats every
 * earlier one. Rows without a score or a release date cannot set a record and are skipped. Models
 * released on the same day are taken best first, so a tie does not make two steps.
 */
export function frontierSteps(rows: readonly FrontierRow[]): FrontierStep[] {
  const dated = rows
    .filter((r): r is FrontierRow & { score: { value: number }; releaseTime: number } => r.score !== null && r.releaseTime !== null)
    .sort((a, b) => a.releaseTime - b.releaseTime || b.score.value - a.score.value);
  const steps: FrontierStep[] = [];
  let best = -Infinity;
  for (const r of dated) {
    if (r.score.value > best) {
      best = r.score.value;
      steps.push({ time: r.releaseTime, value: best, modelId: r.model.id });
    }
  }
  return steps;
}

/** The frontier's value at a time: the best step at or before it, or null before the first. */
export function frontierAt(steps: readonly FrontierStep[], time: number): number | null {
  let value: number | null = null;
  for (const s of steps) {
    if (s.time > time) break;
    value = s.value;
  }
  return value;
}
