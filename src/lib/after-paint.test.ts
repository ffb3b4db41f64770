import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, NO_FRAME_MS } from './after-paint';

describe('afterNextPaint', () => {
  let frames: FrameRequestCallback[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => (frames[id - 1] = () => {}));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  const frame = () => frames.splice(0).forEach((cb) => cb(0));

  it('runs in a task after the next frame, not in it and not before it', () => {
    const run = vi.fn();
    afterNextPaint(run);
    vi.advanceTimersByTime(NO_FRAME_MS - 1);
    expect(run).not.toHaveBeenCalled();
    frame();
    expect(run).not.toHaveBeenCalled(); // the frame paints first
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(NO_FRAME_MS);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs anyway when no frame comes (a background tab), once', () => {
    const run = vi.fn();
    afterNextPaint(run);
    vi.advanceTimersByTime(NO_FRAME_MS);
    expect(run).toHaveBeenCalledTimes(1);
    frame();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs nothing once cancelled', () => {
    const run = vi.fn();
    const cancel = afterNextPaint(run);
    frame();
    cancel();
    vi.advanceTimersByTime(NO_FRAME_MS);
    expect(run).not.toHaveBeenCalled();
  });
});

describe('firstPaintShown', () => {
  type Callback = (list: { getEntriesByName: (name: string) => unknown[] }) => void;
  let observers: Callback[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    vi.resetModules();
    observers = [];
    vi.stubGlobal(
      'PerformanceObserver',
      Object.assign(
        class {
          constructor(cb: Callback) {
            observers.push(cb);
          }
          observe() {}
          disconnect() {}
        },
        { supportedEntryTypes: ['paint'] },
      ),
    );
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  const settled = async (p: Promise<void>) => {
    let done = false;
    void p.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    return done;
  };

  it('waits for the first contentful paint to be reported, not for the first paint of anything', async () => {
    const { firstPaintShown } = await import('./after-paint');
    const shown = firstPaintShown();
    observers[0]!({ getEntriesByName: (name) => (name === 'first-paint' ? [{}] : []) });
    expect(await settled(shown)).toBe(false);
    observers[0]!({ getEntriesByName: (name) => (name === 'first-contentful-paint' ? [{}] : []) });
    expect(await settled(shown)).toBe(true);
    expect(firstPaintShown()).toBe(shown); // one page, one first paint
  });

  it('goes ahead after a while when no paint comes (a background tab)', async () => {
    const { firstPaintShown, NO_FRAME_MS: wait } = await import('./after-paint');
    const shown = firstPaintShown();
    await vi.advanceTimersByTimeAsync(wait - 1);
    expect(await settled(shown)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(shown)).toBe(true);
  });
});
