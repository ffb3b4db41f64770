import { SourceLinks } from '../../../components/data/source-links';
import { messages } from '../../../messages/labs';
import type { LabProfile } from '../lib/select-lab-profile';
import { EntityListFact } from './entity-list-fact';
import { FlagshipList } from './flagship-list';
import { StatementList } from './statement-list';

/** The lab's sourced facts, each statement with its status and sources; unknown reads "not stated in the sources". */
export function LabFacts({ profile }: { profile: LabProfile }) {
  const { lab } = profile.summary;
  const f = messages.labs.profile.facts;
  const common = messages.common;
  return (
    <dl className="lab-facts">
      <div>
        <dt>{f.country}</dt>
        <dd>
          {common.country[lab.country] ?? lab.country}
          {lab.countryNote && <span className="muted"> ({lab.countryNote})</span>}
        </dd>
      </div>
      <div>
        <dt>{f.kind}</dt>
        <dd>{common.kind[lab.kind]}</dd>
      </div>
      <div>
        <dt>{f.founded}</dt>
        <dd>
          <StatementList statements={lab.founded} conflict={profile.conflicts.founded} />
        </dd>
      </div>
      <div>
        <dt>{f.founders}</dt>
        <dd>
          <StatementList statements={lab.founders} />
        </dd>
      </div>
      <div>
        <dt>{f.hq}</dt>
        <dd>
          <StatementList statements={lab.hq} conflict={profile.conflicts.hq} />
        </dd>
      </div>
      <div>
        <dt>{f.funding}</dt>
        <dd>
          <StatementList statements={lab.funding} dated />
        </dd>
      </div>
      <div>
        <dt>{f.focus}</dt>
        <dd>
          <StatementList statements={lab.focus} />
        </dd>
      </div>
      <div>
        <dt>{f.entityList}</dt>
        <dd>
          <EntityListFact entityList={lab.entityList} />
        </dd>
      </div>
      <div>
        <dt>{f.flagship}</dt>
        <dd>
          <FlagshipList items={profile.summary.flagship} />
        </dd>
      </div>
      <div>
        <dt>{f.confidence}</dt>
        <dd>{messages.labs.profile.confidence[lab.confidence] ?? lab.confidence}</dd>
      </div>
      <div>
        <dt>{f.labSources}</dt>
        <dd>
          <SourceLinks ids={lab.sources} />
        </dd>
      </div>
    </dl>
  );
}
