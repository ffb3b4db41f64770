import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { makeDataset } from '../../../../test/fixtures/dataset';
import { buildDatasetIndex } from '../../../data/dataset-index';
import { datasetQueryOptions } from '../../../data/dataset-queries';
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

const props = { domain: [0, 100] as [number, number], axisLabel: 'Index', title: 'T', desc: 'D', onSelect: () => {} };
/** The tooltip names a value's source tier, read from the dataset. */
function renderWithDataset(ui: ReactNode) {
  const client = new QueryClient();
  client.setQueryData(datasetQueryOptions().queryKey, buildDatasetIndex(makeDataset()));
  const wrap = (el: ReactNode) => <QueryClientProvider client={client}>{el}</QueryClientProvider>;
  const result = render(wrap(ui));
  return { ...result, rerender: (el: ReactNode) => result.rerender(wrap(el)) };
}
const svgOf = (container: HTMLElement) => container.querySelector<SVGSVGElement>('svg.ranked-chart__svg');

describe('RankedBarChart', () => {
  it('is drawn at the width of its box and the height of its bars, given in numbers, and follows a new bar count at once', async () => {
    const { container, rerender } = render(<RankedBarChart data={[bar('a', 90), bar('b', 80), bar('c', 70)]} {...props} />);
    // The test setup's resize observer reports an 800 px wide box.
    await waitFor(() => expect(svgOf(container)?.getAttribute('width')).toBe('800'));
    expect(svgOf(container)?.getAttribute('height')).toBe(String(3 * 26 + 44));
    expect(container.querySelectorAll('.ranked-bar')).toHaveLength(3);
    rerender(<RankedBarChart data={[bar('a', 90)]} {...props} />);
    expect(svgOf(container)?.getAttribute('height')).toBe(String(26 + 44));
  });

  it('labels every tick without measuring them: 20 apart on a wide plot, 50 apart on a narrow one', async () => {
    const ticks = (container: HTMLElement) => [...container.querySelectorAll('.ranked-axis__tick')].map((t) => t.textContent);
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

  it('is one named, focusable control; the keys move through the bars, say where they are, and Enter opens one', async () => {
    const onSelect = vi.fn();
    const { container } = renderWithDataset(<RankedBarChart data={[bar('a', 90), bar('b', 80), bar('c', 70)]} {...props} onSelect={onSelect} />);
    await waitFor(() => expect(svgOf(container)).not.toBeNull());
    const chart = screen.getByRole('application', { name: 'T' });
    act(() => chart.focus());
    fireEvent.keyDown(chart, { key: 'ArrowDown' });
    expect(container.querySelector('[aria-live]')).toHaveTextContent(/^a/);
    fireEvent.keyDown(chart, { key: 'End' });
    expect(container.querySelector('[aria-live]')).toHaveTextContent(/^c/);
    expect(container.querySelectorAll('.ranked-bar__focus')).toHaveLength(1);
    await waitFor(() => expect(container.querySelector('.chart-tooltip__title')).toHaveTextContent(/^c/));
    fireEvent.keyDown(chart, { key: 'ArrowUp' });
    fireEvent.keyDown(chart, { key: 'Enter' });
    expect(onSelect).toHaveBeenCalledWith('b');
    fireEvent.keyDown(chart, { key: 'Escape' });
    expect(container.querySelectorAll('.ranked-bar__focus')).toHaveLength(0);
  });

  it('comes back to the bar the keys were on after focus went away (a model’s details), and follows that model, not its row', async () => {
    const onSelect = vi.fn();
    const data = [bar('a', 90), bar('b', 80), bar('c', 70)];
    const { container, rerender } = renderWithDataset(<RankedBarChart data={data} {...props} onSelect={onSelect} />);
    await waitFor(() => expect(svgOf(container)).not.toBeNull());
    const chart = screen.getByRole('application', { name: 'T' });
    act(() => chart.focus());
    fireEvent.keyDown(chart, { key: 'ArrowDown' });
    fireEvent.keyDown(chart, { key: 'ArrowDown' });
    act(() => chart.blur());
    expect(container.querySelectorAll('.ranked-bar__focus')).toHaveLength(0);
    act(() => chart.focus());
    expect(container.querySelector('[aria-live]')).toHaveTextContent(/^b/);
    // The bars change under the cursor (a filter, Back): it stays on b, now the first row.
    rerender(<RankedBarChart data={[bar('b', 80), bar('c', 70)]} {...props} onSelect={onSelect} />);
    fireEvent.keyDown(screen.getByRole('application', { name: 'T' }), { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith('b');
  });

  it('a click on a row opens its model; a click on the axis opens nothing', async () => {
    const onSelect = vi.fn();
    const { container } = render(<RankedBarChart data={[bar('a', 90), bar('b', 80)]} {...props} onSelect={onSelect} />);
    await waitFor(() => expect(svgOf(container)).not.toBeNull());
    const svg = svgOf(container)!;
    svg.getBoundingClientRect = () => ({ left: 0, top: 100, right: 800, bottom: 196, width: 800, height: 96, x: 0, y: 100, toJSON: () => ({}) });
    fireEvent.click(svg, { clientX: 300, clientY: 100 + 4 + 26 + 10 });
    expect(onSelect).toHaveBeenLastCalledWith('b');
    fireEvent.click(svg, { clientX: 300, clientY: 100 + 4 + 52 + 20 });
    expect(onSelect).toHaveBeenCalledTimes(1);
  });
});
