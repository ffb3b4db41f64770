/** Errors that the error panel can explain to a person. */
export class HttpError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
  ) {
    super(`HTTP ${status}${statusText ? ` ${statusText}` : ''} for ${url}`);
    this.name = 'HttpError';
  }
}

export class NetworkError extends Error {
  constructor(readonly url: string, cause: unknown) {
    super(`Network error for ${url}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'NetworkError';
  }
}

export class JsonError extends Error {
  constructor(readonly url: string, cause: unknown) {
    super(`The file at ${url} is not valid JSON: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'JsonError';
  }
}

export async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new NetworkError(url, cause);
  }
  if (!response.ok) throw new HttpError(url, response.status, response.statusText);
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new JsonError(url, cause);
  }
}
