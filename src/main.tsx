import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { startLanguage, startLanguageUrlSync } from './i18n/language';
import { createQueryClient } from './lib/query-client';
import './styles/theme.css';
import './styles/base.css';
import './styles/shell.css';
import './styles/app.css';
import './styles/primitives.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// The language first: its strings (for zh and ja) load before the shell draws, and the view's own strings
// follow it (messages/localise). English resolves at once. The dataset and the current view's chunk start
// together just after the shell's first paint (app.tsx), so neither waits for the other.
const languageReady = startLanguage();
const queryClient = createQueryClient();

void languageReady.then(() => {
  startLanguageUrlSync();
  createRoot(container).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
});
