import { lazy, useState, type ComponentType, type FunctionComponent } from 'react';

/** A code chunk loaded on demand: call it to start (or join) the load; `loaded()` is the module once here. */
export interface Chunk<M> {
  (): Promise<M>;
  loaded(): M | undefined;
}

/** Wraps a dynamic `import()`: the chunk is fetched once, and a failed load is tried again on the next call. */
export function chunk<M>(load: () => Promise<M>): Chunk<M> {
  let module: M | undefined;
  let pending: Promise<M> | undefined;
  const get = () =>
    (pending ??= load().then(
      (m) => (module = m),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  return Object.assign(get, { loaded: () => module });
}

/**
 * A component from a chunk, like `React.lazy`, except that it draws at once when the chunk has already
 * arrived (started early with the chunk's loader), instead of suspending for a round.
 *
 * Why: `lazy()` suspends on its first render even when its code is here, and React then holds the
 * boundary's retried commit back for up to 300 ms after the last fallback it showed. On a first load that
 * kept the first chart off the screen for about 250 ms after it was ready.
 *
 * Each mounted instance keeps the way it started (drawn at once, or through `lazy`): switching would
 * remount everything under it. Drawn through `lazy`, it needs a Suspense boundary above it, as `lazy` does,
 * and an error boundary for a load that fails. As with `lazy()`, a failed load stays failed for this
 * component until the page is reloaded (retrying inside React would loop while offline); the chunk's own
 * loader tries again on its next call.
 */
export function lazyFrom<M, P extends object>(source: Chunk<M>, pick: (module: M) => ComponentType<P>): FunctionComponent<P> {
  const Lazy = lazy(() => source().then((m) => ({ default: pick(m) })));
  function FromChunk(props: P) {
    // Chosen once per mount: the module's component when the chunk is here, else the lazy one.
    const [Drawn] = useState<ComponentType<P>>(() => {
      const m = source.loaded();
      return m === undefined ? Lazy : pick(m);
    });
    return <Drawn {...props} />;
  }
  return FromChunk;
}
