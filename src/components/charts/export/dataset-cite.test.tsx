import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { makeDataset } from '../../../../test/fixtures/dataset';
import { DatasetCite } from './dataset-cite';

const meta = makeDataset().meta;
const now = new Date('2026-11-30T12:00:00Z');

describe('DatasetCite', () => {
  it('shows the dataset citation (the same text About the data uses) and copies it', async () => {
    const user = userEvent.setup();
    render(<DatasetCite meta={meta} siteUrl="https://example.org/" now={now} />);
    expect(screen.getByText(/^Test citation\. Dashboard: https:\/\/example\.org\/ \(accessed 2026-11-30\)\.$/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy citation' }));
    expect(await screen.findByText('Citation copied')).toHaveAttribute('role', 'status');
    expect(await navigator.clipboard.readText()).toBe('Test citation. Dashboard: https://example.org/ (accessed 2026-11-30).');
  });

  it('copies BibTeX with the dataset version and the access date', async () => {
    const user = userEvent.setup();
    render(<DatasetCite meta={meta} siteUrl="https://example.org/" now={now} />);
    await user.click(screen.getByRole('button', { name: 'Copy BibTeX' }));
    await screen.findByText('Citation copied');
    const bib = await navigator.clipboard.readText();
    expect(bib).toContain(`version = {${meta.datasetVersion}}`);
    expect(bib).toContain('urldate = {2026-11-30}');
  });
});
