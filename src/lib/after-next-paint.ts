/** How long to wait for a frame before going ahead anyway: a tab opened in the background runs no frames. */
export const NO_FRAME_MS = 200;

/**
 * Runs `run` in a task just after the browser's next frame, so that what is on the page now has painted
 * first; after NO_FRAME_MS at the latest, for a tab that draws no frames. Returns a function that cancels it.
 */
export function afterNextPaint(run: () => void): () => void {
  let done = false;
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => setTimeout(once, 0)) : undefined;
  const late = setTimeout(once, NO_FRAME_MS);
  function cancel() {
    done = true;
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(late);
  }
  function once() {
    if (done) return;
    cancel();
    run();
  }
  return cancel;
}

/** `afterNextPaint` as a promise. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => afterNextPaint(resolve));
}
