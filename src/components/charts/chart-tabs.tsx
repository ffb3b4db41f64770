import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface ChartTab<T extends string> {
  id: T;
  label: string;
}

interface ChartTabsProps<T extends string> {
  /** Accessible name of the tab list. */
  label: string;
  /** A prefix for the tab and panel ids (unique per figure). */
  idBase: string;
  tabs: ReadonlyArray<ChartTab<T>>;
  selected: T;
  onSelect: (id: T) => void;
}

/** The id of a tab and of its panel, so the frame can label its panels. */
export const tabId = (idBase: string, id: string) => `${idBase}-tab-${id}`;
export const panelId = (idBase: string, id: string) => `${idBase}-panel-${id}`;

/**
 * A tab list on the WAI-ARIA pattern: one tab in the tab order (roving tabindex), arrow keys, Home and
 * End move and select (automatic activation), each tab controls its panel.
 */
export function ChartTabs<T extends string>({ label, idBase, tabs, selected, onSelect }: ChartTabsProps<T>) {
  const list = useRef<HTMLDivElement>(null);
  const move = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = tabs.findIndex((t) => t.id === selected);
    const next: Record<string, number> = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 };
    if (!(e.key in next)) return;
    e.preventDefault();
    const to = tabs[(next[e.key]! + tabs.length) % tabs.length]!;
    onSelect(to.id);
    list.current?.querySelector<HTMLButtonElement>(`#${CSS.escape(tabId(idBase, to.id))}`)?.focus();
  };
  return (
    <div ref={list} role="tablist" aria-label={label} className="chart-frame__tabs">
      {tabs.map((t) => (
        <button
          key={t.id}
          id={tabId(idBase, t.id)}
          type="button"
          role="tab"
          aria-selected={t.id === selected}
          aria-controls={panelId(idBase, t.id)}
          tabIndex={t.id === selected ? 0 : -1}
          onClick={() => onSelect(t.id)}
          onKeyDown={move}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}

/** A tab's panel: labelled by its tab, focusable so keyboard users reach content without controls. */
export function ChartTabPanel({ idBase, id, hidden, children, className }: { idBase: string; id: string; hidden: boolean; children: ReactNode; className?: string }) {
  return (
    <div id={panelId(idBase, id)} role="tabpanel" aria-labelledby={tabId(idBase, id)} tabIndex={0} hidden={hidden} className={className}>
      {children}
    </div>
  );
}
