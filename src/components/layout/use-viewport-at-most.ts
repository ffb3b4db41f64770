import { useSyncExternalStore } from 'react';
import { BREAKPOINTS, type Breakpoint } from '../../config/breakpoints';

const hasMatchMedia = () => typeof window !== 'undefined' && typeof window.matchMedia === 'function';

interface Watch {
  subscribe: (onChange: () => void) => () => void;
  matches: () => boolean;
}

function watchOf(breakpoint: Breakpoint): Watch {
  const query = `(max-width: ${BREAKPOINTS[breakpoint]}px)`;
  return {
    subscribe(onChange) {
      if (!hasMatchMedia()) return () => {};
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    matches: () => hasMatchMedia() && window.matchMedia(query).matches,
  };
}

// One stable subscribe/read pair per breakpoint, so a redraw does not resubscribe.
const WATCHES = Object.fromEntries((Object.keys(BREAKPOINTS) as Breakpoint[]).map((b) => [b, watchOf(b)])) as Record<Breakpoint, Watch>;
const wide = () => false;

/**
 * Whether the viewport is on the narrow side of `breakpoint`: the same `max-width` query the stylesheets use,
 * so a component can leave out what its CSS would hide there. Known on the first render (no flash), and it
 * follows a resize or a rotated phone. Without `matchMedia` (tests, old browsers) it answers "wide".
 */
export function useViewportAtMost(breakpoint: Breakpoint): boolean {
  const watch = WATCHES[breakpoint];
  return useSyncExternalStore(watch.subscribe, watch.matches, wide);
}
