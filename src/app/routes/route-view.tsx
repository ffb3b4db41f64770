import { lazy, Suspense } from 'react';
import { Skeleton } from '../../components/ui/skeleton';
import { ViewErrorBoundary } from '../../components/ui/view-error-boundary';
import { lazyFrom } from '../../lib/lazy-chunk';
import { usePath } from '../../lib/location';
import { matchRoute, type Route } from './match-route';
import { routeChunks } from './route-chunks';
import { routeHeading } from './route-heading';

// Each view is its own chunk (route-chunks.ts): the first view does not pay for the others. The first
// view's chunk is preloaded beside the dataset (app.tsx), so it draws in the same commit as its data.
const LeaderboardView = lazyFrom(routeChunks.leaderboard, (m) => m.LeaderboardView);
const TimelineView = lazyFrom(routeChunks.timeline, (m) => m.TimelineView);
const PriceView = lazyFrom(routeChunks.price, (m) => m.PriceView);
const LabsView = lazyFrom(routeChunks.labs, (m) => m.LabsView);
const LabProfileView = lazyFrom(routeChunks.lab, (m) => m.LabProfileView);
const LabsCompareView = lazyFrom(routeChunks['labs-compare'], (m) => m.LabsCompareView);
const ExportControlsView = lazyFrom(routeChunks['export-controls'], (m) => m.ExportControlsView);
const AboutView = lazyFrom(routeChunks.about, (m) => m.AboutView);
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
