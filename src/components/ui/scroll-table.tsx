import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { messages } from '../../messages';
import { NO_CUE, cueEdges, sameCue, scrollCue, type ScrollCue } from '../table/scroll-cue';

/** The scroll cue of a box, kept up to date as it (or its table) resizes and as it scrolls. */
function useScrollCue() {
  const ref = useRef<HTMLDivElement>(null);
  const [cue, setCue] = useState<ScrollCue>(NO_CUE);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const update = () => {
      const next = scrollCue(box);
      setCue((current) => (sameCue(current, next) ? current : next));
    };
    update();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(box);
    if (box.firstElementChild) observer?.observe(box.firstElementChild);
    box.addEventListener('scroll', update, { passive: true });
    return () => {
      observer?.disconnect();
      box.removeEventListener('scroll', update);
    };
  }, []);
  return [ref, cue] as const;
}

/**
 * A table's own scroll box, focusable (so it can be scrolled from the keyboard) and named by the table's
 * caption: a wide table on a phone scrolls here, never the page. When the table is wider than the box,
 * a line above it says so and the edge with columns beyond it fades (a shadow on a pinned column), so a
 * table is never cut off without a cue.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  const [ref, cue] = useScrollCue();
  const hintId = useId();
  return (
    <div className="table-scroll-wrap">
      {cue.overflows && (
        <p id={hintId} className="table-scroll__hint">
          {messages.common.table.scrollHint}
        </p>
      )}
      <div className="table-scroll-frame" data-cue={cueEdges(cue)}>
        <div ref={ref} className="table-scroll" tabIndex={0} role="region" aria-label={label} aria-describedby={cue.overflows ? hintId : undefined}>
          {children}
        </div>
      </div>
    </div>
  );
}
