import { useId } from 'react';

/** Where the clipboard is refused: the text in a read-only field, focused and selected, to copy by hand. */
export function CopyFallback({ label, help, text, multiline = false }: { label: string; help: string; text: string; multiline?: boolean }) {
  const id = useId();
  const select = (el: HTMLInputElement | HTMLTextAreaElement | null) => {
    if (!el) return;
    el.focus();
    el.select();
  };
  return (
    <div className="copy-fallback">
      <p>{help}</p>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} ref={select} readOnly value={text} rows={5} onFocus={(e) => e.currentTarget.select()} />
      ) : (
        <input id={id} ref={select} readOnly value={text} onFocus={(e) => e.currentTarget.select()} />
      )}
    </div>
  );
}
