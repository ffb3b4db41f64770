import type { ViewHeading } from '../../components/ui/skeleton';
import { messages } from '../../messages';
import type { Route } from './match-route';

/**
 * The heading a view's placeholder can draw before the view's data and code arrive: the start page's
 * only, whose strings come with the first view (another view's strings load with its code).
 */
export function routeHeading(route: Route): ViewHeading | undefined {
  if (route.name !== 'leaderboard') return undefined;
  return { title: messages.leaderboard.title, intro: messages.leaderboard.intro };
}
