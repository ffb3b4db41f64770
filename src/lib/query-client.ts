import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Two quick retries for a flaky network; a validation error is not retried (it will not change).
        retry: (count, error) => error.name !== 'DatasetValidationError' && error.name !== 'JsonError' && count < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
}
