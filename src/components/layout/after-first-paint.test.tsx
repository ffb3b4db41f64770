import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { AfterFirstPaint, resetFirstPaint } from './after-first-paint';

describe('AfterFirstPaint', () => {
  beforeEach(() => resetFirstPaint());

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

  it('waits on the first load only: a part mounted after the page has painted draws at once', async () => {
    const { unmount } = render(
      <AfterFirstPaint>
        <p>table</p>
      </AfterFirstPaint>,
    );
    expect(await screen.findByText('table')).toBeInTheDocument();
    unmount();
    // A language switch or a return to the view mounts it again: no frame without the table.
    render(
      <AfterFirstPaint fallback={<p>holding</p>}>
        <p>table again</p>
      </AfterFirstPaint>,
    );
    expect(screen.getByText('table again')).toBeInTheDocument();
    expect(screen.queryByText('holding')).not.toBeInTheDocument();
  });

  it('draws even when no frame comes (a tab opened in the background)', async () => {
    const raf = window.requestAnimationFrame;
    window.requestAnimationFrame = () => 0;
    try {
      render(
        <AfterFirstPaint>
          <p>in the background</p>
        </AfterFirstPaint>,
      );
      expect(await screen.findByText('in the background', {}, { timeout: 5000 })).toBeInTheDocument();
    } finally {
      window.requestAnimationFrame = raf;
    }
  });
});
