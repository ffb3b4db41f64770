import { useEffect, useRef, type PointerEvent } from 'react';

/** A swipe is a mostly sideways touch move of at least this many CSS pixels. */
export const SWIPE_MIN_PX = 60;

/** Where the arrow keys belong to the control, not to the story: form controls, tabs, charts, menus. */
function keysBelongToTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, select, textarea, [contenteditable="true"], [role="tablist"], [role="menu"], [role="slider"], [data-plot-area]')) return true;
  return false;
}

/**
 * ← and → go to the previous and next step (unless focus is in a form control or a chart that uses the
 * arrows itself); a sideways swipe on a touch screen does the same. Returns the pointer handlers for
 * the story's container.
 */
export function useStoryKeys(onBack: (() => void) | null, onNext: (() => void) | null) {
  const latest = useRef({ onBack, onNext });
  useEffect(() => {
    latest.current = { onBack, onNext };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || keysBelongToTarget(e.target)) return;
      const go = e.key === 'ArrowRight' ? latest.current.onNext : e.key === 'ArrowLeft' ? latest.current.onBack : null;
      if (!go) return;
      e.preventDefault();
      go();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const start = useRef<{ x: number; y: number; id: number } | null>(null);
  return {
    onPointerDown: (e: PointerEvent<HTMLElement>) => {
      start.current = e.pointerType === 'touch' && !keysBelongToTarget(e.target) ? { x: e.clientX, y: e.clientY, id: e.pointerId } : null;
    },
    onPointerUp: (e: PointerEvent<HTMLElement>) => {
      const s = start.current;
      start.current = null;
      if (!s || s.id !== e.pointerId) return;
      const dx = e.clientX - s.x;
      const dy = e.clientY - s.y;
      if (Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < 1.5 * Math.abs(dy)) return;
      (dx < 0 ? latest.current.onNext : latest.current.onBack)?.();
    },
    onPointerCancel: () => {
      start.current = null;
    },
  };
}
