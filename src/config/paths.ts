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
  story: (step: number) => `/story/${step}`,
  embed: (figure: EmbedFigureName) => `/embed/${figure}`,
};

/** The figures with a chrome-less page of their own (`/embed/<figure>`, for iframes); the first is the default. */
export const EMBED_FIGURES = ['leaderboard', 'frontier', 'cadence'] as const;
export type EmbedFigureName = (typeof EMBED_FIGURES)[number];

export function isEmbedFigure(name: string): name is EmbedFigureName {
  return (EMBED_FIGURES as readonly string[]).includes(name);
}

/** The view an embedded figure belongs to: its URL carries that view's parameters. */
const EMBED_VIEW: Record<EmbedFigureName, ViewName> = { leaderboard: 'leaderboard', frontier: 'timeline', cadence: 'timeline' };

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
    case 'embed': {
      const figure = path.split('/').filter(Boolean)[1] ?? '';
      return EMBED_VIEW[isEmbedFigure(figure) ? figure : EMBED_FIGURES[0]];
    }
    default:
      return 'other';
  }
}
