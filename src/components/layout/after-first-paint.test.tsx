import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { AfterFirstPaint } from './after-first-paint';

describe('AfterFirstPaint', () => {
  it('draws the fallback first, then its children after a frame, in the DOM for search and assistive tech', async () => {
    render(
      <>
        <p>first</p>
        <AfterFirstPaint fallback={<p>holding</p>}>
          <table>
            <caption>later</caption>
          </table>
        </AfterFirstPaint>
      </>,
    );
    expect(screen.getByText('first')).toBeInTheDocument();
    expect(screen.getByText('holding')).toBeInTheDocument();
    expect(screen.queryByText('later')).not.toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'later' })).toBeInTheDocument();
    expect(screen.queryByText('holding')).not.toBeInTheDocument();
  });

  it('stays drawn when the view around it redraws', async () => {
    let bump = () => {};
    function View() {
      const [n, setN] = useState(0);
      bump = () => setN((x) => x + 1);
      return (
        <AfterFirstPaint>
          <p>rows {n}</p>
        </AfterFirstPaint>
      );
    }
    render(<View />);
    expect(await screen.findByText('rows 0')).toBeInTheDocument();
    act(() => bump());
    // A redraw does not hide it again for a frame: it follows the state at once.
    expect(screen.getByText('rows 1')).toBeInTheDocument();
  });
});
