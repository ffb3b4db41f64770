import { useId } from 'react';
import { paths } from '../../../config/paths';
import { RegionMarkerIcon } from '../../../components/charts/region-marker';
import { Link } from '../../../components/ui/link';
import { formatPartialDate } from '../../../lib/format';
import { messages } from '../../../messages/labs';
import type { LabSummary } from '../lib/select-lab-directory';
import { FlagshipList } from './flagship-list';
import { StatementStatus } from './statement-list';
import { BestIndex, FirstReasoning, ModelCount, OpenShare } from './summary-facts';
import { useLabNames } from '../../../components/data/lab-names';

/** One lab in the directory: name, native name, country, kind and the figures that compare labs. */
export function LabCard({ summary }: { summary: LabSummary }) {
  const { lab } = summary;
  const m = messages.labs.card;
  const headingId = useId();
  const firstFounded = lab.founded[0];
  const names = useLabNames(lab);
  const foundedConflict = new Set(lab.founded.map((s) => s.date ?? s.text)).size > 1;
  return (
    <article className="lab-card" aria-labelledby={headingId}>
      <header className="lab-card__head">
        <h4 id={headingId} className="lab-card__name">
          <Link to={paths.lab(lab.id)} lang={names.primaryLang}>
            {names.primary}
          </Link>
        </h4>
        {names.secondary && (
          <span className="lab-card__native" lang={names.secondaryLang}>
            {names.secondary}
          </span>
        )}
        <p className="lab-card__meta">
          <RegionMarkerIcon region={summary.region} /> {messages.common.country[lab.country] ?? lab.country}
          {lab.countryNote && ` (${lab.countryNote})`} · {messages.common.kind[lab.kind]}
        </p>
      </header>
      <dl className="lab-card__facts">
        <div>
          <dt>{m.bestIndex}</dt>
          <dd>
            <BestIndex summary={summary} />
          </dd>
        </div>
        <div>
          <dt>{m.flagship}</dt>
          <dd>
            <FlagshipList items={summary.flagship} />
          </dd>
        </div>
        <div>
          <dt>{m.models}</dt>
          <dd>
            <ModelCount summary={summary} />
          </dd>
        </div>
        <div>
          <dt>{m.openWeights}</dt>
          <dd>
            <OpenShare summary={summary} />
          </dd>
        </div>
        <div>
          <dt>{m.firstReasoning}</dt>
          <dd>
            <FirstReasoning summary={summary} />
          </dd>
        </div>
        <div>
          <dt>{m.founded}</dt>
          <dd>
            {summary.foundedDate ? (
              <>
                {formatPartialDate(summary.foundedDate)}
                {firstFounded && firstFounded.status !== 'sourced' && (
                  <>
                    {' '}
                    <StatementStatus statement={firstFounded} />
                  </>
                )}
                {foundedConflict && <span className="muted"> ({m.sourcesDiffer})</span>}
              </>
            ) : (
              <span className="unknown">{messages.common.notStated}</span>
            )}
          </dd>
        </div>
      </dl>
      <p className="lab-card__actions">
        <Link to={paths.labsCompare(lab.id)} aria-label={m.compareLabel(lab.name)}>
          {m.compare}
        </Link>
      </p>
    </article>
  );
}
