import { SourceLinks } from '../../../components/data/source-links';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { formatPartialDate, formatScore } from '../../../lib/format';
import { messages } from '../../../messages/timeline';
import type { FirstReasoning as FirstReasoningRow } from '../lib/select-cadence';
import { numberInWords } from '../lib/summarize';

export interface FirstReasoningProps {
  rows: readonly FirstReasoningRow[];
  /** Chinese labs with a reasoning model by the report's day, for the claim. */
  claimLabs: readonly FirstReasoningRow[];
  /** The source document's count of Chinese labs with reasoning models, from the dataset's claims. */
  reportClaim: { count: number | null; sources: readonly string[] } | null | undefined;
  reportDay: string;
  onSelectModel: (id: string) => void;
}

/** Each lab's first reasoning model: the report's claim checked against the data, and the table. */
export function FirstReasoning({ rows, claimLabs, reportClaim, reportDay, onSelectModel }: FirstReasoningProps) {
  const m = messages.timeline;
  const c = m.cadence;
  return (
    <section className="tl-first" aria-labelledby="tl-first-title">
      <h2 id="tl-first-title">{c.firstTitle}</h2>
      <p>
        {c.claim(claimLabs.length, numberInWords(claimLabs.length), claimLabs.map((l) => `${l.labName} (${l.modelName}, ${formatPartialDate(l.releaseDate)})`).join(', '), formatPartialDate(reportDay))}{' '}
        {reportClaim?.count != null && (
          <>
            {c.claimReport(numberInWords(reportClaim.count))} <SourceLinks ids={reportClaim.sources} />
          </>
        )}
      </p>
      <ScrollTable label={c.firstCaption}>
        <table className="data-table">
          <caption>{c.firstCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{c.firstColumns.lab}</th>
              <th scope="col">{c.firstColumns.region}</th>
              <th scope="col">{c.firstColumns.model}</th>
              <th scope="col">{c.firstColumns.released}</th>
              <th scope="col" className="num">
                {c.firstColumns.index}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((fr) => (
              <tr key={fr.labId}>
                <th scope="row">{fr.labName}</th>
                <td>{messages.common.region[fr.region]}</td>
                <td>
                  <button type="button" className="link-button" aria-label={m.frontier.openDetails(fr.modelName)} onClick={() => onSelectModel(fr.modelId)}>
                    {fr.modelName}
                  </button>
                  {fr.afterReport && <span className="tl-also"> ({messages.common.laterRelease})</span>}
                </td>
                <td>{formatPartialDate(fr.releaseDate)}</td>
                <td className="num">
                  {fr.value === null ? <span className="unknown">{messages.common.notRated}</span> : formatScore(fr.value, fr.status)}
                  {fr.status && fr.status !== 'measured' && <span className="tl-also"> ({messages.common.status[fr.status]})</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </section>
  );
}
