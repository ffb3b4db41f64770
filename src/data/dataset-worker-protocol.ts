/**
 * What the page and the dataset's worker say to each other, as plain data (structured-cloneable), and
 * the pure functions on either side: `checkDataset` (dataset-check.ts) turns a request into a reply,
 * `datasetFromReply` turns a reply into the dataset's index or the same error the page has always shown.
 */
import type { DatasetIndex } from './dataset-index';
import { DatasetValidationError } from './dataset-validation-error';
import { EmptyResponseError, HtmlInsteadOfJsonError, JsonError, type JsonBody } from './fetch-json';
import type { DatasetIssue } from './validate-dataset';

/** Page → worker: the dataset's bytes (transferred, not copied) and where they came from. */
export interface DatasetRequest {
  url: string;
  body: JsonBody;
}

/** The ways the bytes can fail to be JSON, by the name of the error the page shows. */
export type NotJson = { name: 'HtmlInsteadOfJsonError' } | { name: 'EmptyResponseError' } | { name: 'JsonError'; reason: string };

/**
 * Worker → page: the validated dataset with its index (a structured clone keeps the index's rows pointing
 * at the dataset's own records), or why there is none.
 */
export type DatasetReply =
  | { kind: 'ok'; index: DatasetIndex }
  | { kind: 'invalid'; issues: DatasetIssue[] }
  | { kind: 'not-json'; error: NotJson }
  /** Something the checks did not expect (a bug): its message. */
  | { kind: 'failed'; message: string };

/** Everything the worker posts: first that it is ready (its code loaded, the schema built), then its reply. */
export type WorkerMessage = { kind: 'ready' } | DatasetReply;

/** The reply for an error `decodeJson` threw; any other error is a bug and is rethrown. */
export function notJsonReply(error: unknown): DatasetReply {
  if (error instanceof HtmlInsteadOfJsonError) return { kind: 'not-json', error: { name: 'HtmlInsteadOfJsonError' } };
  if (error instanceof EmptyResponseError) return { kind: 'not-json', error: { name: 'EmptyResponseError' } };
  if (error instanceof JsonError) return { kind: 'not-json', error: { name: 'JsonError', reason: error.reason } };
  throw error;
}

/** The dataset's index a reply carries, or the error it stands for (the same classes, and words, as on the page). */
export function datasetFromReply(url: string, reply: DatasetReply): DatasetIndex {
  switch (reply.kind) {
    case 'ok':
      return reply.index;
    case 'invalid':
      throw new DatasetValidationError(url, reply.issues);
    case 'not-json':
      if (reply.error.name === 'HtmlInsteadOfJsonError') throw new HtmlInsteadOfJsonError(url);
      if (reply.error.name === 'EmptyResponseError') throw new EmptyResponseError(url);
      throw new JsonError(url, reply.error.reason);
    case 'failed':
      throw new Error(reply.message);
  }
}
