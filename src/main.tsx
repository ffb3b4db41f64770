import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { matchRoute } from './app/routes/match-route';
import { preloadRouteChunk } from './app/routes/route-chunks';
import { datasetQueryOptions } from './data/dataset-queries';
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
const queryClient = createQueryClient();
void queryClient.prefetchQuery(datasetQueryOptions());
preloadRouteChunk(matchRoute(getLocation().path));

createRoot(container).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);
