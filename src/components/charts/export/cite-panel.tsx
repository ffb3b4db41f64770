import { accessDate, figureBibtex, figureCitationText, type CitationMeta } from '../../../lib/export/citation';
import { CitationCopy } from './citation-copy';

export interface CitePanelProps {
  meta: CitationMeta;
  title: string;
  /** The address of exactly this state; the current address by default. */
  pageUrl?: string;
  /** Today, for the access date (tests pass a fixed day). */
  now?: Date;
}

/** One click copies the figure's citation, or its BibTeX. */
export default function CitePanel({ meta, title, pageUrl, now }: CitePanelProps) {
  const figure = { title, url: pageUrl ?? window.location.href };
  const accessed = accessDate(now ?? new Date());
  const texts = { text: figureCitationText(meta, figure, accessed), bibtex: figureBibtex(meta, figure, accessed) };
  return (
    <div className="figure-actions__panel">
      <CitationCopy texts={texts} autoFocus />
    </div>
  );
}
