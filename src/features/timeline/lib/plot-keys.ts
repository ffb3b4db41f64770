/** What a key does on the frontier plot, which steps through the points in release order. Pure. */
export type PlotKeyAction = { kind: 'move'; index: number } | { kind: 'select' } | { kind: 'clear' } | null;

/**
 * → and ↑ go to the next point, ← and ↓ to the previous one (from nothing: the first or the last),
 * PageUp/PageDown ten at a time, Home/End to the ends; Enter or Space opens the current point and
 * Escape lets go of it. `null` when the key is not the plot's (or there is nothing to do).
 */
export function plotKeyAction(key: string, current: number | null, count: number): PlotKeyAction {
  const clamp = (i: number) => ({ kind: 'move' as const, index: Math.max(0, Math.min(count - 1, i)) });
  const at = current ?? -1;
  const moves: Record<string, () => PlotKeyAction> = {
    ArrowRight: () => clamp(at < 0 ? 0 : at + 1),
    ArrowUp: () => clamp(at < 0 ? 0 : at + 1),
    ArrowLeft: () => clamp(at < 0 ? count - 1 : at - 1),
    ArrowDown: () => clamp(at < 0 ? count - 1 : at - 1),
    PageUp: () => clamp(at + 10),
    PageDown: () => clamp(at - 10),
    Home: () => clamp(0),
    End: () => clamp(count - 1),
  };
  if (key in moves) return count === 0 ? null : moves[key]!();
  if (key === 'Enter' || key === ' ') return current !== null && current < count ? { kind: 'select' } : null;
  if (key === 'Escape') return current !== null ? { kind: 'clear' } : null;
  return null;
}
