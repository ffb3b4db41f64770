import { chunk } from '../../lib/lazy-chunk';
import type { Route } from './match-route';

/**
 * Each view's lazy chunk, by route. The views (route-view), the story's figures, the embeds and the preload
 * in app.tsx share one loader per chunk: it is fetched once, and a view whose chunk is already here draws
 * at once (lazyFrom); calling a loader early only starts the download sooner.
 */
export const routeChunks = {
  leaderboard: chunk(() => import('../../features/leaderboard/leaderboard-view')),
  timeline: chunk(() => import('../../features/timeline/timeline-view')),
  price: chunk(() => import('../../features/price/price-view')),
  labs: chunk(() => import('../../features/labs/labs-view')),
  lab: chunk(() => import('../../features/labs/lab-profile-view')),
  'labs-compare': chunk(() => import('../../features/labs/labs-compare-view')),
  'export-controls': chunk(() => import('../../features/export-controls/export-controls-view')),
  about: chunk(() => import('../../features/about/about-view')),
  story: chunk(() => import('../../features/story/story-view')),
} satisfies Record<Exclude<Route['name'], 'not-found'>, () => Promise<unknown>>;

/** Starts loading the chunk of the view at `route` (nothing for a path that matches no view). */
export function preloadRouteChunk(route: Route): void {
  if (route.name !== 'not-found') void routeChunks[route.name]().catch(() => undefined);
}
