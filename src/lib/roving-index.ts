/**
 * Where a key moves the current item of a list of `count` (a roving focus, a chart's keyboard cursor):
 * → and ↓ to the next, ← and ↑ to the previous, Home/End to the ends, and PageDown/PageUp `page` items at a
 * time when a page is given; never past the ends. Null when the key is not a move, or there is nothing.
 */
export function rovingIndex(key: string, current: number, count: number, page = 0): number | null {
  if (count <= 0) return null;
  const clamp = (i: number) => Math.max(0, Math.min(count - 1, i));
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return clamp(current + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return clamp(current - 1);
    case 'PageDown':
      return page > 0 ? clamp(current + page) : null;
    case 'PageUp':
      return page > 0 ? clamp(current - page) : null;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
