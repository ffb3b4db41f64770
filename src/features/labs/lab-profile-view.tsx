import { useState } from 'react';
import { paths } from '../../config/paths';
import { NotFoundView } from '../../components/layout/not-found-view';
import { RegionMarkerIcon } from '../../components/charts/region-marker';
import { SourceLinks } from '../../components/data/source-links';
import { Link } from '../../components/ui/link';
import { useDataset } from '../../data/dataset-queries';
import { formatList, formatPartialDate } from '../../lib/format';
import { navigate } from '../../lib/location';
import { useDocumentTitle } from '../../components/layout/use-document-title';
import { messages } from '../../messages/labs';
import { LabChart } from './components/lab-chart';
import { LabFacts } from './components/lab-facts';
import { LabModelsTable } from './components/lab-models-table';
import { LabPicker } from './components/lab-picker';
import { ReportQuote } from './components/report-quote';
import { BestIndex } from './components/summary-facts';
import { sortedLabsForPicker } from './lib/select-lab-directory';
import { selectLabProfile, type LabProfile } from './lib/select-lab-profile';
import './labs.css';
import { useLabNames } from '../../components/data/lab-names';

/** One lab's profile page: sourced facts, its models over time, what the source document says, its models. */
export function LabProfileView({ labId }: { labId: string }) {
  const index = useDataset();
  const profile = selectLabProfile(index, labId);
  if (!profile) return <NotFoundView path={paths.lab(labId)} />;
  return <Profile profile={profile} />;
}

function Profile({ profile }: { profile: LabProfile }) {
  const index = useDataset();
  const { summary, chart, events } = profile;
  const { lab } = summary;
  const m = messages.labs.profile;
  useDocumentTitle(m.docTitle(lab.name));
  const names = useLabNames(lab);
  const otherAliases = lab.aliases.filter((a) => a !== lab.nativeName);

  return (
    <article className="lab-profile" aria-labelledby="lab-title">
      <nav aria-label={m.breadcrumb} className="breadcrumb">
        <Link to={paths.labs}>{m.backToLabs}</Link> <span aria-hidden="true">›</span> <span aria-current="page">{lab.name}</span>
      </nav>
      <header className="lab-profile__head">
        <h1 id="lab-title">
          <span lang={names.primaryLang}>{names.primary}</span>
          {names.secondary && (
            <>
              {' '}
              <span className="lab-profile__native" lang={names.secondaryLang}>
                {names.secondary}
              </span>
            </>
          )}
        </h1>
        <p className="lab-profile__meta">
          <RegionMarkerIcon region={summary.region} /> {messages.common.country[lab.country] ?? lab.country} · {messages.common.kind[lab.kind]}
          {' · '}
          {messages.labs.card.bestIndex}: <BestIndex summary={summary} />
        </p>
        {otherAliases.length > 0 && (
          <p className="lab-profile__aliases">
            {m.alsoKnownAs}: {formatList(otherAliases, true)}
          </p>
        )}
      </header>

      {/* The chart first: facts and the report's words follow it. */}
      <LabChart chart={chart} modelCount={summary.models.length} />

      <div className="lab-profile__top">
        <section aria-labelledby="lab-facts-title" className="lab-profile__facts">
          <h2 id="lab-facts-title">{m.factsHeading}</h2>
          <p className="section-intro">{m.factsIntro}</p>
          <LabFacts profile={profile} />
        </section>

        <section aria-labelledby="lab-report-title" className="lab-profile__report">
          <h2 id="lab-report-title">{m.reportHeading}</h2>
          {lab.reportSays !== null && <p className="section-intro">{m.reportIntro}</p>}
          <ReportQuote lab={lab} />
          {events.length > 0 && (
            <>
              <h3>{m.eventsHeading}</h3>
              <ul className="lab-events">
                {events.map((e) => (
                  <li key={e.id}>
                    <strong>{formatPartialDate(e.date)}</strong>
                    {messages.common.labelSeparator}
                    {e.title} <SourceLinks ids={e.sources} />
                  </li>
                ))}
              </ul>
              <p>
                <Link to={paths.exportControls}>{m.eventsLink}</Link>
              </p>
            </>
          )}
        </section>
      </div>

      <section aria-labelledby="lab-models-title">
        <h2 id="lab-models-title">{m.modelsHeading}</h2>
        <LabModelsTable labName={lab.name} models={summary.models} scaleLabel={index.scale.shortLabel} />
      </section>

      <CompareWith labId={lab.id} />
    </article>
  );
}

function CompareWith({ labId }: { labId: string }) {
  const index = useDataset();
  const m = messages.labs.profile;
  const [other, setOther] = useState('');
  const labs = sortedLabsForPicker(index).filter((l) => l.id !== labId);
  return (
    <section aria-labelledby="lab-compare-title" className="lab-profile__compare">
      <h2 id="lab-compare-title">{m.compareHeading}</h2>
      <form
        className="compare-with"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(paths.labsCompare(labId, other || null));
          window.scrollTo({ top: 0 });
        }}
      >
        <LabPicker label={m.compareWith} labs={labs} value={other} onChange={setOther} />
        <button type="submit" className="primary">
          {m.compareGo}
        </button>
      </form>
    </section>
  );
}
