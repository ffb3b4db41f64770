import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EmbedView, type EmbedFigure } from './embed-view';

const figures: Record<'leaderboard' | 'frontier', EmbedFigure> = {
  leaderboard: { title: 'Leaderboard', path: '/', render: () => <svg role="img" aria-label="bars" />, source: 'Source: AA, as of 29 Nov 2026.' },
  frontier: { title: 'The frontier over time', path: '/timeline', render: () => <svg role="img" aria-label="steps" />, source: 'Source: AA (frontier).' },
};

function renderEmbed(figureParam: string | undefined, search = '') {
  return render(<EmbedView figureParam={figureParam} figures={figures} fallback="leaderboard" search={search} base="/china-ai/" />);
}

describe('EmbedView', () => {
  it('shows one figure, its title, its source line and a link back to the full view with the same state', () => {
    const { container } = renderEmbed('frontier', '?region=cn&from=2024-01');
    expect(screen.getByRole('heading', { level: 1, name: 'The frontier over time' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'steps' })).toBeInTheDocument();
    expect(screen.getByText('Source: AA (frontier).')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the full view' })).toHaveAttribute('href', '/china-ai/timeline?region=cn&from=2024-01');
    // Nothing else: no site header, navigation or footer.
    expect(container.querySelectorAll('header, nav, footer')).toHaveLength(0);
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it.each([undefined, '', 'nope', 'FRONTIER', '<img src=x onerror=alert(1)>', '__proto__', 'constructor', '../timeline'])(
    'an unknown or hostile figure name (%s) shows the default figure',
    (param) => {
      renderEmbed(param);
      expect(screen.getByRole('heading', { level: 1, name: 'Leaderboard' })).toBeInTheDocument();
      expect(screen.getByRole('img', { name: 'bars' })).toBeInTheDocument();
    },
  );
});
