import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeDataset } from '../../../test/fixtures/dataset';
import { buildDatasetIndex } from '../../data/dataset-index';
import { datasetQueryOptions } from '../../data/dataset-queries';
import { resetFiltersStore, useFiltersStore } from '../../stores/filters/filters-store';
import { ActiveFilterChips } from './active-filter-chips';
import { FilterEmptyState } from './filter-empty-state';
import { FilterPanel, type FilterGroupId } from './filter-panel';

function renderWithDataset(ui: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(datasetQueryOptions().queryKey, buildDatasetIndex(makeDataset()));
  return render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
}
const store = () => useFiltersStore.getState();

beforeEach(() => resetFiltersStore());

describe('FilterPanel', () => {
  it('shows the scope first, then only the groups asked for, in order', () => {
    const groups: FilterGroupId[] = ['reasoning', 'region'];
    renderWithDataset(<FilterPanel groups={groups} pinned={[]} />);
    expect(screen.getAllByRole('group').map((g) => g.querySelector('legend')?.textContent)).toEqual(['Scope', 'Reasoning', 'Region']);
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
  });

  it('scope: as of the report by default; one click brings in estimates and later releases', async () => {
    renderWithDataset(<FilterPanel />);
    const scope = screen.getByRole('group', { name: 'Scope' });
    expect(within(scope).getByRole('button', { name: 'As of the report' })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(within(scope).getByRole('button', { name: 'Include estimates and later releases' }));
    expect(store().scope).toBe('all');
  });

  it('region: toggle buttons with aria-pressed, one click each', async () => {
    renderWithDataset(<FilterPanel />);
    const region = screen.getByRole('group', { name: 'Region' });
    expect(within(region).getAllByRole('button').map((b) => b.textContent)).toEqual(['All', 'United States', 'China', 'Other']);
    await userEvent.click(within(region).getByRole('button', { name: 'China' }));
    expect(store().region).toBe('cn');
    expect(within(region).getByRole('button', { name: 'China' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(region).getByRole('button', { name: 'All' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('labs: grouped by country, select none / all per group, and the last lab cannot be unticked', async () => {
    renderWithDataset(<FilterPanel />);
    const labs = screen.getByRole('group', { name: 'Labs' });
    expect(within(labs).getAllByRole('group').map((g) => g.querySelector('legend')?.textContent)).toEqual(['China (2)', 'United States (1)', 'France (1)']);
    await userEvent.click(within(labs).getByRole('button', { name: 'Clear every lab in China' }));
    expect(store().labs).toEqual(['mistral', 'openai']);
    await userEvent.click(within(labs).getByRole('button', { name: 'Clear every lab in France' }));
    expect(store().labs).toEqual(['openai']);
    expect(within(labs).getByRole('checkbox', { name: /^OpenAI/ })).toBeDisabled();
    expect(within(labs).getByRole('button', { name: 'Clear every lab in United States' })).toBeDisabled();
    await userEvent.click(within(labs).getByRole('button', { name: 'Select every lab in China' }));
    expect(store().labs).toEqual(['alibaba', 'deepseek', 'openai']);
    await userEvent.click(within(labs).getByRole('checkbox', { name: /^Mistral AI/ }));
    expect(store().labs).toEqual([]);
  });

  it('release window: typed dates, an inverted window is flagged, presets toggle', async () => {
    renderWithDataset(<FilterPanel />);
    const from = screen.getByLabelText('From');
    fireEvent.change(from, { target: { value: '2025-01-01' } });
    expect(store().from).toBe('2025-01-01');
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2024-01-01' } });
    expect(screen.getByRole('alert')).toHaveTextContent('“From” is after “To”');
    const preset = screen.getByRole('button', { name: 'Release dates: Up to the report' });
    await userEvent.click(preset);
    expect([store().from, store().to]).toEqual([null, '2025-02-19']);
    expect(preset).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(preset);
    expect([store().from, store().to]).toEqual([null, null]);
  });

  it('collapses everything but the region behind “Filters (n active)”', async () => {
    renderWithDataset(<FilterPanel />);
    store().setOpenWeights('open');
    store().setRegion('cn');
    const toggle = await screen.findByRole('button', { name: 'Filters (1 active)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById(toggle.getAttribute('aria-controls') ?? '')).toHaveAttribute('data-open', 'true');
  });
});

/** A viewport whose width the test sets: `matchMedia('(max-width: Npx)')` answers from it and tells listeners. */
function fakeViewport(initialWidth: number) {
  let width = initialWidth;
  const lists: Array<{ max: number; listeners: Set<() => void> }> = [];
  vi.stubGlobal('matchMedia', (query: string) => {
    const max = Number(/max-width:\s*(\d+)px/.exec(query)?.[1] ?? Infinity);
    const entry = { max, listeners: new Set<() => void>() };
    lists.push(entry);
    return {
      get matches() {
        return width <= max;
      },
      media: query,
      addEventListener: (_: string, f: () => void) => entry.listeners.add(f),
      removeEventListener: (_: string, f: () => void) => entry.listeners.delete(f),
    };
  });
  return (next: number) =>
    act(() => {
      width = next;
      lists.forEach((l) => l.listeners.forEach((f) => f()));
    });
}

describe('FilterPanel on a narrow screen', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('builds the collapsed groups only while open, and the button still counts them', async () => {
    fakeViewport(412);
    store().setOpenWeights('open');
    store().setLabs(['openai']);
    renderWithDataset(<FilterPanel />);
    const toggle = screen.getByRole('button', { name: 'Filters (2 active)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const body = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(body).toBeInTheDocument();
    expect(body).toBeEmptyDOMElement();
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Region' })).toBeInTheDocument();
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(within(body as HTMLElement).getByRole('searchbox')).toBeInTheDocument();
    expect(within(body as HTMLElement).getByRole('radio', { name: 'Open' })).toBeChecked();
    await userEvent.click(toggle);
    expect(body).toBeEmptyDOMElement();
  });

  it('builds every group on a wide screen, and lets them go when the window narrows', () => {
    const resize = fakeViewport(1366);
    renderWithDataset(<FilterPanel />);
    expect(screen.getByRole('searchbox')).toBeInTheDocument();
    resize(700);
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
    resize(800);
    expect(screen.getByRole('searchbox')).toBeInTheDocument();
  });
});

describe('ActiveFilterChips and FilterEmptyState', () => {
  it('one chip per active filter; removing the “to” end keeps “from”', async () => {
    store().setWindow('2024-01-01', '2024-12-31');
    store().setReasoning('reasoning');
    renderWithDataset(<ActiveFilterChips />);
    expect(screen.getByRole('status')).toHaveTextContent(/^\d+ of the \d+ models in scope shown\.$/);
    const chips = screen.getByRole('list', { name: 'Active filters' });
    expect(within(chips).getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual([
      'Remove filter: Reasoning models only',
      'Remove filter: Released on or after 1 Jan 2024',
      'Remove filter: Released on or before 31 Dec 2024',
    ]);
    await userEvent.click(within(chips).getByRole('button', { name: 'Remove filter: Released on or before 31 Dec 2024' }));
    expect([store().from, store().to, store().reasoning]).toEqual(['2024-01-01', null, 'reasoning']);
  });

  it('says when only several filters together leave nothing', () => {
    store().setRegion('other');
    store().setReasoning('reasoning');
    store().setLabs(['alibaba']);
    renderWithDataset(<FilterEmptyState />);
    const empty = screen.getByRole('region', { name: 'No model matches these filters' });
    expect(empty).toHaveTextContent('Together, “Region: Other”, “Lab: Alibaba” and “Reasoning models only” leave nothing');
    expect(within(empty).getByRole('button', { name: 'Remove every filter' })).toBeInTheDocument();
  });
});
