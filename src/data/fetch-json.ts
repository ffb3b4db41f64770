/** The largest JSON file the app accepts; a bigger one is refused before it is parsed. */
export const MAX_JSON_BYTES = 10 * 1024 * 1024;

/** How long one request may take before it is aborted and reported. */
export const FETCH_TIMEOUT_MS = 20_000;

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
  /** What the JSON parser said. */
  readonly reason: string;
  constructor(readonly url: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`The file at ${url} is not valid JSON: ${reason}`);
    this.name = 'JsonError';
    this.reason = reason;
  }
}

/** The server sent a web page where JSON was expected: usually a single-page-app fallback for a missing file. */
export class HtmlInsteadOfJsonError extends Error {
  constructor(readonly url: string) {
    super(`The server sent a web page instead of JSON for ${url}: the file is probably missing`);
    this.name = 'HtmlInsteadOfJsonError';
  }
}

export class EmptyResponseError extends Error {
  constructor(readonly url: string) {
    super(`The file at ${url} is empty`);
    this.name = 'EmptyResponseError';
  }
}

export class TooLargeError extends Error {
  constructor(
    readonly url: string,
    readonly limitBytes: number,
  ) {
    super(`The file at ${url} is larger than the limit of ${limitBytes} bytes`);
    this.name = 'TooLargeError';
  }
}

export class TimeoutError extends Error {
  constructor(
    readonly url: string,
    readonly timeoutMs: number,
  ) {
    super(`No complete answer for ${url} within ${timeoutMs} ms`);
    this.name = 'TimeoutError';
  }
}

export interface FetchJsonOptions {
  signal?: AbortSignal;
  maxBytes?: number;
  timeoutMs?: number;
}

/** A response's body, read whole: the bytes (transferable to a worker) and the content type it was sent as. */
export interface JsonBody {
  bytes: ArrayBuffer;
  contentType: string;
}

/** Reads the body as bytes, refusing it as soon as it passes `maxBytes`. */
async function readLimited(response: Response, url: string, maxBytes: number): Promise<ArrayBuffer> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    void response.body?.cancel().catch(() => undefined);
    throw new TooLargeError(url, maxBytes);
  }
  if (!response.body) return response.arrayBuffer();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      void reader.cancel().catch(() => undefined);
      throw new TooLargeError(url, maxBytes);
    }
    chunks.push(value);
  }
  const whole = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.byteLength;
  }
  return whole.buffer;
}

function isAbortSignal(value: unknown): value is AbortSignal {
  return typeof value === 'object' && value !== null && 'aborted' in value && 'addEventListener' in value;
}

function looksLikeHtml(contentType: string, text: string): boolean {
  if (contentType.includes('text/html')) return true;
  return /^\s*<(!doctype|html|head|body)\b/i.test(text.slice(0, 200));
}

/**
 * Fetches a JSON file's bytes, with an error a person can act on for each way the request can fail:
 * no network, an HTTP error, an oversized file, no answer in time. A caller's abort (e.g. a newer
 * request replacing this one) is passed through unchanged. `decodeJson` reads what it sent.
 */
export async function fetchJsonBody(url: string, signalOrOptions?: AbortSignal | FetchJsonOptions): Promise<JsonBody> {
  const options: FetchJsonOptions = isAbortSignal(signalOrOptions) ? { signal: signalOrOptions } : (signalOrOptions ?? {});
  const { signal, maxBytes = MAX_JSON_BYTES, timeoutMs = FETCH_TIMEOUT_MS } = options;
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;

  const guard = async <T>(work: () => Promise<T>, wrap: (cause: unknown) => Error): Promise<T> => {
    try {
      return await work();
    } catch (cause) {
      if (signal?.aborted) throw cause;
      if (timeout.aborted) throw new TimeoutError(url, timeoutMs);
      if (cause instanceof TooLargeError) throw cause;
      throw wrap(cause);
    }
  };

  const response = await guard(
    () => fetch(url, { signal: combined, headers: { Accept: 'application/json' } }),
    (cause) => new NetworkError(url, cause),
  );
  if (!response.ok) throw new HttpError(url, response.status, response.statusText);
  const bytes = await guard(
    () => readLimited(response, url, maxBytes),
    (cause) => new NetworkError(url, cause),
  );
  return { bytes, contentType: response.headers.get('content-type') ?? '' };
}

/**
 * Parses what `fetchJsonBody` read, or says why it is not JSON: a web page instead, an empty file, bad
 * JSON. Pure and synchronous, so the dataset's worker runs it as well as the page.
 */
export function decodeJson(url: string, body: JsonBody): unknown {
  const text = new TextDecoder().decode(body.bytes);
  if (looksLikeHtml(body.contentType, text)) throw new HtmlInsteadOfJsonError(url);
  if (text.trim() === '') throw new EmptyResponseError(url);
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new JsonError(url, cause);
  }
}

/** Fetches and parses a JSON file: `fetchJsonBody`, then `decodeJson`. */
export async function fetchJson(url: string, signalOrOptions?: AbortSignal | FetchJsonOptions): Promise<unknown> {
  return decodeJson(url, await fetchJsonBody(url, signalOrOptions));
}
