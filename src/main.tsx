import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { matchRoute } from './app/routes/match-route';
import { preloadRouteChunk } from './app/routes/route-chunks';
import { datasetQueryOptions } from './data/dataset-queries';
import { startLanguage, startLanguageUrlSync } from './i18n/language';
import { getLocation } from './lib/location';
import { createQueryClient } from './lib/query-client';
import './styles/theme.css';
import './styles/base.css';
import './styles/shell.css';
import './styles/app.css';
import './styles/primitives.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// Start the dataset and the current view's chunk (with Recharts) together, before the first render, so
// the view's code is not fetched only after the dataset has arrived and been parsed.
// The language first: its strings (for zh and ja) load alongside the dataset and the view's chunk, and the
// view's own strings follow it (messages/localise). English resolves at once.
const languageReady = startLanguage();
const queryClient = createQueryClient();
void queryClient.prefetchQuery(datasetQueryOptions());
preloadRouteChunk(matchRoute(getLocation().path));

void languageReady.then(() => {
  startLanguageUrlSync();
  createRoot(container).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
});
