import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import { firstPaintShown } from '../lib/after-paint';
import type { DatasetIndex } from './dataset-index';
import { loadDataset } from './load-dataset';

export { DatasetValidationError } from './dataset-validation-error';

export function datasetUrl(): string {
  return `${import.meta.env.BASE_URL}data/dataset.json`;
}

/**
 * Fetches the bundled dataset once and validates it (in a worker, off the main thread) inside queryFn,
 * so invalid data is an error state.
 *
 * The request starts once the page's first paint is on screen: the shell (header, the view's heading and
 * intro, the loading state) paints before the dataset and the view's chunk (app.tsx) start downloading
 * together. On a slow link, bytes fetched alongside the shell's own would hold its first paint back; the
 * dataset waits a frame or two for it.
 */
export function datasetQueryOptions(url = datasetUrl()) {
  return queryOptions({
    queryKey: ['dataset', url],
    queryFn: async ({ signal }): Promise<DatasetIndex> => {
      await firstPaintShown();
      signal.throwIfAborted(); // unmounted meanwhile: start no request
      return loadDataset(url, { signal });
    },
    staleTime: 'static',
    gcTime: Infinity,
  });
}

export function useDatasetQuery() {
  return useQuery(datasetQueryOptions());
}

/**
 * The loaded, validated dataset, handed down by the dataset gate. One query observer (the gate's) is
 * enough: a context read costs nothing per render, where each component's own `useQuery` observer
 * cost about 2 ms per filter click across a view.
 */
export const DatasetContext = createContext<DatasetIndex | null>(null);

/**
 * For components below the dataset gate: the loaded, validated dataset. Outside a gate (a component
 * rendered on its own in a test) it is read from the query cache, where the caller put it.
 */
export function useDataset(): DatasetIndex {
  const fromGate = useContext(DatasetContext);
  const client = useQueryClient();
  const data = fromGate ?? client.getQueryData(datasetQueryOptions().queryKey);
  if (!data) throw new Error('useDataset() used outside the dataset gate');
  return data;
}
