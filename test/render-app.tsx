/** Renders the whole app, as main.tsx does, with fetch answered by a test dataset. */
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { App } from '../src/app/app';
import { resetFiltersStore } from '../src/stores/filters/filters-store';

export function mockFetchJson(...answers: Array<unknown | Error | { status: number }>) {
  const fetchMock = vi.fn();
  for (const answer of answers) {
    if (answer instanceof Error) fetchMock.mockRejectedValueOnce(answer);
    else if (answer && typeof answer === 'object' && 'status' in answer && Object.keys(answer).length === 1)
      fetchMock.mockResolvedValueOnce(new Response('not found', { status: (answer as { status: number }).status, statusText: 'Not Found' }));
    else fetchMock.mockResolvedValueOnce(new Response(JSON.stringify(answer), { status: 200 }));
  }
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export function renderApp(url = '/') {
  window.history.replaceState(null, '', url);
  resetFiltersStore();
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<App queryClient={queryClient} />);
}
