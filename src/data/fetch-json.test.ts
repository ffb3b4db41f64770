import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  decodeJson,
  EmptyResponseError,
  fetchJson,
  fetchJsonBody,
  HtmlInsteadOfJsonError,
  HttpError,
  JsonError,
  NetworkError,
  TimeoutError,
  TooLargeError,
} from './fetch-json';

afterEach(() => vi.unstubAllGlobals());

const URL_ = '/data/dataset.json';

function answer(body: string | null, init: ResponseInit = {}) {
  vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(body, { status: 200, ...init })));
}

/** A fetch that never answers, but stops when its signal aborts, as the browser's does. */
function hang() {
  vi.stubGlobal(
    'fetch',
    vi.fn(
      (_url: string, init: RequestInit) =>
        new Promise((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    ),
  );
}

describe('fetchJson', () => {
  it('parses a JSON answer', async () => {
    answer('{"a":1}', { headers: { 'content-type': 'application/json' } });
    await expect(fetchJson(URL_)).resolves.toEqual({ a: 1 });
  });

  it.each([
    ['an HTTP error', () => answer('nope', { status: 404, statusText: 'Not Found' }), HttpError],
    ['a web page sent as text/html (an SPA fallback for a missing file)', () => answer('<p>app</p>', { headers: { 'content-type': 'text/html' } }), HtmlInsteadOfJsonError],
    ['a web page with no content type', () => answer('<!doctype html><html></html>'), HtmlInsteadOfJsonError],
    ['an empty body', () => answer(''), EmptyResponseError],
    ['a truncated file', () => answer('{"models": [{"id": "a"'), JsonError],
    ['a declared length over the limit', () => answer('{}', { headers: { 'content-length': String(11 * 1024 * 1024) } }), TooLargeError],
    ['no network', () => vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch'))), NetworkError],
  ])('reports %s', async (_name, setup, ErrorClass) => {
    setup();
    await expect(fetchJson(URL_)).rejects.toBeInstanceOf(ErrorClass);
  });

  it('refuses a body that passes the limit while it streams, naming the limit', async () => {
    answer(JSON.stringify({ pad: 'x'.repeat(5000) }));
    const error = await fetchJson(URL_, { maxBytes: 1000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooLargeError);
    expect((error as TooLargeError).limitBytes).toBe(1000);
  });

  it('stops a request that takes longer than the timeout', async () => {
    hang();
    const error = await fetchJson(URL_, { timeoutMs: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(50);
  });

  it("passes the caller's abort through unchanged, so a replaced request is not reported", async () => {
    hang();
    const controller = new AbortController();
    const pending = fetchJson(URL_, controller.signal);
    controller.abort();
    const error = await pending.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(NetworkError);
    expect(error).not.toBeInstanceOf(TimeoutError);
  });
});

describe('fetchJsonBody and decodeJson (the download, and the parse the worker runs)', () => {
  it('reads the bytes whole, with the content type they came with', async () => {
    answer('{"a":[1,2]}', { headers: { 'content-type': 'application/json; charset=utf-8' } });
    const body = await fetchJsonBody(URL_);
    expect(body.bytes).toBeInstanceOf(ArrayBuffer);
    expect(body.contentType).toBe('application/json; charset=utf-8');
    expect(decodeJson(URL_, body)).toEqual({ a: [1, 2] });
  });

  it('decodes UTF-8 text split across chunks', async () => {
    const bytes = new TextEncoder().encode('{"name":"深度求索"}');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 11));
        controller.enqueue(bytes.slice(11));
        controller.close();
      },
    });
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response(stream)));
    expect(decodeJson(URL_, await fetchJsonBody(URL_))).toEqual({ name: '深度求索' });
  });
});
