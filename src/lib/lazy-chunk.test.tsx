import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { chunk, lazyFrom } from './lazy-chunk';

const Hello = ({ who }: { who: string }) => <p>hello {who}</p>;

describe('chunk', () => {
  it('loads once, keeps the module, and tries again after a failed load', async () => {
    const load = vi.fn<() => Promise<{ Hello: typeof Hello }>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValue({ Hello });
    const c = chunk(load);
    await expect(c()).rejects.toThrow('offline');
    expect(c.loaded()).toBeUndefined();
    await expect(c()).resolves.toEqual({ Hello });
    await c();
    expect(load).toHaveBeenCalledTimes(2);
    expect(c.loaded()).toEqual({ Hello });
  });
});

describe('lazyFrom', () => {
  it('draws at once, with no fallback round, when the chunk is already here', async () => {
    const c = chunk(() => Promise.resolve({ Hello }));
    await c();
    const Loaded = lazyFrom(c, (m) => m.Hello);
    render(
      <Suspense fallback={<p>loading</p>}>
        <Loaded who="now" />
      </Suspense>,
    );
    expect(screen.getByText('hello now')).toBeInTheDocument();
    expect(screen.queryByText('loading')).not.toBeInTheDocument();
  });

  it('suspends like lazy() while the chunk is still loading, then draws', async () => {
    let arrive = () => {};
    const c = chunk(() => new Promise<{ Hello: typeof Hello }>((resolve) => (arrive = () => resolve({ Hello }))));
    const Later = lazyFrom(c, (m) => m.Hello);
    render(
      <Suspense fallback={<p>loading</p>}>
        <Later who="later" />
      </Suspense>,
    );
    expect(screen.getByText('loading')).toBeInTheDocument();
    await act(async () => arrive());
    expect(await screen.findByText('hello later')).toBeInTheDocument();
  });
});
