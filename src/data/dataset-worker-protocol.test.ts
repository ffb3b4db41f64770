import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../test/fixtures/dataset';
import { checkDataset } from './dataset-check';
import { buildDatasetIndex } from './dataset-index';
import { DatasetValidationError } from './dataset-validation-error';
import { datasetFromReply, notJsonReply, type DatasetReply } from './dataset-worker-protocol';
import { EmptyResponseError, HtmlInsteadOfJsonError, JsonError, type JsonBody } from './fetch-json';

const URL_ = '/data/dataset.json';

function body(text: string, contentType = 'application/json'): JsonBody {
  return { bytes: new TextEncoder().encode(text).buffer, contentType };
}

/** One round trip as the worker makes it: request in, reply out, through a structured clone both ways. */
async function roundTrip(text: string, contentType?: string): Promise<DatasetReply> {
  const request = structuredClone({ url: URL_, body: body(text, contentType) });
  return structuredClone(await checkDataset(request));
}

function errorOf(reply: DatasetReply): unknown {
  try {
    datasetFromReply(URL_, reply);
  } catch (error) {
    return error;
  }
  return null;
}

describe('checkDataset (the worker: message in, message out)', () => {
  it('answers a valid dataset with the parsed dataset, its defaults filled in, and its index', async () => {
    const raw = makeDataset() as unknown as { models: Array<{ aliases?: unknown }> };
    delete raw.models[0]!.aliases;
    const reply = await roundTrip(JSON.stringify(raw));
    expect(reply.kind).toBe('ok');
    const index = datasetFromReply(URL_, reply);
    expect(index.data.models[0]!.aliases).toEqual([]);
    expect(index.data.models.map((m) => m.id)).toEqual(makeDataset().models.map((m) => m.id));
    expect(index).toEqual(buildDatasetIndex(makeDataset()));
  });

  it("keeps the index's records the dataset's own through the clone (one object each, not copies)", async () => {
    const index = datasetFromReply(URL_, await roundTrip(JSON.stringify(makeDataset())));
    expect(index.rows[0]!.model).toBe(index.data.models[0]);
    expect(index.rows[0]!.lab).toBe(index.labsById.get(index.rows[0]!.model.labId));
    expect(index.modelsById.get(index.data.models[1]!.id)).toBe(index.data.models[1]);
    expect(index.rowsById.get(index.rows[2]!.model.id)).toBe(index.rows[2]);
  });

  it('answers an invalid dataset with every issue, its path and zod’s words', async () => {
    const d = makeDataset() as unknown as { models: { scores: { value: unknown }[] }[] };
    d.models[0]!.scores[0]!.value = 'eighty-nine';
    const reply = await roundTrip(JSON.stringify(d));
    expect(reply).toEqual({ kind: 'invalid', issues: [{ path: 'models[0].scores[0].value', message: expect.stringMatching(/expected number/i) }] });
  });

  it('answers a cross-check failure (a reference that does not resolve) as invalid too', async () => {
    const d = makeDataset();
    d.models[0]!.labId = 'nolab';
    const reply = await roundTrip(JSON.stringify(d));
    expect(reply.kind === 'invalid' && reply.issues[0]).toEqual({ path: 'models[0].labId', message: 'unknown lab "nolab"' });
  });

  it.each([
    ['a web page sent as text/html', '<p>app</p>', 'text/html', { name: 'HtmlInsteadOfJsonError' }],
    ['a web page with no content type', '<!doctype html><html></html>', '', { name: 'HtmlInsteadOfJsonError' }],
    ['an empty body', '  ', 'application/json', { name: 'EmptyResponseError' }],
    ['a truncated file', '{"models": [{"id": "a"', 'application/json', { name: 'JsonError', reason: expect.any(String) }],
  ])('answers %s as not JSON', async (_name, text, contentType, error) => {
    expect(await roundTrip(text, contentType)).toEqual({ kind: 'not-json', error });
  });

  it('answers an unexpected failure with its message instead of leaving the page waiting', async () => {
    const reply = await checkDataset({ url: URL_, body: { bytes: null as unknown as ArrayBuffer, contentType: '' } });
    expect(reply.kind).toBe('failed');
  });
});

describe('datasetFromReply (the page: the same errors as before the worker)', () => {
  it('turns issues into the DatasetValidationError the error panel explains', () => {
    const issues = [{ path: 'models[0].labId', message: 'unknown lab "nolab"' }];
    const error = errorOf({ kind: 'invalid', issues });
    expect(error).toBeInstanceOf(DatasetValidationError);
    expect(error).toMatchObject({ name: 'DatasetValidationError', url: URL_, issues });
    expect((error as Error).message).toBe(`The dataset at ${URL_} failed validation: 1 problem(s), first at models[0].labId`);
  });

  it.each([
    [{ name: 'HtmlInsteadOfJsonError' } as const, HtmlInsteadOfJsonError],
    [{ name: 'EmptyResponseError' } as const, EmptyResponseError],
    [{ name: 'JsonError', reason: 'Unexpected end of JSON input' } as const, JsonError],
  ])('turns %o into the same error class, with the same message', (notJson, ErrorClass) => {
    const error = errorOf({ kind: 'not-json', error: notJson });
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toMatchObject({ name: notJson.name, url: URL_ });
  });

  it('keeps what the JSON parser said', () => {
    let original: JsonError | null = null;
    try {
      JSON.parse('{"a":');
    } catch (cause) {
      original = new JsonError(URL_, cause);
    }
    const revived = errorOf(notJsonReply(original));
    expect((revived as Error).message).toBe(original!.message);
  });

  it('rethrows an error that is not about JSON, so it is not mistaken for one', () => {
    expect(() => notJsonReply(new TypeError('boom'))).toThrow('boom');
  });

  it('turns an unexpected failure into an error with its message', () => {
    expect(errorOf({ kind: 'failed', message: 'boom' })).toEqual(new Error('boom'));
  });
});
