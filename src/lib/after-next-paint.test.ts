import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, NO_FRAME_MS } from './after-next-paint';

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
