import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Recharts measures its container; jsdom has no layout. Report a fixed size as soon as observe() is called.
class FixedSizeResizeObserver {
  private readonly callback: ResizeObserverCallback;
  constructor(callback: ResizeObserverCallback) {
    this.callback = callback;
  }
  observe(target: Element) {
    const rect = { width: 800, height: 400, top: 0, left: 0, bottom: 400, right: 800, x: 0, y: 0 };
    this.callback(
      [{ target, contentRect: { ...rect, toJSON: () => rect }, borderBoxSize: [], contentBoxSize: [], devicePixelContentBoxSize: [] } as unknown as ResizeObserverEntry],
      this as unknown as ResizeObserver,
    );
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = FixedSizeResizeObserver as unknown as typeof ResizeObserver;

// Views are lazy chunks and the dataset is parsed on load; on a saturated 2-core machine (another test
// run beside this one) the first import and parse can take many seconds. This is a ceiling for waiting,
// not a timing assertion: passing tests finish as soon as the state they wait for is there.
configure({ asyncUtilTimeout: 30_000 });

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

// jsdom does not implement scrolling.
window.scrollTo = () => {};
