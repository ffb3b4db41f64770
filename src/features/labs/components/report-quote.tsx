import { SourceLinks } from '../../../components/data/source-links';
import { useDataset } from '../../../data/dataset-queries';
import type { Lab } from '../../../data/dataset.schema';
import { HTML_LANG, useLang } from '../../../lib/locale';
import { reportSaysFor } from '../lib/report-says';
import { messages } from '../../../messages/labs';

const SOURCE_DOCUMENT = 'S1';

/** Splits the quote into the document's words and the bracketed notes added by the English rendering. */
export function splitEditorialNotes(text: string): Array<{ note: boolean; text: string }> {
  return text
    .split(/(\[[^\]]*\])/)
    .filter((part) => part.length > 0)
    .map((part) => ({ note: /^\[[^\]]*\]$/.test(part), text: part }));
}

/**
 * What the source document says about a lab: a quotation, kept apart from the sourced facts and marked
 * as the document's words, with its source. Bracketed remarks are the renderings' notes. In 日本語 the quote is
 * the Japanese original; otherwise the English rendering (never translated on the fly).
 */
export function ReportQuote({ lab }: { lab: Pick<Lab, 'name' | 'reportSays' | 'reportSaysJa'> }) {
  const m = messages.labs.profile;
  const source = useDataset().sourcesById.get(SOURCE_DOCUMENT);
  const quote = reportSaysFor(lab, useLang());
  if (quote === null) return <p className="report-quote report-quote--none">{m.reportNone(lab.name)}</p>;
  return (
    <figure className="report-quote">
      <blockquote cite={source?.url ?? undefined} lang={HTML_LANG[quote.lang]}>
        <p>
          {splitEditorialNotes(quote.text).map((part, i) =>
            part.note ? (
              <span key={i} className="report-quote__note">
                <span className="visually-hidden">{m.reportBracket} </span>
                {part.text}
              </span>
            ) : (
              <span key={i}>{part.text}</span>
            ),
          )}
        </p>
      </blockquote>
      <figcaption>
        {m.reportSource} {source?.title ?? SOURCE_DOCUMENT} <SourceLinks ids={[SOURCE_DOCUMENT]} />
      </figcaption>
    </figure>
  );
}
