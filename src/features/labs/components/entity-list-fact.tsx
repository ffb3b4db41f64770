import { SourceLinks } from '../../../components/data/source-links';
import type { Lab } from '../../../data/dataset.schema';
import { formatPartialDate } from '../../../lib/format';
import { messages } from '../../../messages/labs';

/** US Entity List status: listed (with date), not listed, or, when the sources are silent, "not stated in the sources". */
export function EntityListFact({ entityList }: { entityList: Lab['entityList'] }) {
  const m = messages.labs.profile;
  if (entityList.listed === null) return <span className="unknown">{messages.common.notStated}</span>;
  const text = entityList.listed ? (entityList.date ? m.entityListed(formatPartialDate(entityList.date)) : m.entityListedNoDate) : m.entityNotListed;
  return (
    <span>
      <strong>{text}</strong>
      {entityList.sources.length > 0 && (
        <>
          {' '}
          <SourceLinks ids={entityList.sources} />
        </>
      )}
      {entityList.note && <span className="statement__note"> {entityList.note}</span>}
    </span>
  );
}
