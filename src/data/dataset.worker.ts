/**
 * The dataset's worker: decodes, parses and validates the dataset's bytes off the page's main thread
 * (zod and the schema live here, not in the page's first-view code). Started by load-dataset.ts.
 */
import { checkDataset } from './dataset-check';
import type { DatasetRequest, WorkerMessage } from './dataset-worker-protocol';

/** The part of a dedicated worker's global scope used here (the project's types are the page's, DOM). */
interface WorkerScope {
  postMessage(message: WorkerMessage): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<DatasetRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;
const failed = (error: unknown): WorkerMessage => ({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
scope.addEventListener('message', (event) => {
  void checkDataset(event.data)
    .catch(failed)
    .then((reply) => {
      // A reply that cannot be sent (not cloneable) still gets an answer to the page, which then checks the bytes itself.
      try {
        scope.postMessage(reply);
      } catch (error) {
        scope.postMessage(failed(error));
      }
    });
});
// The imports above have run (the schema is built): the page may hand over the bytes.
scope.postMessage({ kind: 'ready' });
