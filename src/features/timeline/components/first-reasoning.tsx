import { SourceLinks } from '../../../components/data/source-links';
import { DataTable } from '../../../components/table/data-table';
import type { TableColumn } from '../../../components/table/table-columns';
import { formatList, formatPartialDate, formatScore } from '../../../lib/format';
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

/** The table's columns: lab (the row's name), region, the model (opens its details), release, index value. */
function firstColumns(onSelectModel: (id: string) => void): TableColumn<FirstReasoningRow>[] {
  const m = messages.timeline;
  const c = m.cadence.firstColumns;
  return [
    { id: 'lab', header: c.lab, rowHeader: true, cell: (fr) => fr.labName },
    { id: 'region', header: c.region, cell: (fr) => messages.common.region[fr.region] },
    {
      id: 'model',
      header: c.model,
      cell: (fr) => (
        <>
          <button type="button" className="link-button" aria-label={m.frontier.openDetails(fr.modelName)} onClick={() => onSelectModel(fr.modelId)}>
            {fr.modelName}
          </button>
          {fr.afterReport && <span className="tl-also"> ({messages.common.laterRelease})</span>}
        </>
      ),
    },
    { id: 'released', header: c.released, cell: (fr) => formatPartialDate(fr.releaseDate) },
    {
      id: 'index',
      header: c.index,
      numeric: true,
      cell: (fr) => (
        <>
          {fr.value === null ? <span className="unknown">{messages.common.notRated}</span> : formatScore(fr.value, fr.status)}
          {fr.status && fr.status !== 'measured' && <span className="tl-also"> ({messages.common.status[fr.status]})</span>}
        </>
      ),
    },
  ];
}

/** Each lab's first reasoning model: the report's claim checked against the data, and the table. */
export function FirstReasoning({ rows, claimLabs, reportClaim, reportDay, onSelectModel }: FirstReasoningProps) {
  const m = messages.timeline;
  const c = m.cadence;
  return (
    <section className="tl-first below-fold" aria-labelledby="tl-first-title">
      <h2 id="tl-first-title">{c.firstTitle}</h2>
      <p>
        {c.claim(claimLabs.length, numberInWords(claimLabs.length), formatList(claimLabs.map((l) => c.claimLab(l.labName, l.modelName, formatPartialDate(l.releaseDate)))), formatPartialDate(reportDay))}{' '}
        {reportClaim?.count != null && (
          <>
            {c.claimReport(numberInWords(reportClaim.count))} <SourceLinks ids={reportClaim.sources} />
          </>
        )}
      </p>
      <DataTable caption={c.firstCaption} columns={firstColumns(onSelectModel)} rows={rows} rowKey={(fr) => fr.labId} />
    </section>
  );
}
