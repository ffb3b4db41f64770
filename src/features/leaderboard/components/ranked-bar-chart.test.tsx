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
});
