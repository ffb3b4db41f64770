import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { messages } from '../../messages';
import { scrollCue } from '../table/scroll-cue';

/**
 * A table's own scroll box, focusable (so it can be scrolled from the keyboard) and named by the table's
 * caption: a wide table on a phone scrolls here, never the page. When the table is wider than the box,
 * a line above it says so (and describes the box) and the edge with columns beyond it fades (a shadow
 * on a pinned column once scrolled), so a table is never cut off without a cue. The cue follows the
 * box's and the table's sizes (a resize observer, which also reports them at once) and the scrolling.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  // The edges with columns beyond them ("" when the table fits): a string, so an unchanged cue is no redraw.
  const [cue, setCue] = useState('');
  const hintId = useId();
  const update = () => setCue(scrollCue(ref.current!));
  useEffect(() => {
    const box = ref.current!;
    const observer = new ResizeObserver(() => setCue(scrollCue(box)));
    for (const e of [box, box.firstElementChild]) if (e) observer.observe(e);
    return () => observer.disconnect();
  }, []);
  return (
    <div className="table-scroll-wrap">
      {cue && (
        <p id={hintId} className="table-scroll__hint">
          {messages.common.table.scrollHint}
        </p>
      )}
      <div className="table-scroll-frame" data-cue={cue || undefined}>
        <div ref={ref} className="table-scroll" tabIndex={0} role="region" aria-label={label} aria-describedby={cue ? hintId : undefined} onScroll={update}>
          {children}
        </div>
      </div>
    </div>
  );
}
