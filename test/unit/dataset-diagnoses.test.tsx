import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../render-app';

afterEach(() => vi.unstubAllGlobals());

function answer(response: Response) {
  vi.stubGlobal('fetch', vi.fn().mockResolvedValue(response));
}

describe('the error panel explains what the server sent', () => {
  it('a web page where the dataset was expected: the file is not at that path', async () => {
    answer(new Response('<!doctype html><html><body><div id="root"></div></body></html>', { headers: { 'content-type': 'text/html' } }));
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The dataset was not found at /data/dataset.json: the server sent a web page');
    expect(alert).not.toHaveTextContent('not valid JSON');
  });

  it('a file over the size limit, naming the limit', async () => {
    answer(new Response('{}', { headers: { 'content-length': String(20 * 1024 * 1024) } }));
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('larger than the 10 MB limit');
  });

  it('an empty file', async () => {
    answer(new Response(''));
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('The file at /data/dataset.json is empty.');
  });
});
