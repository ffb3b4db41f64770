import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeDataset } from '../../../../test/fixtures/dataset';
import { FigureActions, type FigureActionsProps } from './figure-actions';

const meta = makeDataset().meta;
const saved: string[] = [];

function setup(patch: Partial<FigureActionsProps> = {}) {
  const user = userEvent.setup();
  window.history.replaceState(null, '', '/timeline?region=cn&from=2024-01');
  render(
    <FigureActions
      title="The frontier over time"
      figure="frontier"
      when="2025-02"
      meta={meta}
      base="/"
      csv={() => 'Model,Index\r\n深度求索 R1,89\r\n'}
      dataset={() => makeDataset()}
      exportInput={() => null}
      {...patch}
    />,
  );
  return user;
}

function refuseClipboard() {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
}

beforeEach(() => {
  saved.length = 0;
  Object.assign(URL, { createObjectURL: () => 'blob:test', revokeObjectURL: () => {} });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
});
afterEach(() => {
  Reflect.deleteProperty(navigator, 'share');
});

describe('Share', () => {
  it('copies the address of exactly this state and says so', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: 'Share' }));
    await user.click(await screen.findByRole('button', { name: 'Copy link to this figure' }));
    expect(await screen.findByText('Link copied')).toHaveAttribute('role', 'status');
    expect(await navigator.clipboard.readText()).toBe('http://localhost:3000/timeline?region=cn&from=2024-01');
  });

  it('the embed code is an iframe of the embed route with the same state', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: 'Share' }));
    await user.click(await screen.findByRole('button', { name: 'Copy embed code' }));
    await screen.findByText('Embed code copied');
    const code = await navigator.clipboard.readText();
    expect(code).toMatch(/^<iframe src="http:\/\/localhost:3000\/embed\/frontier\?region=cn&amp;from=2024-01" title="The frontier over time"/);
  });

  it('where the clipboard is refused, shows the link selected in a field', async () => {
    const user = setup();
    refuseClipboard();
    await user.click(screen.getByRole('button', { name: 'Share' }));
    await user.click(await screen.findByRole('button', { name: 'Copy link to this figure' }));
    const field = await screen.findByRole('textbox', { name: 'Link to this figure' });
    expect(field).toHaveValue('http://localhost:3000/timeline?region=cn&from=2024-01');
    expect(field).toHaveFocus();
  });

  it('offers the native share sheet only where the browser has one', async () => {
    const share = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'share', { configurable: true, value: share });
    const user = setup();
    await user.click(screen.getByRole('button', { name: 'Share' }));
    await user.click(await screen.findByRole('button', { name: 'Share…' }));
    expect(share).toHaveBeenCalledWith({ title: 'The frontier over time', url: 'http://localhost:3000/timeline?region=cn&from=2024-01' });
  });

  it('opens with focus inside, and Escape closes it and returns focus to the trigger', async () => {
    const user = setup();
    const trigger = screen.getByRole('button', { name: 'Share' });
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await user.click(trigger);
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Copy link to this figure' })).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Share…' })).toBeNull();
    await user.keyboard('{Escape}');
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(trigger).toHaveFocus();
  });
});

describe('Download', () => {
  it('the CSV is saved with a name that says what and when', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: 'Download' }));
    await user.click(await screen.findByRole('button', { name: 'Data shown (CSV)' }));
    expect(await screen.findByText('Downloaded china-ai-frontier-2025-02.csv')).toBeInTheDocument();
    expect(saved).toEqual(['china-ai-frontier-2025-02.csv']);
  });

  it('the whole dataset is saved as JSON', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: 'Download' }));
    await user.click(await screen.findByRole('button', { name: 'Whole dataset (JSON)' }));
    expect(await screen.findByText('Downloaded china-ai-dashboard-dataset-2026-11-29.json')).toBeInTheDocument();
  });

  it('a failed image export says why, and the menu keeps working', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: 'Download' }));
    await user.click(await screen.findByRole('button', { name: 'Image (PNG, 2×)' }));
    expect(await screen.findByText('The download failed: the chart is not on the page')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Data shown (CSV)' }));
    expect(await screen.findByText('Downloaded china-ai-frontier-2025-02.csv')).toBeInTheDocument();
  });
});

describe('Cite', () => {
  it('copies the citation with the dataset version, the report and the figure address', async () => {
    const user = setup();
    await user.click(screen.getByRole('button', { name: 'Cite' }));
    const panel = screen.getByRole('group', { name: 'Cite “The frontier over time”' });
    await user.click(await within(panel).findByRole('button', { name: 'Copy citation' }));
    await within(panel).findByText('Citation copied');
    const text = await navigator.clipboard.readText();
    for (const part of ['The frontier over time', meta.datasetVersion, meta.report.title, 'http://localhost:3000/timeline?region=cn&from=2024-01']) expect(text).toContain(part);
  });

  it('copies BibTeX, or shows it to copy by hand when the clipboard is refused', async () => {
    const user = setup();
    refuseClipboard();
    await user.click(screen.getByRole('button', { name: 'Cite' }));
    await user.click(await screen.findByRole('button', { name: 'Copy BibTeX' }));
    const field = await screen.findByRole('textbox', { name: 'BibTeX' });
    expect((field as HTMLTextAreaElement).value).toMatch(/^@misc\{/);
  });
});
