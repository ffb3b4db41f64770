import type { ReactNode } from 'react';

/**
 * A table's own scroll box, focusable (so it can be scrolled from the keyboard) and named by the table's
 * caption: a wide table on a phone scrolls here, never the page.
 */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
