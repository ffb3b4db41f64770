import { accessDate, datasetBibtex, datasetCitationText, type CitationMeta } from '../../../lib/export/citation';
import { CitationCopy } from './citation-copy';
import './figure-actions.css';

interface DatasetCiteProps {
  meta: CitationMeta;
  /** The dashboard's address (origin and base path). */
  siteUrl: string;
  /** Today, for the access date (tests pass a fixed day). */
  now?: Date;
}

/** For About the data: the dataset's citation, and one click to copy it or its BibTeX. */
export function DatasetCite({ meta, siteUrl, now }: DatasetCiteProps) {
  const accessed = accessDate(now ?? new Date());
  const texts = { text: datasetCitationText(meta, siteUrl, accessed), bibtex: datasetBibtex(meta, siteUrl, accessed) };
  return (
    <div className="dataset-cite">
      <blockquote className="dataset-cite__text">{texts.text}</blockquote>
      <CitationCopy texts={texts} className="figure-actions" />
    </div>
  );
}
