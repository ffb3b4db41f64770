import { useState } from 'react';
import { messages } from '../../../messages/figure-export';
import { copyText } from './copy-text';
import { CopyFallback } from './copy-fallback';

type Shown = { kind: 'idle' } | { kind: 'copied' } | { kind: 'refused'; what: 'text' | 'bibtex' };

/**
 * Two buttons that copy a citation or its BibTeX, a status line that says "copied", and, where the
 * clipboard is refused, the text selected in a field to copy by hand. Used for a figure and the dataset.
 */
export function CitationCopy({ texts, className, autoFocus }: { texts: { text: string; bibtex: string }; className?: string; autoFocus?: boolean }) {
  const m = messages.figureExport.cite;
  const [shown, setShown] = useState<Shown>({ kind: 'idle' });
  const copy = async (what: 'text' | 'bibtex') => setShown((await copyText(texts[what])) ? { kind: 'copied' } : { kind: 'refused', what });
  const buttons = (
    <>
      <button type="button" autoFocus={autoFocus} onClick={() => void copy('text')}>
        {m.text}
      </button>
      <button type="button" onClick={() => void copy('bibtex')}>
        {m.bibtex}
      </button>
    </>
  );
  return (
    <>
      {/* Without a class the buttons sit directly in the caller's container (the Cite panel styles them so). */}
      {className ? <div className={className}>{buttons}</div> : buttons}
      <p role="status" className="figure-actions__status">
        {shown.kind === 'copied' ? m.copied : ''}
      </p>
      {shown.kind === 'refused' && (
        <CopyFallback label={shown.what === 'text' ? m.textLabel : m.bibtexLabel} help={m.copyRefused} text={texts[shown.what]} multiline />
      )}
    </>
  );
}
