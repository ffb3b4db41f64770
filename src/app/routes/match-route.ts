/** The app's paths, matched by a pure function (tested without React). The paths for links are in config/paths. */
export type Route =
  | { name: 'leaderboard' }
  | { name: 'timeline' }
  | { name: 'price' }
  | { name: 'labs' }
  | { name: 'lab'; labId: string }
  | { name: 'labs-compare'; a: string | null; b: string | null }
  | { name: 'export-controls' }
  | { name: 'about' }
  /** `/story` and `/story/:step`; the raw step (or the rest of the path) is checked by the story itself. */
  | { name: 'story'; step: string | null }
  | { name: 'not-found'; path: string };

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function matchRoute(path: string): Route {
  const clean = path.replace(/\/+$/, '') || '/';
  const parts = clean.split('/').filter(Boolean);
  if (parts.length === 0) return { name: 'leaderboard' };
  const [first, second, third, fourth] = parts;
  switch (first) {
    case 'leaderboard':
      return parts.length === 1 ? { name: 'leaderboard' } : { name: 'not-found', path };
    case 'timeline':
      return parts.length === 1 ? { name: 'timeline' } : { name: 'not-found', path };
    case 'price':
      return parts.length === 1 ? { name: 'price' } : { name: 'not-found', path };
    case 'export-controls':
      return parts.length === 1 ? { name: 'export-controls' } : { name: 'not-found', path };
    case 'about':
      return parts.length === 1 ? { name: 'about' } : { name: 'not-found', path };
    case 'story':
      return { name: 'story', step: parts.length === 1 ? null : parts.slice(1).join('/') };
    case 'labs':
      if (parts.length === 1) return { name: 'labs' };
      if (second === 'compare' && parts.length <= 4) {
        const a = third && SLUG.test(third) ? third : null;
        const b = fourth && SLUG.test(fourth) ? fourth : null;
        return { name: 'labs-compare', a, b };
      }
      if (parts.length === 2 && second && SLUG.test(second)) return { name: 'lab', labId: second };
      return { name: 'not-found', path };
    default:
      return { name: 'not-found', path };
  }
}
