import type { Route } from './match-route';

/**
 * Each view's lazy chunk, by route. `lazy()` in route-view and the preload in main.tsx call the same
 * loader, so the browser fetches a chunk once; calling it early only starts the download sooner.
 */
export const routeChunks = {
  leaderboard: () => import('../../features/leaderboard/leaderboard-view'),
  timeline: () => import('../../features/timeline/timeline-view'),
  price: () => import('../../features/price/price-view'),
  labs: () => import('../../features/labs/labs-view'),
  lab: () => import('../../features/labs/lab-profile-view'),
  'labs-compare': () => import('../../features/labs/labs-compare-view'),
  'export-controls': () => import('../../features/export-controls/export-controls-view'),
  about: () => import('../../features/about/about-view'),
  story: () => import('../../features/story/story-view'),
} satisfies Record<Exclude<Route['name'], 'not-found'>, () => Promise<unknown>>;

/** Starts loading the chunk of the view at `route` (nothing for a path that matches no view). */
export function preloadRouteChunk(route: Route): void {
  if (route.name !== 'not-found') void routeChunks[route.name]().catch(() => undefined);
}
