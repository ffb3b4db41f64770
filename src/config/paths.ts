/**
 * The app's paths, for links, so no component spells a URL by hand. Config: every layer may read it,
 * and it imports nothing of ours.
 */
export const paths = {
  leaderboard: '/',
  timeline: '/timeline',
  labs: '/labs',
  lab: (labId: string) => `/labs/${labId}`,
  labsCompare: (a?: string | null, b?: string | null) => `/labs/compare${a ? `/${a}` : ''}${a && b ? `/${b}` : ''}`,
  price: '/price',
  exportControls: '/export-controls',
  about: '/about',
};

/** The views whose URLs carry their own parameters (sort, mode, …); `other` is any other path. */
export type ViewName = 'leaderboard' | 'timeline' | 'price' | 'labs' | 'export-controls' | 'about' | 'other';

/** Which view a path shows, from its first segment (the router in app/routes matches the rest). */
export function viewOfPath(path: string): ViewName {
  const first = path.split('/').find(Boolean) ?? '';
  switch (first) {
    case '':
    case 'leaderboard':
      return 'leaderboard';
    case 'timeline':
    case 'price':
    case 'labs':
    case 'export-controls':
    case 'about':
      return first;
    default:
      return 'other';
  }
}
