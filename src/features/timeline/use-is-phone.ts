import { useSyncExternalStore } from 'react';
import { BREAKPOINTS } from '../../config/breakpoints';

const QUERY = `(max-width: ${BREAKPOINTS.phone}px)`;

function subscribe(onChange: () => void) {
  if (typeof window.matchMedia !== 'function') return () => {};
  const list = window.matchMedia(QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

const isPhone = () => typeof window.matchMedia === 'function' && window.matchMedia(QUERY).matches;

/** Whether the viewport is on the phone side of the `phone` breakpoint (what the stylesheets' `max-width` matches). */
export function useIsPhone(): boolean {
  return useSyncExternalStore(subscribe, isPhone, () => false);
}
