import { SourceLinks } from '../../../components/data/source-links';
import type { Statement } from '../../../data/dataset.schema';
import { formatPartialDate } from '../../../lib/format';
import { messages } from '../../../messages/labs';

type StatusKey = keyof typeof messages.labs.profile.statementStatus;

/** The source document is S1: "as stated" there reads differently from "as stated" in another write-up. */
export function statementStatusKey(statement: Statement): StatusKey {
  if (statement.status === 'as-stated') return statement.sources.includes('S1') ? 'as-stated-doc' : 'as-stated-other';
  return statement.status;
}

/** A statement's status in words (never colour alone). */
export function StatementStatus({ statement }: { statement: Statement }) {
  const key = statementStatusKey(statement);
  const m = messages.labs.profile;
  return (
    <span className={`statement-status statement-status--${key}`} title={m.statementStatusHelp[key]}>
      {m.statementStatus[key]}
    </span>
  );
}

/**
 * Every statement of one fact with its status and sources; "not stated in the sources" when there is none.
 * `conflict` says the statements disagree (shown side by side, not resolved); `dated` prefixes each with its date.
 */
export function StatementList({ statements, conflict = false, dated = false }: { statements: readonly Statement[]; conflict?: boolean; dated?: boolean }) {
  const m = messages.labs.profile;
  if (statements.length === 0) return <span className="unknown">{messages.common.notStated}</span>;
  return (
    <>
      {conflict && <p className="statements__conflict">{m.sourcesDiffer}</p>}
      <ul className={`statements${conflict ? ' statements--conflict' : ''}`}>
        {statements.map((s, i) => (
          <li key={i} className="statement">
            <span className="statement__text">
              {dated && s.date ? <span className="statement__date">{formatPartialDate(s.date)}: </span> : null}
              {s.text}
            </span>{' '}
            <span className="statement__meta">
              <StatementStatus statement={s} /> <SourceLinks ids={s.sources} />
            </span>
            {s.note && (
              <span className="statement__note">
                {' '}
                {m.notePrefix} {s.note}
              </span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
