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
  exportControls: '/export-controls',
  about: '/about',
};
