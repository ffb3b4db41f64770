import { render, screen } from '@testing-library/react';
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
});
