import { render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BarDatum } from '../lib/chart-data';
import { RankedBarChart } from './ranked-bar-chart';

const bar = (id: string, value: number): BarDatum => ({
  id,
  name: id,
  value,
  region: 'cn',
  status: 'measured',
  rank: 1,
  tied: false,
  reasoning: null,
  open: null,
  later: false,
  lab: 'Lab',
  country: 'China',
  released: 'Jan 2025',
  sources: [],
});

describe('RankedBarChart', () => {
  it('is drawn at the width of its box and the height of its bars, given in numbers, and follows a new bar count at once', async () => {
    const props = { domain: [0, 100] as [number, number], axisLabel: 'Index', title: 'T', desc: 'D', onSelect: () => {} };
    const { container, rerender } = render(<RankedBarChart data={[bar('a', 90), bar('b', 80), bar('c', 70)]} {...props} />);
    const svg = () => container.querySelector('svg.recharts-surface');
    // The test setup's resize observer reports an 800 px wide box.
    await waitFor(() => expect(svg()?.getAttribute('width')).toBe('800'));
    expect(svg()?.getAttribute('height')).toBe(String(3 * 26 + 44));
    rerender(<RankedBarChart data={[bar('a', 90)]} {...props} />);
    expect(svg()?.getAttribute('height')).toBe(String(26 + 44));
  });

  it('labels every tick without measuring them: 20 apart on a wide plot, 50 apart on a narrow one', async () => {
    const props = { domain: [0, 100] as [number, number], axisLabel: 'Index', title: 'T', desc: 'D', onSelect: () => {} };
    const ticks = (container: HTMLElement) => [...container.querySelectorAll('.recharts-cartesian-axis-tick-value')].map((t) => t.textContent);
    const wide = render(<RankedBarChart data={[bar('a', 90)]} {...props} />);
    await waitFor(() => expect(ticks(wide.container)).toEqual(['0', '20', '40', '60', '80', '100']));
    wide.unmount();
    const ro = globalThis.ResizeObserver;
    // A phone's side-by-side column: 300 px, less the names and the value labels, leaves under 150 px of bars.
    globalThis.ResizeObserver = class extends ro {
      constructor(callback: ResizeObserverCallback) {
        super((entries, observer) => callback(entries.map((e) => ({ ...e, contentRect: { ...e.contentRect, width: 300 } })), observer));
      }
    };
    try {
      const narrow = render(<RankedBarChart data={[bar('a', 90)]} {...props} compact />);
      await waitFor(() => expect(ticks(narrow.container)).toEqual(['0', '50', '100']));
    } finally {
      globalThis.ResizeObserver = ro;
    }
  });
});
