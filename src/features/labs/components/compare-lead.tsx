import { ScopeNote } from '../../../components/filters/scope-control';
import { formatScore } from '../../../lib/format';
import { messages } from '../../../messages/labs';
import type { BestLead } from '../lib/select-lab-comparison';
import type { LabProfile } from '../lib/select-lab-profile';

/** The two labs' best index values in the shared scope, and which leads by how much (none declared when one has no value). */
export function CompareLead({ a, b, lead }: { a: LabProfile; b: LabProfile; lead: BestLead | null }) {
  const m = messages.labs.compare.lead;
  const nameA = a.summary.lab.name;
  const nameB = b.summary.lab.name;
  const best = (p: LabProfile) => {
    const row = p.summary.best;
    return row?.score ? m.best(row.model.name, formatScore(row.score.value, row.score.status)) : m.none;
  };
  const headline = !lead ? messages.filters.noComparison.headline : lead.leader === 'level' ? m.level : m.ahead(lead.leader === 'a' ? nameA : nameB, lead.points);
  return (
    <section className="compare-lead" aria-labelledby="compare-lead-title">
      <h2 id="compare-lead-title">{m.title}</h2>
      <ScopeNote className="compare-lead__scope" />
      <p className="compare-lead__headline" data-points={lead?.points ?? ''}>
        {headline}
      </p>
      <p className="compare-lead__detail">{m.pair(nameA, best(a), nameB, best(b))}</p>
    </section>
  );
}
