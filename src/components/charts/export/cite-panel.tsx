import { useState } from 'react';
import { accessDate, figureBibtex, figureCitationText, type CitationMeta } from '../../../lib/export/citation';
import { messages } from '../../../messages/figure-export';
import { copyText } from './copy-text';
import { CopyFallback } from './copy-fallback';

export interface CitePanelProps {
  meta: CitationMeta;
  title: string;
  /** The address of exactly this state; the current address by default. */
  pageUrl?: string;
  /** Today, for the access date (tests pass a fixed day). */
  now?: Date;
}

type Shown = { kind: 'idle' } | { kind: 'copied' } | { kind: 'refused'; what: 'text' | 'bibtex' };

/** One click copies the figure's citation, or its BibTeX. */
export default function CitePanel({ meta, title, pageUrl, now }: CitePanelProps) {
  const m = messages.figureExport.cite;
  const [shown, setShown] = useState<Shown>({ kind: 'idle' });
  const figure = { title, url: pageUrl ?? window.location.href };
  const accessed = accessDate(now ?? new Date());
  const texts = { text: figureCitationText(meta, figure, accessed), bibtex: figureBibtex(meta, figure, accessed) };
  const copy = async (what: 'text' | 'bibtex') => setShown((await copyText(texts[what])) ? { kind: 'copied' } : { kind: 'refused', what });

  return (
    <div className="figure-actions__panel">
      <button type="button" autoFocus onClick={() => void copy('text')}>
        {m.text}
      </button>
      <button type="button" onClick={() => void copy('bibtex')}>
        {m.bibtex}
      </button>
      <p role="status" className="figure-actions__status">
        {shown.kind === 'copied' ? m.copied : ''}
      </p>
      {shown.kind === 'refused' && (
        <CopyFallback label={shown.what === 'text' ? m.textLabel : m.bibtexLabel} help={m.copyRefused} text={texts[shown.what]} multiline />
      )}
    </div>
  );
}
