import { lazy, Suspense } from 'react';
import { Skeleton } from '../../components/ui/skeleton';
import { ViewErrorBoundary } from '../../components/ui/view-error-boundary';
import { useLocation } from '../../lib/location';
import { matchRoute, type Route } from './match-route';
import { NotFoundView } from '../../components/layout/not-found-view';

// Each view is its own chunk: the first view does not pay for the others.
const LeaderboardView = lazy(() => import('../../features/leaderboard/leaderboard-view').then((m) => ({ default: m.LeaderboardView })));
const TimelineView = lazy(() => import('../../features/timeline/timeline-view').then((m) => ({ default: m.TimelineView })));
const LabsView = lazy(() => import('../../features/labs/labs-view').then((m) => ({ default: m.LabsView })));
const LabProfileView = lazy(() => import('../../features/labs/lab-profile-view').then((m) => ({ default: m.LabProfileView })));
const LabsCompareView = lazy(() => import('../../features/labs/labs-compare-view').then((m) => ({ default: m.LabsCompareView })));
const ExportControlsView = lazy(() =>
  import('../../features/export-controls/export-controls-view').then((m) => ({ default: m.ExportControlsView })),
);
const AboutView = lazy(() => import('../../features/about/about-view').then((m) => ({ default: m.AboutView })));

function renderRoute(route: Route) {
  switch (route.name) {
    case 'leaderboard':
      return <LeaderboardView />;
    case 'timeline':
      return <TimelineView />;
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
    case 'not-found':
      return <NotFoundView path={route.path} />;
  }
}

export function RouteView() {
  const { path } = useLocation();
  const route = matchRoute(path);
  return (
    <ViewErrorBoundary resetKey={path}>
      <Suspense fallback={<Skeleton />}>{renderRoute(route)}</Suspense>
    </ViewErrorBoundary>
  );
}
