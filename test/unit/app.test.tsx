import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeDataset } from '../fixtures/dataset';
import { mockFetchJson, renderApp } from '../render-app';

afterEach(() => vi.unstubAllGlobals());

describe('the app', () => {
  it('shows a skeleton, then every model with its lab, country and index', async () => {
    mockFetchJson(makeDataset());
    renderApp('/');
    expect(screen.getByRole('status')).toHaveAttribute('aria-busy', 'true');
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(5);
    // The index is drawn beside the model's name (a phone shows it without scrolling sideways).
    expect(rows[0]).toHaveTextContent(/o1.*90.*OpenAI.*United States/);
    expect(within(table).getByRole('rowheader', { name: 'DeepSeek-R1' }).closest('tr')).toHaveTextContent(/89.*China/);
    expect(within(table).getByRole('rowheader', { name: 'Unscored model' }).closest('tr')).toHaveTextContent('not rated');
  });

  it("draws the start page's heading and introduction while the data loads, where the view draws them", async () => {
    mockFetchJson(makeDataset());
    const { container } = renderApp('/');
    // Before the data: the view's own heading and first sentence, marked as still to come.
    const early = screen.getByRole('heading', { level: 1, name: 'Leaderboard' });
    expect(early.closest('[data-pending-paint]')).not.toBeNull();
    expect(container.querySelector('[data-pending-paint] .page-intro')).toHaveTextContent(/^Models ranked by/);
    // Then the view: one heading, the same words, nothing pending.
    await screen.findByRole('table');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1, name: 'Leaderboard' }).closest('[data-pending-paint]')).toBeNull();
  });

  it('asks for the dataset only once the shell has painted, then once', async () => {
    const fetchMock = mockFetchJson(makeDataset());
    renderApp('/');
    expect(screen.getByRole('heading', { level: 1, name: 'Leaderboard' })).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
    await screen.findByRole('table');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it("does not draw another view's heading while the data loads (its strings load with its code)", () => {
    mockFetchJson(makeDataset());
    renderApp('/timeline');
    expect(screen.getByRole('status')).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
  });

  it('names the first bad field of a corrupted dataset and offers Retry', async () => {
    const bad = makeDataset() as unknown as { models: { scores: { value: unknown }[] }[] };
    bad.models[1]!.scores[0]!.value = '79';
    mockFetchJson(bad);
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('failed validation');
    expect(alert).toHaveTextContent('models[1].scores[0].value');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
  });

  it('explains a network failure and recovers on Retry', async () => {
    const fetchMock = mockFetchJson(new TypeError('Failed to fetch'), makeDataset());
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('network request failed');
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('explains an HTTP error', async () => {
    mockFetchJson({ status: 404 });
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('HTTP 404');
  });

  it('renders normally on a hostile URL and cleans it', async () => {
    mockFetchJson(makeDataset());
    renderApp('/?region=mars&labs=%3Cscript%3E');
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(window.location.search).toBe('');
  });

  it('About the data quotes the scale evidence from the data, not from typed text', async () => {
    const data = makeDataset();
    data.models[0]!.scores[0]!.value = 88;
    mockFetchJson(data);
    renderApp('/about');
    expect(await screen.findByText(/Its values \(DeepSeek-R1 88, Qwen2\.5-Max 79\) match/)).toBeInTheDocument();
  });

  it('shows a not-found view inside the shell', async () => {
    mockFetchJson(makeDataset());
    renderApp('/no/such/view');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Views' })).toBeInTheDocument();
  });

  it('navigates between views and marks the current one', async () => {
    mockFetchJson(makeDataset());
    renderApp('/?region=china');
    await screen.findByRole('table');
    await userEvent.click(screen.getByRole('link', { name: 'About the data' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'About the data' })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/about');
    expect(window.location.search).toBe('?region=china');
    expect(screen.getByRole('link', { name: 'About the data' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('main')).toHaveFocus();
  });
});
