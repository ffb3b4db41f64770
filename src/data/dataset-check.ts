/**
 * The one validation code path, run in the dataset's worker (dataset.worker.ts) or, when no worker can
 * be had, on the page (load-dataset.ts): bytes in, a reply out. It holds zod and the schema, so the page
 * loads it only as a fallback.
 */
// First: zod must be jitless before the schema is built (the page's CSP forbids eval).
import './zod-jitless';
import { buildDatasetIndex } from './dataset-index';
import { decodeJson } from './fetch-json';
import { notJsonReply, type DatasetReply, type DatasetRequest } from './dataset-worker-protocol';
import { parseDataset } from './validate-dataset';

/**
 * Decodes and validates the dataset's bytes: the dataset's index (built here too: it clones as cheaply as
 * the bare dataset), or what is wrong with them, in words.
 */
export async function checkDataset({ url, body }: DatasetRequest): Promise<DatasetReply> {
  try {
    let json: unknown;
    try {
      json = decodeJson(url, body);
    } catch (error) {
      return notJsonReply(error);
    }
    let result = parseDataset(json);
    if (!result.ok) {
      // Say what was wrong in words ("expected number, received string"): zod's messages load only now.
      await import('./zod-messages');
      result = parseDataset(json);
    }
    return result.ok ? { kind: 'ok', index: buildDatasetIndex(result.data) } : { kind: 'invalid', issues: result.issues };
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
}
