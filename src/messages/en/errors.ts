/** What a failed load and an unknown path say: loaded only when one happens (the shared `common.error` keeps the rest). */
export const errors = {
  dataset: {
    network: (detail: string) => `The network request failed. ${detail}`,
    http: (status: number, url: string) => `The server answered HTTP ${status} for ${url}.`,
    json: (url: string) => `The file at ${url} is not valid JSON: it may be cut short or damaged.`,
    html: (url: string) =>
      `The dataset was not found at ${url}: the server sent a web page instead of the data file. Check that the file is deployed at that path.`,
    empty: (url: string) => `The file at ${url} is empty.`,
    tooLarge: (url: string, limit: string) => `The file at ${url} is larger than the ${limit} limit, so it was not read.`,
    timeout: (url: string, seconds: number) => `The server did not send ${url} within ${seconds} seconds, so the request was stopped.`,
    invalid: (count: number) =>
      `The dataset failed validation (${count} problem${count === 1 ? '' : 's'}). Nothing from it is shown, so that no wrong number reaches the screen. The first problems:`,
    unknown: 'An unexpected error occurred.',
  },
  notFound: {
    title: 'Page not found',
    body: (path: string) => `There is no view at “${path}”.`,
    back: 'Go to the leaderboard',
  },
};
