import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetchJson, renderApp } from '../../../../test/render-app';
import { exportDataset } from './export-controls-fixture';

afterEach(() => vi.unstubAllGlobals());

async function openView(url = '/export-controls') {
  mockFetchJson(exportDataset());
  renderApp(url);
  return screen.findByRole('heading', { level: 1, name: 'Export controls' });
}
const titlesIn = (listName: RegExp) =>
  within(screen.getByRole('list', { name: listName }))
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);

describe('the export controls view', () => {
  it('lists the events in date order, with those after the report in their own part', async () => {
    await openView();
    expect(titlesIn(/up to the report/)).toEqual(['Huawei listed', 'October 2022 rule', 'October 2023 update', 'AI diffusion rule', 'Zhipu listed', 'H20 curbs considered']);
    const after = screen.getByRole('region', { name: 'After the report' });
    expect(within(after).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['H20 licence', 'H20 allowed again']);
    expect(screen.getByText(/8 events from 2019 to Jul 2025: 6 up to the report \(published by 19 Feb 2025\) and 2 after it\./)).toBeInTheDocument();
  });

  it('shows an event’s thresholds and named chips', async () => {
    await openView();
    const item = screen.getByRole('article', { name: 'October 2023 update' });
    expect(within(item).getByText('TPP ≥ 4800')).toBeInTheDocument();
    expect(within(item).getByText('NVIDIA A800')).toBeInTheDocument();
  });

  it('filters by kind with labelled checkboxes kept in the address, and never down to nothing', async () => {
    await openView();
    for (const kind of ['Chip rule', 'AI diffusion rule', 'Reported deliberation', 'China-specific chip']) await userEvent.click(screen.getByRole('checkbox', { name: new RegExp(`^${kind}`) }));
    expect(window.location.search).toBe('?kinds=entity-list');
    expect(titlesIn(/up to the report/)).toEqual(['Huawei listed', 'Zhipu listed']);
    const last = screen.getByRole('checkbox', { name: /^Entity List/ });
    expect(last).toBeDisabled();
    expect(last).toHaveAccessibleDescription('At least one kind stays selected.');
    await userEvent.click(screen.getAllByRole('button', { name: 'Show all kinds' })[0]!);
    expect(window.location.search).toBe('');
  });

  it('hides the events after the report on request, and offers them back', async () => {
    await openView('/export-controls?laterEvents=hide');
    const after = screen.getByRole('region', { name: 'After the report' });
    expect(after).toHaveTextContent('2 events after the report are hidden.');
    await userEvent.click(within(after).getByRole('button', { name: 'Show them' }));
    expect(within(after).getAllByRole('heading', { level: 3 })).toHaveLength(2);
  });

  it('shows which chips each rule moved, and each chip’s status rule by rule', async () => {
    await openView();
    expect(screen.getByText(/Moved from allowed to restricted: A800\./)).toBeInTheDocument();
    expect(screen.getByText(/Designed to fit under it: H20 and MI308X\./)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Accelerators against the rules/ });
    const a800 = within(table).getByRole('rowheader', { name: /NVIDIA A800/ }).closest('tr')!;
    expect(within(a800).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1,000 C', '3.14 C', '✓ Fits under (designed to)', '✕ Restricted', '✕ Restricted', 'no change recorded']);
    const mi308 = within(table).getByRole('rowheader', { name: /AMD MI308X/ }).closest('tr')!;
    expect(within(mi308).getAllByRole('cell')[0]).toHaveTextContent('not public');
  });

  it('shows the diffusion rule’s tiers and where China falls', async () => {
    await openView();
    expect(screen.getByText('China falls in Tier 3.')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Tiers of the AI diffusion rule/ });
    expect(within(table).getByRole('rowheader', { name: /Tier 3/ })).toHaveTextContent('China is here');
    expect(within(table).getByRole('rowheader', { name: /Tier 2/ }).closest('tr')).toHaveTextContent('about 790,000,000 TPP');
  });

  it('lists the Entity List additions', async () => {
    await openView();
    const table = screen.getByRole('table', { name: /Labs added to the US Entity List/ });
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Huawei', 'Zhipu AI']);
  });

  it('links “models released after this” to the timeline with the window set and the event pinned', async () => {
    await openView();
    const link = screen.getByRole('link', { name: 'Models released after: October 2023 update' });
    expect(link).toHaveAttribute('href', '/timeline?from=2023-10-17&event=2023-10-update');
    await userEvent.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: 'Timeline' }, { timeout: 15_000 })).toBeInTheDocument();
    expect(window.location.search).toBe('?from=2023-10-17&event=2023-10-update');
    expect(screen.getByRole('region', { name: 'October 2023 update' })).toBeInTheDocument();
  });

  it('does not offer “models released after this” when no model follows, and says why', async () => {
    await openView();
    const item = screen.getByRole('article', { name: 'H20 allowed again' });
    const off = within(item).getByRole('link', { name: 'Models released after this' });
    expect(off).toHaveAttribute('aria-disabled', 'true');
    expect(off).not.toHaveAttribute('href');
    expect(off).toHaveAccessibleDescription('No model in the data was released after Jul 2025; the latest is o1 (5 Dec 2024).');
  });

  it('says “not enough data” before and after a rule where the data cannot answer', async () => {
    await openView();
    const item = screen.getByRole('article', { name: 'October 2022 rule' });
    expect(within(item).getByText('Not enough data to compare before and after this rule.')).toBeInTheDocument();
    expect(within(item).getAllByText('not enough data')).toHaveLength(8);
    expect(within(item).getByText(/the data has no rated Chinese model/)).toBeInTheDocument();
  });

  it('draws the chips against the selected rule, with a table twin', async () => {
    await openView();
    const figure = screen.getByRole('figure', { name: 'Chips against the export-control thresholds' });
    expect(within(figure).getByRole('radio', { name: 'October 2023' })).toBeChecked();
    expect(figure.querySelector('[data-chip="h20"]')).toHaveAttribute('data-status', 'designed-to-fit');
    await userEvent.click(within(figure).getByRole('radio', { name: 'October 2022' }));
    expect(figure.querySelector('[data-chip="a800"]')).toHaveAttribute('data-status', 'designed-to-fit');
    expect(figure.querySelector('[data-chip="mi308x"]')).toBeNull();
    expect(within(figure).getByText(/Not drawn \(specifications not public\): AMD MI308X/)).toBeInTheDocument();
    await userEvent.click(within(figure).getByRole('tab', { name: 'Table' }));
    const table = within(figure).getByRole('table');
    expect(within(table).getByRole('row', { name: /^MI308X AMD/ })).toHaveTextContent(/unknown/);
  });
});
