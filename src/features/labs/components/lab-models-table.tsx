import { ScoreStatus } from '../../../components/data/score-status';
import { SourceLinks } from '../../../components/data/source-links';
import type { ModelRow } from '../../../data/dataset-index';
import { precisionOf } from '../../../lib/dates';
import { formatPartialDate } from '../../../lib/format';
import { messages } from '../../../messages/labs';
import { ModelLink } from './model-link';
import { ScrollTable } from '../../../components/ui/scroll-table';

function yesNoUnknown(value: boolean | null) {
  if (value === null) return <span className="unknown">{messages.common.unknown}</span>;
  return value ? messages.common.yes : messages.common.no;
}

/** Every model of a lab, in release order, each linking to the shared detail panel. */
export function LabModelsTable({ labName, models, scaleLabel }: { labName: string; models: readonly ModelRow[]; scaleLabel: string }) {
  const m = messages.labs.profile;
  if (models.length === 0) return <p className="unknown">{m.noModels(labName)}</p>;
  // The notes column only when some model has something to note (a later release, a conflicting value).
  const withNotes = models.some((r) => r.afterReport || r.otherScores.length > 0);
  return (
    <ScrollTable label={m.modelsCaption(labName, models.length)}>
      <table className="data-table lab-models">
        <caption>{m.modelsCaption(labName, models.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{m.columns.model}</th>
            <th scope="col">{m.columns.released}</th>
            <th scope="col" className="num">
              {m.columns.index} <span className="visually-hidden">({scaleLabel})</span>
            </th>
            <th scope="col">{m.columns.status}</th>
            <th scope="col">{m.columns.open}</th>
            <th scope="col">{m.columns.reasoning}</th>
            {withNotes && <th scope="col">{m.columns.notes}</th>}
          </tr>
        </thead>
        <tbody>
          {models.map((row) => {
            const date = row.model.releaseDate;
            const precision = date ? precisionOf(date) : null;
            return (
              <tr key={row.model.id}>
                <th scope="row">
                  <ModelLink modelId={row.model.id}>{row.model.name}</ModelLink>
                </th>
                <td>
                  {date ? (
                    <>
                      {formatPartialDate(date)}
                      {precision === 'month' && <span className="muted"> {m.monthOnly}</span>}
                      {precision === 'year' && <span className="muted"> {m.yearOnly}</span>}
                    </>
                  ) : (
                    <span className="unknown">{messages.common.unknown}</span>
                  )}
                </td>
                <td className="num">{row.score ? row.score.value : <span className="unknown">{messages.common.notRated}</span>}</td>
                <td>
                  {row.score ? (
                    <>
                      <ScoreStatus status={row.score.status} /> <SourceLinks ids={row.score.sources} />
                    </>
                  ) : (
                    <span className="unknown">{messages.labs.profile.noValue}</span>
                  )}
                </td>
                <td>{yesNoUnknown(row.model.openWeights)}</td>
                <td>{yesNoUnknown(row.model.reasoning)}</td>
                {withNotes && (
                  <td>
                    {row.afterReport && <span className="tag tag--later">{messages.common.laterRelease}</span>}
                    {row.otherScores.length > 0 && (
                      <span className="lab-models__also">
                        {row.afterReport && ' '}
                        {m.alsoStated('')}
                        {row.otherScores.map((s, i) => (
                          <span key={i}>
                            {i > 0 && '; '}
                            {s.value} (<ScoreStatus status={s.status} />) <SourceLinks ids={s.sources} />
                          </span>
                        ))}
                      </span>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}
