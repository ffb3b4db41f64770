import { lazy, Suspense } from 'react';
import { Skeleton } from '../../components/ui/skeleton';
import { ViewErrorBoundary } from '../../components/ui/view-error-boundary';
import { usePath } from '../../lib/location';
import { matchRoute, type Route } from './match-route';
import { routeChunks } from './route-chunks';
import { routeHeading } from './route-heading';

// Each view is its own chunk (route-chunks.ts): the first view does not pay for the others.
const LeaderboardView = lazy(() => routeChunks.leaderboard().then((m) => ({ default: m.LeaderboardView })));
const TimelineView = lazy(() => routeChunks.timeline().then((m) => ({ default: m.TimelineView })));
const PriceView = lazy(() => routeChunks.price().then((m) => ({ default: m.PriceView })));
const LabsView = lazy(() => routeChunks.labs().then((m) => ({ default: m.LabsView })));
const LabProfileView = lazy(() => routeChunks.lab().then((m) => ({ default: m.LabProfileView })));
const LabsCompareView = lazy(() => routeChunks['labs-compare']().then((m) => ({ default: m.LabsCompareView })));
const ExportControlsView = lazy(() => routeChunks['export-controls']().then((m) => ({ default: m.ExportControlsView })));
const AboutView = lazy(() => routeChunks.about().then((m) => ({ default: m.AboutView })));
// The story and the figures it borrows load on its first visit.
const StoryRoute = lazy(() => import('./story-route').then((m) => ({ default: m.StoryRoute })));
// Rare, so not in the first view's code either.
const NotFoundView = lazy(() => import('../../components/layout/not-found-view').then((m) => ({ default: m.NotFoundView })));

function renderRoute(route: Route) {
  switch (route.name) {
    case 'leaderboard':
      return <LeaderboardView />;
    case 'timeline':
      return <TimelineView />;
    case 'price':
      return <PriceView />;
    case 'labs':
      return <LabsView />;
    case 'lab':
      return <LabProfileView labId={route.labId} />;
    case 'labs-compare':
      return <LabsCompareView a={route.a} b={route.b} />;
    case 'export-controls':
      return <ExportControlsView />;
    case 'about':
      return <AboutView />;
    case 'story':
      return <StoryRoute step={route.step} />;
    case 'not-found':
      return <NotFoundView path={route.path} />;
  }
}

export function RouteView() {
  const path = usePath();
  const route = matchRoute(path);
  return (
    <ViewErrorBoundary resetKey={path}>
      <Suspense fallback={<Skeleton heading={routeHeading(route)} />}>{renderRoute(route)}</Suspense>
    </ViewErrorBoundary>
  );
}
