// First: zod must be jitless before the schema is built (the page's CSP forbids eval).
import './zod-jitless';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { buildDatasetIndex, type DatasetIndex } from './dataset-index';
import { fetchJson } from './fetch-json';
import { parseDataset, type DatasetIssue } from './validate-dataset';

export class DatasetValidationError extends Error {
  constructor(
    readonly url: string,
    readonly issues: DatasetIssue[],
  ) {
    super(`The dataset at ${url} failed validation: ${issues.length} problem(s), first at ${issues[0]?.path ?? '(unknown)'}`);
    this.name = 'DatasetValidationError';
  }
}

export function datasetUrl(): string {
  return `${import.meta.env.BASE_URL}data/dataset.json`;
}

/** Fetches the bundled dataset once and validates it inside queryFn, so invalid data is an error state. */
export function datasetQueryOptions(url = datasetUrl()) {
  return queryOptions({
    queryKey: ['dataset', url],
    queryFn: async ({ signal }): Promise<DatasetIndex> => {
      const json = await fetchJson(url, signal);
      let result = parseDataset(json);
      if (!result.ok) {
        // Say what was wrong in words ("expected number, received string"): zod's messages load only now.
        await import('./zod-messages');
        result = parseDataset(json);
      }
      if (!result.ok) throw new DatasetValidationError(url, result.issues);
      return buildDatasetIndex(result.data);
    },
    staleTime: 'static',
    gcTime: Infinity,
  });
}

export function useDatasetQuery() {
  return useQuery(datasetQueryOptions());
}

/** For components below the dataset gate: the loaded, validated dataset. */
export function useDataset(): DatasetIndex {
  const { data } = useDatasetQuery();
  if (!data) throw new Error('useDataset() used outside the dataset gate');
  return data;
}
