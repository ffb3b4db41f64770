import { QueryClientProvider, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { AppFooter } from '../components/layout/app-footer';
import { AppHeader } from '../components/layout/app-header';
import { DatasetLoading } from '../components/ui/dataset-loading';
import { DatasetContext, datasetQueryOptions, useDatasetQuery } from '../data/dataset-queries';
import { firstPaintShown } from '../lib/after-paint';
import { useLang } from '../lib/locale';
import { getLocation, useLocation, usePath } from '../lib/location';
import { AUTOMATIC_RETRIES } from '../lib/query-client';
import { messages } from '../messages';
import { useFiltersStore } from '../stores/filters/filters-store';
import { sanitizeStoreAgainst, startFiltersUrlSync } from '../stores/filters/filters-url-sync';
import { matchRoute } from './routes/match-route';
import { routeHeading } from './routes/route-heading';
import { preloadRouteChunk } from './routes/route-chunks';
import { RouteView } from './routes/route-view';

// The embed page (`/embed/:figure`) is its own chunk: the dashboard's first view does not pay for it.
const EmbedRoute = lazy(() => import('./routes/embed-route').then((m) => ({ default: m.EmbedRoute })));

const ModelDetailPanel = lazy(() =>
  import('../features/model-detail/model-detail-panel').then((m) => ({ default: m.ModelDetailPanel })),
);
const UnknownModelNotice = lazy(() =>
  import('../features/model-detail/unknown-model-notice').then((m) => ({ default: m.UnknownModelNotice })),
);

/**
 * The error panel says in words what went wrong; it is rare, so its code and strings load only when a
 * load fails. If even that chunk cannot be fetched (offline), a plain panel with Retry stands in.
 */
const ErrorPanel = lazy(() =>
  import('../components/ui/error-panel').then(
    (m) => ({ default: m.ErrorPanel }),
    () => ({ default: PlainErrorPanel }),
  ),
);

function PlainErrorPanel({ onRetry }: { error: Error; onRetry: () => void }) {
  const m = messages.common.error;
  return (
    <section className="error-panel" role="alert">
      <h2>{m.title}</h2>
      <button type="button" className="primary" onClick={onRetry}>
        {m.retry}
      </button>
    </section>
  );
}

/** Loading, error or the views (or `children` in their place): the page is never blank. */
function DatasetGate({ children }: { children?: ReactNode }) {
  const query = useDatasetQuery();
  const queryClient = useQueryClient();
  const selectedModel = useFiltersStore((s) => s.model);
  const data = query.data;
  // The page (not an embed) can show its view's heading while the data loads.
  const path = usePath();
  const heading = children ? undefined : routeHeading(matchRoute(path));

  // A model the link names but the dataset lacks (`?model=nope`): the sanitizer drops it from the store and
  // cleans the address (replaceState); the notice says so instead of ignoring it silently.
  // Checked once per dataset, during render (before the effect below sanitizes the store).
  const [unknownModel, setUnknownModel] = useState<string | null>(null);
  const [checkedData, setCheckedData] = useState<typeof data>(undefined);
  if (data && checkedData !== data) {
    setCheckedData(data);
    if (selectedModel && !data.modelIds.has(selectedModel)) setUnknownModel(selectedModel);
  }
  useEffect(() => {
    if (data) sanitizeStoreAgainst({ labIds: data.labIds, modelIds: data.modelIds, asOf: data.data.meta.asOf });
  }, [data]);

  if (query.isPending)
    return (
      <DatasetLoading
        failureCount={query.failureCount}
        failureReason={query.failureReason}
        totalAttempts={AUTOMATIC_RETRIES + 1}
        // A hung request is not replaced by refetch(); reset cancels it and starts a new one.
        onRetry={() => void queryClient.resetQueries({ queryKey: datasetQueryOptions().queryKey })}
        heading={heading}
      />
    );
  if (query.isError)
    return (
      <Suspense fallback={null}>
        <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />
      </Suspense>
    );
  return (
    <DatasetContext value={query.data}>
      {children ?? (
        <>
          {unknownModel && (
            <Suspense fallback={null}>
              <UnknownModelNotice id={unknownModel} onDismiss={() => setUnknownModel(null)} />
            </Suspense>
          )}
          <RouteView />
          {selectedModel && query.data.modelIds.has(selectedModel) && (
            <Suspense fallback={null}>
              <ModelDetailPanel modelId={selectedModel} />
            </Suspense>
          )}
        </>
      )}
    </DatasetContext>
  );
}

function Shell() {
  const { data } = useDatasetQuery();
  useEffect(() => startFiltersUrlSync(), []);
  // The view's chunk starts with the dataset, once the shell's first paint is on screen (datasetQueryOptions),
  // rather than after the dataset has arrived.
  useEffect(() => void firstPaintShown().then(() => preloadRouteChunk(matchRoute(getLocation().path))), []);
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {messages.common.skipToContent}
      </a>
      <AppHeader />
      <main id="main" className="app-main" tabIndex={-1}>
        <DatasetGate />
      </main>
      <AppFooter meta={data?.data.meta} />
    </div>
  );
}

/** `/embed/:figure`: one figure for an iframe, without the site's header, footer or filters. */
function EmbedShell({ figure }: { figure: string | null }) {
  const { search } = useLocation();
  useEffect(() => startFiltersUrlSync(), []);
  return (
    <DatasetGate>
      <Suspense fallback={null}>
        <EmbedRoute figureParam={figure} search={search} />
      </Suspense>
    </DatasetGate>
  );
}

export function App({ queryClient }: { queryClient: QueryClient }) {
  // The path alone: a filter change rewrites the query string, and must not redraw the whole app from here.
  const path = usePath();
  // A language switch redraws the whole tree from the live strings (messages/localise): keyed on it,
  // nothing memoised keeps the previous language's text. Filters live in the store and survive.
  const lang = useLang();
  const [first, figure] = path.split('/').filter(Boolean);
  return (
    <QueryClientProvider client={queryClient}>
      {first === 'embed' ? <EmbedShell key={lang} figure={figure ?? null} /> : <Shell key={lang} />}
    </QueryClientProvider>
  );
}
