/**
 * Loads the dataset with its parse and validation off the main thread: the page fetches the bytes while
 * the dataset's worker loads and builds the schema, then hands the bytes over (transferred, not copied)
 * and gets the validated dataset, with its index, back. When no worker can be had (none in this
 * environment, refused, its script failed to load, it crashed, or it never said it was ready), the page
 * runs the same check itself (dataset-check.ts, loaded only then). Either way the errors are the ones the
 * page always showed.
 */
import type { DatasetIndex } from './dataset-index';
import { datasetFromReply, type DatasetReply, type DatasetRequest, type WorkerMessage } from './dataset-worker-protocol';
import { fetchJsonBody } from './fetch-json';

/** Once the bytes are in, how long a started worker may take to say it is ready before the page checks them itself. */
export const WORKER_READY_TIMEOUT_MS = 10_000;
/**
 * How long a worker that took the bytes may take to answer before the page reads them again and checks
 * them itself: far above a slow phone's check of the 5,000-model benchmark, so it only ends a worker that
 * will never answer (one the browser stopped, a reply that could not be sent).
 */
export const WORKER_REPLY_TIMEOUT_MS = 60_000;

/** The worker's part of the Worker interface (a test passes a fake). */
export type DatasetWorkerLike = Pick<Worker, 'postMessage' | 'terminate' | 'addEventListener'>;

/** Starts the dataset's worker, or null where workers do not exist (jsdom, very old browsers). */
export function startDatasetWorker(): DatasetWorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module', name: 'dataset' });
}

/** What became of the bytes handed to a worker. */
type WorkerOutcome =
  | { kind: 'reply'; reply: DatasetReply }
  /** The worker never became ready: the bytes are still the page's. */
  | { kind: 'unavailable' }
  /** The worker took the bytes, then failed or never answered: they are gone (transferred). */
  | { kind: 'lost' };

interface DatasetWorker {
  check(request: DatasetRequest, signal?: AbortSignal): Promise<WorkerOutcome>;
  stop(): void;
}

function aborted(signal: AbortSignal | undefined): Promise<never> {
  return new Promise((_resolve, reject) => {
    if (!signal) return;
    if (signal.aborted) reject(signal.reason as Error);
    signal.addEventListener('abort', () => reject(signal.reason as Error), { once: true });
  });
}

/** Wraps a started worker: it says "ready", then answers one request; an error event means it is gone. */
function watchWorker(worker: DatasetWorkerLike, readyTimeoutMs: number, replyTimeoutMs: number): DatasetWorker {
  let markReady = () => {};
  let markFailed = () => {};
  let markReplied = (_reply: DatasetReply) => {};
  const ready = new Promise<'ready'>((resolve) => (markReady = () => resolve('ready')));
  const failed = new Promise<'failed'>((resolve) => (markFailed = () => resolve('failed')));
  const replied = new Promise<DatasetReply>((resolve) => (markReplied = resolve));
  worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
    if (event.data.kind === 'ready') markReady();
    else markReplied(event.data);
  });
  const fail = (event: Event) => {
    // Handled here (the page falls back), so not reported as an uncaught error of the page.
    event.preventDefault();
    markFailed();
  };
  worker.addEventListener('error', fail);
  worker.addEventListener('messageerror', fail);
  const stop = () => worker.terminate();

  return {
    stop,
    async check(request, signal) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const within = (ms: number) => new Promise<'failed'>((resolve) => (timer = setTimeout(() => resolve('failed'), ms)));
      try {
        if ((await Promise.race([ready, failed, within(readyTimeoutMs), aborted(signal)])) !== 'ready') return { kind: 'unavailable' };
        clearTimeout(timer);
        worker.postMessage(request, [request.body.bytes]);
        const answer = await Promise.race([replied, failed, within(replyTimeoutMs), aborted(signal)]);
        // A check that failed in the worker (e.g. zod's messages could not be loaded there) is run again on
        // the page, which says what went wrong itself.
        return answer === 'failed' || answer.kind === 'failed' ? { kind: 'lost' } : { kind: 'reply', reply: answer };
      } finally {
        clearTimeout(timer);
        stop();
      }
    },
  };
}

/** The same check as the worker's, run on the page. */
async function checkOnPage(request: DatasetRequest): Promise<DatasetReply> {
  const { checkDataset } = await import('./dataset-check');
  return checkDataset(request);
}

export interface LoadDatasetOptions {
  signal?: AbortSignal;
  /** Makes the worker; returns null (or throws) when there is none. */
  createWorker?: () => DatasetWorkerLike | null;
  readyTimeoutMs?: number;
  replyTimeoutMs?: number;
}

/**
 * Fetches, decodes, validates and indexes the dataset: its index, or the error the page explains
 * (network, HTTP, too large, timeout, not JSON, invalid). The request starts before anything else here,
 * so the download begins as early as it did when the page parsed the dataset itself.
 */
export async function loadDataset(url: string, options: LoadDatasetOptions = {}): Promise<DatasetIndex> {
  const { signal, createWorker = startDatasetWorker, readyTimeoutMs = WORKER_READY_TIMEOUT_MS, replyTimeoutMs = WORKER_REPLY_TIMEOUT_MS } = options;
  const pendingBody = fetchJsonBody(url, signal);
  let made: DatasetWorkerLike | null = null;
  try {
    made = createWorker();
  } catch {
    // Refused (e.g. by a policy): the page checks the bytes itself.
  }
  const worker = made ? watchWorker(made, readyTimeoutMs, replyTimeoutMs) : null;

  let body;
  try {
    body = await pendingBody;
  } catch (error) {
    worker?.stop();
    throw error;
  }
  const request: DatasetRequest = { url, body };
  const outcome = worker ? await worker.check(request, signal) : { kind: 'unavailable' as const };
  if (outcome.kind === 'reply') return datasetFromReply(url, outcome.reply);
  // The bytes went to a worker that then failed: read them again (from the HTTP cache, usually).
  const again = outcome.kind === 'lost' ? { url, body: await fetchJsonBody(url, signal) } : request;
  return datasetFromReply(url, await checkOnPage(again));
}
