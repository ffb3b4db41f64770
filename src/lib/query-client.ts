import { QueryClient } from '@tanstack/react-query';

/**
 * Errors that a second attempt will not fix (the names of the loader's error classes): the file is there
 * and wrong, too big, or so slow that it already used up its time. Kept as names so lib/ imports nothing.
 */
const NOT_RETRIED = new Set([
  'DatasetValidationError',
  'JsonError',
  'HtmlInsteadOfJsonError',
  'EmptyResponseError',
  'TooLargeError',
  'TimeoutError',
]);

/** Automatic attempts after the first one; the loading notice shows how many have been made. */
export const AUTOMATIC_RETRIES = 2;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Two quick retries for a flaky network; an error that will not change is not retried.
        retry: (count, error) => !NOT_RETRIED.has(error.name) && count < AUTOMATIC_RETRIES,
        refetchOnWindowFocus: false,
      },
    },
  });
}
