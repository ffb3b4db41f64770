import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useElementWidth } from './use-element-width';

function Probe({ log }: { log: number[] }) {
  const [ref, width] = useElementWidth<HTMLDivElement>();
  log.push(width);
  return (
    <div ref={ref} data-testid="probe" style={{ padding: '0 10px', borderLeft: '2px solid' }}>
      {width}
    </div>
  );
}

describe('useElementWidth', () => {
  it('reads the content width when the element mounts, before any observer report', () => {
    // An observer that never reports: the width must come from the first read alone.
    const Silent = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
    vi.stubGlobal('ResizeObserver', Silent);
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ width: 522.6 } as DOMRect);
    const log: number[] = [];
    render(<Probe log={log} />);
    // 522.6 less 10 + 10 padding and a 2 px border, in whole px.
    expect(screen.getByTestId('probe').textContent).toBe('500');
    expect(log.at(-1)).toBe(500);
    vi.unstubAllGlobals();
  });

  it('for an element that is not laid out (no box yet), takes the width the observer reports', () => {
    const log: number[] = [];
    render(<Probe log={log} />);
    // jsdom lays nothing out; the test setup's observer reports 800.
    expect(screen.getByTestId('probe').textContent).toBe('800');
  });

  it('a report of the width it holds (only the height changed) draws nothing again', () => {
    let report: ((width: number) => void) | null = null;
    const Manual = class {
      constructor(private readonly callback: ResizeObserverCallback) {}
      observe(target: Element) {
        report = (width) => this.callback([{ target, contentRect: { width } } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
        report(640.4);
      }
      unobserve() {}
      disconnect() {}
    };
    vi.stubGlobal('ResizeObserver', Manual);
    const log: number[] = [];
    render(<Probe log={log} />);
    expect(log.at(-1)).toBe(640);
    const draws = log.length;
    act(() => report!(640.9));
    expect(log.length).toBe(draws);
    act(() => report!(700));
    expect(log.at(-1)).toBe(700);
    vi.unstubAllGlobals();
  });
});
