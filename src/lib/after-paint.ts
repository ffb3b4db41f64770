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

let firstPaint: Promise<void> | undefined;

/**
 * Resolves once the page's first contentful paint is on screen (at once when it already is): its
 * presentation, which can come a frame or two after the frame that drew it. After NO_FRAME_MS at the
 * latest when no paint comes (a background tab). Where paint timing is not reported, a frame after the
 * first call.
 */
export function firstPaintShown(): Promise<void> {
  return (firstPaint ??= new Promise<void>((resolve) => {
    if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      afterNextPaint(resolve);
      return;
    }
    const observer = new PerformanceObserver((entries) => {
      if (entries.getEntriesByName('first-contentful-paint').length > 0) done();
    });
    const late = setTimeout(done, NO_FRAME_MS);
    function done() {
      observer.disconnect();
      clearTimeout(late);
      resolve();
    }
    observer.observe({ type: 'paint', buffered: true });
  }));
}
