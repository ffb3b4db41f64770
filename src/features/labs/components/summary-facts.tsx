import { ScoreStatus } from '../../../components/data/score-status';
import { formatPartialDate, formatScore } from '../../../lib/format';
import { messages } from '../../../messages/labs';
import type { LabSummary } from '../lib/select-lab-directory';
import { ModelLink } from './model-link';

const m = messages.labs;

/** The lab's best index value with its model and status, or that none of its models has one. */
export function BestIndex({ summary }: { summary: LabSummary }) {
  const best = summary.best;
  if (!best?.score) return <span className="unknown">{m.card.noIndex}</span>;
  return (
    <span className="best-index">
      <strong className="best-index__value">{formatScore(best.score.value, best.score.status)}</strong>{' '}
      <ModelLink modelId={best.model.id}>{best.model.name}</ModelLink>
      {best.score.status !== 'measured' && (
        <>
          {' '}
          (<ScoreStatus status={best.score.status} />)
        </>
      )}
      {best.afterReport && <span className="tag tag--later">{messages.common.laterRelease}</span>}
    </span>
  );
}

export function OpenShare({ summary }: { summary: LabSummary }) {
  const { open, known, unknown } = summary.openWeights;
  const text = m.openShare(open, known, unknown);
  return known === 0 ? <span className="unknown">{text}</span> : <span>{text}</span>;
}

export function FirstReasoning({ summary }: { summary: LabSummary }) {
  const first = summary.firstReasoning;
  if (!first) return <span className="unknown">{m.card.noReasoning}</span>;
  return (
    <span>
      <ModelLink modelId={first.model.id}>{first.model.name}</ModelLink>{' '}
      <span className="muted">({m.releasedOn(formatPartialDate(first.model.releaseDate))})</span>
      {first.afterReport && <span className="tag tag--later">{messages.common.laterRelease}</span>}
    </span>
  );
}

export function ModelCount({ summary }: { summary: LabSummary }) {
  const n = summary.models.length;
  return n === 0 ? <span className="unknown">{m.modelsCount(0)}</span> : <span>{m.modelsCount(n)}</span>;
}
