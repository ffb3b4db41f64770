import { useState } from 'react';
import { accessDate, datasetBibtex, datasetCitationText, type CitationMeta } from '../../../lib/export/citation';
import { messages } from '../../../messages/figure-export';
import { copyText } from './copy-text';
import { CopyFallback } from './copy-fallback';
import './figure-actions.css';

interface DatasetCiteProps {
  meta: CitationMeta;
  /** The dashboard's address (origin and base path). */
  siteUrl: string;
  /** Today, for the access date (tests pass a fixed day). */
  now?: Date;
}

type Shown = { kind: 'idle' } | { kind: 'copied' } | { kind: 'refused'; what: 'text' | 'bibtex' };

/** For About the data: the dataset's citation, and one click to copy it or its BibTeX. */
export function DatasetCite({ meta, siteUrl, now }: DatasetCiteProps) {
  const m = messages.figureExport.cite;
  const [shown, setShown] = useState<Shown>({ kind: 'idle' });
  const accessed = accessDate(now ?? new Date());
  const texts = { text: datasetCitationText(meta, siteUrl, accessed), bibtex: datasetBibtex(meta, siteUrl, accessed) };
  const copy = async (what: 'text' | 'bibtex') => setShown((await copyText(texts[what])) ? { kind: 'copied' } : { kind: 'refused', what });
  return (
    <div className="dataset-cite">
      <blockquote className="dataset-cite__text">{texts.text}</blockquote>
      <div className="figure-actions">
        <button type="button" onClick={() => void copy('text')}>
          {m.text}
        </button>
        <button type="button" onClick={() => void copy('bibtex')}>
          {m.bibtex}
        </button>
      </div>
      <p role="status" className="figure-actions__status">
        {shown.kind === 'copied' ? m.copied : ''}
      </p>
      {shown.kind === 'refused' && (
        <CopyFallback label={shown.what === 'text' ? m.textLabel : m.bibtexLabel} help={m.copyRefused} text={texts[shown.what]} multiline />
      )}
    </div>
  );
}
