import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeDataset, makeModel, makeScore } from '../../../test/fixtures/dataset';
import { mockFetchJson, renderApp } from '../../../test/render-app';

afterEach(() => vi.unstubAllGlobals());

function dataset() {
  const base = makeDataset();
  return makeDataset({
    models: [
      ...base.models,
      makeModel('stated-only', 'alibaba', {
        name: 'Stated only',
        releaseDate: '2024-07',
        scores: [makeScore(84, { status: 'as-stated', preferred: false, sources: ['S1'], note: 'Probably belongs to another model.' })],
      }),
      makeModel('later', 'openai', { name: 'Later model', releaseDate: '2025-04-16', announcedDate: '2024-12-20', scores: [makeScore(94, { status: 'estimate', sources: ['S1'] })] }),
      makeModel('later-unrated', 'openai', { name: 'Later unrated', releaseDate: '2025-03-05', scores: [] }),
    ],
  });
}

async function openPanel(url: string, name: string) {
  mockFetchJson(dataset());
  renderApp(url);
  return screen.findByRole('dialog', { name });
}

describe('the model detail panel', () => {
  it.each([
    ['later', 'Later model', 'its value is an estimate published before the model was out'],
    ['later-unrated', 'Later unrated', 'the report could not rate it, and no value on this scale is given'],
  ])('says what a later release’s value is (%s)', async (id, name, text) => {
    const dialog = await openPanel(`/?model=${id}`, name);
    expect(dialog).toHaveTextContent(text);
  });

  it('shows every attribute, the value with its status, rank and sources, and links to the lab', async () => {
    const dialog = await openPanel('/about?model=deepseek-r1', 'DeepSeek-R1');
    await waitFor(() => expect(within(dialog).getByRole('heading', { level: 2, name: 'DeepSeek-R1' })).toHaveFocus());
    expect(dialog).toHaveTextContent('89');
    expect(dialog).toHaveTextContent('measured');
    expect(dialog).toHaveTextContent('Rank 3 of 5 rated models in the whole dataset (no filters).');
    expect(within(dialog).getByRole('link', { name: 'DeepSeek: lab profile' })).toHaveAttribute('href', '/labs/deepseek');
    const facts = within(dialog).getByRole('region', { name: 'About the model' });
    expect(facts).toHaveTextContent('Released20 Jan 2025');
    expect(facts).toHaveTextContent('Open weightsYes');
    expect(facts).toHaveTextContent('Reasoning modelYes');
    // The fixture has no price, parameters, context or licence record: each says how it is missing, never 0.
    const fields = within(dialog).getByRole('region', { name: 'Price, size, context and licence' });
    expect(fields).toHaveTextContent('API price (Feb 2025)unknown');
    expect(fields).toHaveTextContent('Parameters');
    expect(fields).toHaveTextContent('Context windowunknown');
    expect(fields).not.toHaveTextContent('$0');
  });

  it('shows conflicting values side by side, the used one first', async () => {
    const dialog = await openPanel('/?model=o1', 'o1');
    const conflict = within(dialog).getByRole('region', { name: 'Values in conflict' });
    expect(conflict).toHaveTextContent(/Used in charts\s*90\s*measured.*Also stated\s*94\s*as stated in a write-up/);
    expect(conflict).toHaveTextContent('The source document says 94.');
    const records = within(dialog).getByRole('table', { name: /Every index value the sources give for o1/ });
    expect(within(records).getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['90', '94']);
  });

  it('shows the tier of each value’s sources in words', async () => {
    const dialog = await openPanel('/?model=stated-only', 'Stated only');
    const records = within(dialog).getByRole('table', { name: /Every index value the sources give for Stated only/ });
    // S1 in the fixture is a tertiary source with a public address.
    expect(within(records).getByRole('rowheader', { name: '84' }).closest('tr')).toHaveTextContent(/tertiary source(?!, no public address)/);
    const o1 = await openPanel('/?model=o1', 'o1');
    expect(within(o1).getAllByText('primary source, no public address').length).toBeGreaterThan(0);
  });

  it('a model with only an unused value is “not rated”, never 0, and says why', async () => {
    const dialog = await openPanel('/?model=stated-only', 'Stated only');
    expect(dialog).toHaveTextContent('not rated');
    expect(dialog).toHaveTextContent('A value is stated in a source but not used');
    expect(within(dialog).getByRole('region', { name: 'Values in conflict' })).toHaveTextContent(/none used.*84/);
    expect(dialog).not.toHaveTextContent(/Rank \d/);
  });

  it('marks a model released after the report and its estimate', async () => {
    const dialog = await openPanel('/?model=later', 'Later model');
    expect(dialog).toHaveTextContent('94+');
    expect(dialog).toHaveTextContent('Released after the report (16 Apr 2025)');
    expect(dialog).toHaveTextContent('Announced20 Dec 2024');
  });

  it('the Close button closes it and removes the model from the URL', async () => {
    const dialog = await openPanel('/about?model=o1', 'o1');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close details of o1' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(window.location.pathname).toBe('/about');
    expect(window.location.search).toBe('');
  });

  it('the lab link goes to the lab profile and closes the panel, keeping the filters', async () => {
    const dialog = await openPanel('/?region=china&model=qwen2-5-max', 'Qwen2.5-Max');
    await userEvent.click(within(dialog).getByRole('link', { name: 'Alibaba: lab profile' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(window.location.pathname).toBe('/labs/alibaba');
    expect(window.location.search).toBe('?region=china');
  });

  it('says politely when a link names a model the dataset lacks, and cleans the address', async () => {
    mockFetchJson(dataset());
    renderApp('/?model=nope&region=china');
    expect(await screen.findByText('No model with id “nope” in this dataset, so no details are open. The address has been cleaned.')).toHaveAttribute('role', 'status');
    await waitFor(() => expect(window.location.search).toBe('?region=china'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/No model with id/)).not.toBeInTheDocument();
  });
});
