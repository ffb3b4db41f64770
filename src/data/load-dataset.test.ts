import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeDataset } from '../../test/fixtures/dataset';
import { checkDataset } from './dataset-check';
import { DatasetValidationError } from './dataset-validation-error';
import type { DatasetRequest, WorkerMessage } from './dataset-worker-protocol';
import { HttpError, JsonError, NetworkError } from './fetch-json';
import { loadDataset, type DatasetWorkerLike } from './load-dataset';

afterEach(() => vi.unstubAllGlobals());

const URL_ = '/data/dataset.json';

function serve(text: string) {
  const fetchMock = vi.fn(() => Promise.resolve(new Response(text, { headers: { 'content-type': 'application/json' } })));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

type Behaviour = 'works' | 'fails-to-load' | 'never-ready' | 'crashes-on-request' | 'never-replies' | 'check-fails';

/**
 * A worker in this thread: it answers as dataset.worker.ts does (same `checkDataset`), with structured
 * clones and the transfer of the bytes, or fails in one of the ways a real one can.
 */
class FakeWorker extends EventTarget implements DatasetWorkerLike {
  terminated = false;
  received: DatasetRequest[] = [];
  constructor(private readonly behaviour: Behaviour) {
    super();
    setTimeout(() => {
      if (behaviour === 'fails-to-load') this.dispatchEvent(new Event('error', { cancelable: true }));
      else if (behaviour !== 'never-ready') this.post({ kind: 'ready' });
    }, 1);
  }
  private post(message: WorkerMessage) {
    if (!this.terminated) this.dispatchEvent(new MessageEvent('message', { data: structuredClone(message) }));
  }
  postMessage(message: unknown, transfer?: Transferable[] | StructuredSerializeOptions): void {
    const request = structuredClone(message, { transfer: transfer as Transferable[] }) as DatasetRequest;
    this.received.push(request);
    if (this.behaviour === 'crashes-on-request') {
      setTimeout(() => this.dispatchEvent(new Event('error', { cancelable: true })), 1);
      return;
    }
    // Stopped by the browser, or a reply lost: nothing comes back, not even an error event.
    if (this.behaviour === 'never-replies') return;
    // The check itself failed there (e.g. zod's messages could not be loaded in the worker).
    if (this.behaviour === 'check-fails') {
      setTimeout(() => this.post({ kind: 'failed', message: 'Failed to fetch dynamically imported module' }), 1);
      return;
    }
    void checkDataset(request).then((reply) => this.post(reply));
  }
  terminate(): void {
    this.terminated = true;
  }
}

function workerThat(behaviour: Behaviour) {
  const made: FakeWorker[] = [];
  const createWorker = () => {
    const worker = new FakeWorker(behaviour);
    made.push(worker);
    return worker;
  };
  return { made, createWorker };
}

describe('loadDataset', () => {
  it('hands the bytes to the worker (transferred, not copied) and returns its validated dataset', async () => {
    serve(JSON.stringify(makeDataset()));
    const { made, createWorker } = workerThat('works');
    const index = await loadDataset(URL_, { createWorker });
    expect(index.data.models.length).toBe(makeDataset().models.length);
    expect(index.rows.length).toBe(makeDataset().models.length);
    expect(made[0]!.received).toHaveLength(1);
    expect(made[0]!.terminated).toBe(true);
  });

  it('starts the download before making the worker, so the worker adds no wait', async () => {
    const order: string[] = [];
    vi.stubGlobal('fetch', vi.fn(() => (order.push('fetch'), Promise.resolve(new Response(JSON.stringify(makeDataset()))))));
    const { createWorker } = workerThat('works');
    await loadDataset(URL_, { createWorker: () => (order.push('worker'), createWorker()) });
    expect(order).toEqual(['fetch', 'worker']);
  });

  it('reports an invalid dataset from the worker as the same DatasetValidationError, with zod’s words', async () => {
    const d = makeDataset() as unknown as { models: { scores: { value: unknown }[] }[] };
    d.models[0]!.scores[0]!.value = 'eighty-nine';
    serve(JSON.stringify(d));
    const { made, createWorker } = workerThat('works');
    const error = await loadDataset(URL_, { createWorker }).catch((e: unknown) => e);
    expect(made[0]!.received).toHaveLength(1);
    expect(error).toBeInstanceOf(DatasetValidationError);
    expect((error as DatasetValidationError).issues[0]).toEqual({ path: 'models[0].scores[0].value', message: expect.stringMatching(/expected number/i) });
  });

  it('reports bad JSON from the worker as a JsonError', async () => {
    const fetchMock = serve('{"models": [');
    const { made, createWorker } = workerThat('works');
    await expect(loadDataset(URL_, { createWorker })).rejects.toBeInstanceOf(JsonError);
    // Answered by the worker, not by the page's fallback (which would read the bytes again).
    expect(made[0]!.received).toHaveLength(1);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['no worker exists here (jsdom, an old browser)', () => null],
    ['the browser refuses to make one', () => { throw new DOMException('refused', 'SecurityError'); }],
  ])('checks the dataset on the page when %s', async (_name, createWorker) => {
    serve(JSON.stringify(makeDataset()));
    const index = await loadDataset(URL_, { createWorker });
    expect(index.data.labs.length).toBe(makeDataset().labs.length);
  });

  it('checks the dataset on the page when the worker script fails to load, with the bytes it already has', async () => {
    const fetchMock = serve(JSON.stringify(makeDataset()));
    const { made, createWorker } = workerThat('fails-to-load');
    await expect(loadDataset(URL_, { createWorker })).resolves.toBeTruthy();
    expect(made[0]!.received).toHaveLength(0);
    expect(made[0]!.terminated).toBe(true);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('checks the dataset on the page when the worker never says it is ready', async () => {
    serve(JSON.stringify(makeDataset()));
    const { made, createWorker } = workerThat('never-ready');
    await expect(loadDataset(URL_, { createWorker, readyTimeoutMs: 20 })).resolves.toBeTruthy();
    expect(made[0]!.terminated).toBe(true);
  });

  it('reads the bytes again and checks them on the page when the worker fails after taking them', async () => {
    const fetchMock = serve(JSON.stringify(makeDataset()));
    const { made, createWorker } = workerThat('crashes-on-request');
    await expect(loadDataset(URL_, { createWorker })).resolves.toBeTruthy();
    expect(made[0]!.received).toHaveLength(1);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('reads the bytes again and checks them on the page when the worker took them and never answers', async () => {
    const fetchMock = serve(JSON.stringify(makeDataset()));
    const { made, createWorker } = workerThat('never-replies');
    await expect(loadDataset(URL_, { createWorker, replyTimeoutMs: 20 })).resolves.toBeTruthy();
    expect(made[0]!.received).toHaveLength(1);
    expect(made[0]!.terminated).toBe(true);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('checks the dataset on the page, in words, when the check failed in the worker', async () => {
    const d = makeDataset();
    d.models[0]!.labId = 'nolab';
    serve(JSON.stringify(d));
    const { made, createWorker } = workerThat('check-fails');
    const error = await loadDataset(URL_, { createWorker }).catch((e: unknown) => e);
    expect(made[0]!.received).toHaveLength(1);
    expect(error).toBeInstanceOf(DatasetValidationError);
    expect((error as DatasetValidationError).issues[0]?.path).toBe('models[0].labId');
  });

  it('gives the page’s fallback the same errors: an invalid dataset checked on the page', async () => {
    const d = makeDataset();
    d.models[0]!.labId = 'nolab';
    serve(JSON.stringify(d));
    const error = await loadDataset(URL_, workerThat('fails-to-load')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetValidationError);
    expect((error as DatasetValidationError).issues[0]?.path).toBe('models[0].labId');
  });

  it.each([
    ['an HTTP error', () => vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('nope', { status: 500 }))), HttpError],
    ['no network', () => vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch'))), NetworkError],
  ])('reports %s from the download and stops the worker', async (_name, setup, ErrorClass) => {
    setup();
    const { made, createWorker } = workerThat('works');
    await expect(loadDataset(URL_, { createWorker })).rejects.toBeInstanceOf(ErrorClass);
    expect(made[0]!.terminated).toBe(true);
  });

  it("passes the caller's abort through and stops the worker", async () => {
    serve(JSON.stringify(makeDataset()));
    const { made, createWorker } = workerThat('never-ready');
    const controller = new AbortController();
    const pending = loadDataset(URL_, { createWorker, signal: controller.signal });
    setTimeout(() => controller.abort(new DOMException('replaced', 'AbortError')), 5);
    const error = await pending.catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AbortError' });
    expect(made[0]!.terminated).toBe(true);
  });
});
