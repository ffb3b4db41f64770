import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface DisclosureMenuProps {
  /** The trigger's text (its accessible name; on a phone it may show as the icon alone). */
  label: string;
  /** A small icon before the text (decorative). */
  icon?: ReactNode;
  /** The panel's accessible name. */
  panelLabel: string;
  /** Drawn only while open (so a lazy panel loads on demand). */
  children: ReactNode;
}

/**
 * A button that shows and hides a panel of actions (the disclosure pattern: real buttons, no
 * arrow-key menu to learn). Escape or a click outside closes it and returns focus to the trigger;
 * the panel's first control takes focus when it opens.
 */
export function DisclosureMenu({ label, icon, panelLabel, children }: DisclosureMenuProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (root.current && event.target instanceof Node && !root.current.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  return (
    <div
      className="disclosure-menu"
      ref={root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          trigger.current?.focus();
        }
      }}
    >
      <button ref={trigger} type="button" title={label} aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        {icon}
        <span className="disclosure-menu__label">{label}</span>
      </button>
      <div id={panelId} role="group" aria-label={panelLabel} className="disclosure-menu__panel" hidden={!open}>
        {open && children}
      </div>
    </div>
  );
}
