import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetchJson, renderApp } from '../../../../test/render-app';
import { timelineDataset } from './timeline-fixture';

afterEach(() => vi.unstubAllGlobals());

async function openTimeline(url = '/timeline') {
  mockFetchJson(timelineDataset());
  renderApp(url);
  // The first render loads the view's chunk (and Recharts), which is slow in jsdom and can take many
  // seconds on a busy machine: wait for the heading with a generous limit (the test's is 20 s).
  return screen.findByRole('heading', { level: 1, name: 'Timeline' }, { timeout: LAZY_VIEW_MS });
}
/** A view's lazy chunk on a busy machine: a generous limit for waits that follow it. */
const LAZY_VIEW_MS = 15_000;
const frontierFigure = () => screen.getByRole('figure', { name: 'The US and Chinese frontiers over time' });

describe('the timeline view', () => {
  it('describes the frontier chart in words, as the figure’s accessible description', async () => {
    await openTimeline();
    const figure = frontierFigure();
    expect(figure).toHaveAccessibleDescription(/In January 2025 DeepSeek-R1 \(89\) came within one point of o1 \(90\)\./);
    expect(within(figure).getByText(/AA index \(pre-v2, early Feb 2025\)\. Every point is a model’s score as of early February 2025/)).toBeInTheDocument();
  });

  it('starts the axis at the data: events on it are markers named by their date, earlier ones behind a disclosure beside it', async () => {
    await openTimeline();
    const toolbar = screen.getByRole('toolbar', { name: /Export-control events on the axis/ });
    const names = within(toolbar)
      .getAllByRole('button')
      .map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual([
      expect.stringContaining('17 Oct 2023, October 2023 update'),
      expect.stringContaining('13 Jan 2025, Event 2025-jan'),
      expect.stringMatching(/9 Apr 2025, April 2025 licence \(after the report\)$/),
      expect.stringMatching(/Jul 2025, July 2025 resumption \(after the report\)$/),
    ]);
    // Rules with thresholds are named on the axis; the others are plain ticks.
    expect(within(toolbar).getAllByRole('button').map((b) => b.textContent)).toEqual(['Oct 2023 chip rule', 'Jan 2025 diffusion rule', '', '']);
    const earlier = screen.getByText('2 earlier events, before the axis starts');
    expect(earlier.tagName).toBe('SUMMARY');
    expect(earlier.closest('details')).not.toHaveAttribute('open');
  });

  it('moves between event markers with the arrow keys, one tab stop for all', async () => {
    await openTimeline();
    const toolbar = screen.getByRole('toolbar', { name: /Export-control events/ });
    const buttons = within(toolbar).getAllByRole('button');
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    act(() => buttons[0]!.focus());
    await userEvent.keyboard('{ArrowRight}');
    expect(buttons[1]).toHaveFocus();
    // Focus shows the event's card.
    expect(screen.getByRole('region', { name: 'Event 2025-jan' })).toBeInTheDocument();
  });

  it('opens an event’s card and sends “models released after this” to the leaderboard with the window set', async () => {
    await openTimeline();
    const toolbar = screen.getByRole('toolbar', { name: /Export-control events/ });
    await userEvent.click(within(toolbar).getByRole('button', { name: /17 Oct 2023/ }));
    const card = screen.getByRole('region', { name: 'October 2023 update' });
    expect(within(card).getByText('Summary of 2023-oct.')).toBeInTheDocument();
    await userEvent.click(within(card).getByRole('button', { name: 'Models released after this' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Leaderboard' }, { timeout: LAZY_VIEW_MS })).toBeInTheDocument();
    expect(window.location.pathname).toBe('/');
    expect(window.location.search).toBe('?from=2023-10-17');
  });

  it('opens the card of the event pinned in the address, marker pressed, and unpins it when the card closes', async () => {
    await openTimeline('/timeline?from=2023-10-17&event=2023-oct');
    const card = screen.getByRole('region', { name: 'October 2023 update' });
    expect(within(card).getByText('Summary of 2023-oct.')).toBeInTheDocument();
    const toolbar = screen.getByRole('toolbar', { name: /Export-control events/ });
    expect(within(toolbar).getByRole('button', { name: /17 Oct 2023/ })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(within(card).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: 'October 2023 update' })).not.toBeInTheDocument();
    expect(window.location.search).toBe('?from=2023-10-17');
  });

  it('drops a pinned event the data does not have from the address', async () => {
    await openTimeline('/timeline?event=nope');
    await vi.waitFor(() => expect(window.location.search).toBe(''));
  });

  it('closes a card with Escape or its button, and gives focus back to the marker', async () => {
    await openTimeline();
    const toolbar = screen.getByRole('toolbar', { name: /Export-control events/ });
    const marker = within(toolbar).getByRole('button', { name: /17 Oct 2023/ });
    await userEvent.click(marker);
    expect(screen.getByRole('region', { name: 'October 2023 update' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'October 2023 update' })).not.toBeInTheDocument();
    await userEvent.click(marker);
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: 'October 2023 update' })).not.toBeInTheDocument();
    expect(marker).toHaveFocus();
  });

  it('opens an event’s card from the table twin, moves focus into it, and gives focus back on Escape', async () => {
    await openTimeline();
    await userEvent.click(within(frontierFigure()).getByRole('tab', { name: 'Table' }));
    const events = screen.getByRole('table', { name: 'Export-control events on the axis' });
    const opener = within(events).getByRole('button', { name: 'October 2023 update' });
    await userEvent.click(opener);
    const card = screen.getByRole('region', { name: 'October 2023 update' });
    expect(card).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'October 2023 update' })).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('opens the card of an event listed off the axis, and its Close button gives focus back to the list', async () => {
    await openTimeline();
    await userEvent.click(screen.getByText('2 earlier events, before the axis starts'));
    const opener = screen.getByRole('button', { name: /Event 2019-huawei/ });
    await userEvent.click(opener);
    const card = screen.getByRole('region', { name: 'Event 2019-huawei' });
    expect(card).toHaveFocus();
    await userEvent.click(within(card).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: 'Event 2019-huawei' })).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('hides events after the report on request', async () => {
    await openTimeline('/timeline?laterEvents=hide');
    const toolbar = screen.getByRole('toolbar', { name: /Export-control events/ });
    expect(within(toolbar).queryByRole('button', { name: /after the report/ })).not.toBeInTheDocument();
  });

  it('takes a typed “from” date into the shared window and the address', async () => {
    await openTimeline();
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2024-12-01' } });
    expect(window.location.search).toBe('?from=2024-12-01');
    expect(frontierFigure()).toHaveAccessibleDescription(/The chart plots 3 models released between 5 Dec 2024 and 20 Jan 2025\./);
    expect(screen.getByRole('list', { name: 'Active filters' })).toHaveTextContent('1 Dec 2024');
  });

  it('refuses a “to” date before “from”, and says why', async () => {
    await openTimeline('/timeline?from=2024-06-01');
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2024-01-01' } });
    expect(screen.getByText('“From” must be on or before “To”.')).toBeInTheDocument();
    expect(window.location.search).toBe('?from=2024-06-01');
  });

  it('sets a whole year with a quick window', async () => {
    await openTimeline();
    await userEvent.click(screen.getByRole('button', { name: '2024' }));
    expect(window.location.search).toBe('?from=2024-01-01&to=2024-12-31');
    expect(screen.getByRole('button', { name: '2024' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('moves the window with the overview strip’s handles from the keyboard', async () => {
    await openTimeline('/timeline?from=2024-01-15');
    const start = screen.getByRole('slider', { name: 'Window start' });
    expect(start).toHaveAttribute('aria-valuetext', '15 Jan 2024');
    act(() => start.focus());
    await userEvent.keyboard('{ArrowRight}');
    expect(window.location.search).toBe('?from=2024-02-15');
    await userEvent.keyboard('{Home}');
    expect(window.location.search).toBe('');
  });

  it('steps through the models from the keyboard and opens one with Enter', async () => {
    await openTimeline();
    const plot = screen.getByRole('group', { name: /Frontier chart with 11 models/ });
    act(() => plot.focus());
    await userEvent.keyboard('{End}');
    expect(screen.getByText(/^Kimi k1\.5, Moonshot AI, China\. Released 20 Jan 2025\. Index 87, as stated in a write-up\./)).toBeInTheDocument();
    await userEvent.keyboard('{ArrowLeft}');
    expect(screen.getByText(/^DeepSeek-R1, DeepSeek, China\./)).toBeInTheDocument();
    await userEvent.keyboard('{Enter}');
    expect(window.location.search).toBe('?model=deepseek-r1');
  });

  it('has a table twin whose model names open the detail panel', async () => {
    await openTimeline();
    await userEvent.click(within(frontierFigure()).getByRole('tab', { name: 'Table' }));
    const table = screen.getByRole('table', { name: /Models on the frontier chart/ });
    const o1 = within(table).getByRole('button', { name: 'Open details for o1' }).closest('tr')!;
    expect(o1).toHaveTextContent(/90.*Also stated: 94 \(as stated in a write-up\).*measured.*United States/);
    const unplotted = screen.getByRole('table', { name: /cannot be plotted/ });
    expect(unplotted).toHaveTextContent(/Undated model.*not stated in the sources/);
    // A value that a write-up states, but that is not the model's preferred value, is named, not hidden.
    expect(within(unplotted).getByRole('button', { name: 'Open details for Month-dated model' }).closest('tr')).toHaveTextContent(
      'not rated (not rated on this index) (a write-up states 84; not used, see the model’s details)',
    );
    await userEvent.click(within(table).getByRole('button', { name: 'Open details for o1' }));
    expect(window.location.search).toBe('?model=o1');
  });

  it('adds later releases when the shared scope takes them in, in the band after the report', async () => {
    await openTimeline();
    await userEvent.click(within(screen.getByRole('group', { name: 'Scope' })).getByRole('button', { name: 'Include estimates and later releases' }));
    expect(window.location.search).toBe('?scope=all');
    expect(frontierFigure()).toHaveAccessibleDescription(/1 model released after the report is drawn in the shaded band after it\./);
  });

  it('keeps the legend short and says each value’s status in the tooltip and the table', async () => {
    await openTimeline('/timeline?later=show');
    const figure = frontierFigure();
    const legend = within(figure).getByRole('list', { name: 'Markers, lines and events' });
    expect(within(legend).getAllByRole('listitem').length).toBeLessThanOrEqual(5);
    expect(legend).toHaveTextContent('Each value’s status (measured, stated in a write-up, estimate), openness and reasoning: in the tooltip and the Table tab.');
    act(() => screen.getByRole('group', { name: /Frontier chart with 12 models/ }).focus());
    await userEvent.keyboard('{End}');
    expect(screen.getByText(/^o3, OpenAI, United States\. Released 16 Apr 2025\. Index 94\+, estimate\./)).toBeInTheDocument();
    await userEvent.click(within(figure).getByRole('tab', { name: 'Table' }));
    const table = screen.getByRole('table', { name: /Models on the frontier chart/ });
    expect(within(table).getByRole('button', { name: 'Open details for o3' }).closest('tr')).toHaveTextContent(/94\+\s*estimate/);
    expect(within(table).getByRole('button', { name: 'Open details for Kimi k1.5' }).closest('tr')).toHaveTextContent(/87\s*as stated in a write-up/);
  });

  it('keys the China-ahead gap in the legend only when the chart shades it', async () => {
    await openTimeline();
    const legend = () => within(frontierFigure()).getByRole('list', { name: 'Markers, lines and events' });
    expect(legend()).toHaveTextContent('Gap between the US and Chinese frontiers (US ahead)');
    expect(legend()).not.toHaveTextContent('China’s frontier is ahead');
    // Among open-weights models China's frontier passes the US's in September 2024.
    await userEvent.click(screen.getByRole('radio', { name: 'Open' }));
    expect(window.location.search).toBe('?open=open');
    expect(legend()).toHaveTextContent('Gap where China’s frontier is ahead (hatched)');
  });

  it('says which filter emptied the chart and offers to remove it', async () => {
    await openTimeline('/timeline?q=nothing-like-this');
    // The one shared empty state: a region named by its heading (it holds buttons, so not a live status).
    const empty = screen.getByRole('region', { name: 'No model to plot' });
    await userEvent.click(within(empty).getByRole('button', { name: 'Remove Search: “nothing-like-this” (11 models to plot)' }));
    expect(window.location.search).toBe('');
    expect(screen.queryByText('No model to plot')).not.toBeInTheDocument();
  });

  it('removes a typed search as its own history entry, so Back returns to the search', async () => {
    await openTimeline();
    const before = window.history.length;
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search models and labs' }), 'zzz');
    expect(window.location.search).toBe('?q=zzz');
    await userEvent.click(screen.getByRole('button', { name: /^Remove Search: “zzz”/ }));
    expect(window.location.search).toBe('');
    expect(window.history.length).toBe(before + 2);
  });

  it('says when removing one filter alone would not help', async () => {
    await openTimeline('/timeline?region=us&q=zzz');
    expect(screen.getByText('Removing Region: United States alone would still leave nothing to plot.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Remove Region/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Remove Search: “zzz” (4 models to plot)' }));
    expect(window.location.search).toBe('?region=us');
    expect(frontierFigure()).toHaveAccessibleDescription(/^The chart plots 4 models/);
  });

  it('counts releases per quarter and checks the report’s “seven labs” against the data', async () => {
    await openTimeline();
    const cadence = screen.getByRole('figure', { name: 'Release cadence: models released per quarter' });
    expect(cadence).toHaveAccessibleDescription(/The busiest quarter was Q3 2024, with 4 models/);
    expect(screen.getByText(/the data shows three Chinese labs with a released reasoning model: Alibaba \(QwQ-32B-Preview, 28 Nov 2024\), DeepSeek/)).toBeInTheDocument();
    expect(screen.getByText(/The source document says seven Chinese labs/)).toBeInTheDocument();
    const first = screen.getByRole('table', { name: /earliest reasoning model/ });
    expect(within(first).getAllByRole('row').slice(1).map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['OpenAI', 'Alibaba', 'DeepSeek', 'Moonshot AI']);
  });

  it('steps through the cadence chart’s quarters from the keyboard, reading out and showing each one’s counts', async () => {
    await openTimeline();
    const cadence = screen.getByRole('figure', { name: 'Release cadence: models released per quarter' });
    const plot = within(cadence).getByRole('group', { name: 'Release cadence: models released per quarter' });
    act(() => plot.focus());
    await userEvent.keyboard('{End}');
    expect(within(cadence).getByText(/^Q1 2025\. United States: 0\. China: 3 \(2 reasoning\)\. Other: 0\. 3 models in all\./)).toBeInTheDocument();
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(within(cadence).getByText(/^Q3 2024\. .*4 models in all/)).toBeInTheDocument();
    expect(await within(cadence).findByText('Q3 2024', { selector: '.chart-tooltip__title' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(within(cadence).queryByText('Q3 2024', { selector: '.chart-tooltip__title' })).toBeNull();
  });
});
