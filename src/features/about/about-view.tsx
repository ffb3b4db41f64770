import { DatasetCite } from '../../components/charts/export/dataset-cite';
import { ScoreStatus } from '../../components/data/score-status';
import { datasetUrl, useDataset } from '../../data/dataset-queries';
import { formatList, formatPartialDate, formatScore } from '../../lib/format';
import { useDocumentTitle } from '../../components/layout/use-document-title';
import { messages } from '../../messages/about';
import { fieldCoverage } from './lib/field-coverage';
import { selectConflicts } from './lib/select-conflicts';
import { ConflictsTable, SourcesTable } from './about-tables';
import './about.css';

const STATUSES = ['measured', 'estimate', 'as-stated'] as const;

/** The two values the source document and AA's snapshot share, read from the data (not typed into text). */
const SCALE_EVIDENCE = ['deepseek-r1', 'qwen2-5-max'];
function scaleEvidence(index: ReturnType<typeof useDataset>): string {
  const values = SCALE_EVIDENCE.flatMap((id) => {
    const row = index.rowsById.get(id);
    return row?.score ? [`${row.model.name} ${formatScore(row.score.value, row.score.status)}`] : [];
  });
  return formatList(values, true);
}

export function AboutView() {
  const index = useDataset();
  const { meta, sources, models, labs, events } = index.data;
  const m = messages.about;
  const conflicts = selectConflicts(index);
  const coverage = fieldCoverage(models);
  useDocumentTitle(m.title);

  return (
    <article className="about" aria-labelledby="about-title">
      <h1 id="about-title">{m.title}</h1>
      <p className="page-intro">{m.intro}</p>

      <h2>{m.indexHeading}</h2>
      <p>{m.indexBody(scaleEvidence(index))}</p>
      <dl className="about__facts">
        <dt>{m.scaleLabel}</dt>
        <dd>
          {index.scale.name} ({index.scale.min}–{index.scale.max})
        </dd>
        <dt>{m.caveatLabel}</dt>
        <dd>{index.scale.caveat}</dd>
      </dl>

      <h2>{m.statusHeading}</h2>
      <dl className="about__facts">
        {STATUSES.map((s) => (
          <div key={s}>
            <dt>
              <ScoreStatus status={s} />
            </dt>
            <dd>{messages.common.statusHelp[s]}</dd>
          </div>
        ))}
      </dl>

      <h2>{m.documentHeading}</h2>
      <p>{m.documentBody}</p>
      <p>{m.documentHandling}</p>

      <h3>{m.conflictsHeading}</h3>
      <ConflictsTable conflicts={conflicts} />

      <h2>{m.reportHeading}</h2>
      <p>
        <a href={meta.report.url} rel="noreferrer noopener" target="_blank">
          {meta.report.title}
        </a>
        , {meta.report.publisher}. {meta.report.publishedNote}
      </p>

      <h2>{m.datasetHeading}</h2>
      <p>{m.datasetFacts(meta.datasetVersion, formatPartialDate(meta.asOf), models.length, labs.length, events.length, sources.length)}</p>
      <p>
        <a href={datasetUrl()} download="china-ai-dashboard-dataset.json">
          {m.download}
        </a>
      </p>

      <h3>{m.fieldsHeading}</h3>
      {m.fieldsBody.map((text) => (
        <p key={text}>{text}</p>
      ))}
      <p data-testid="field-coverage">{m.coverage(models.length, coverage.price, coverage.inputOnly, coverage.params, coverage.context, coverage.licence)}</p>

      <h3>{m.changelogHeading}</h3>
      {meta.changelog.map((entry) => (
        <section key={entry.version} aria-label={m.changelogEntry(entry.version, formatPartialDate(entry.date))}>
          <h4>{m.changelogEntry(entry.version, formatPartialDate(entry.date))}</h4>
          <ul>
            {entry.changes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </section>
      ))}

      <h2>{m.attributionHeading}</h2>
      <p>{meta.attribution}</p>

      <h2>{m.citeHeading}</h2>
      <DatasetCite meta={meta} siteUrl={`${window.location.origin}${import.meta.env.BASE_URL}`} />

      <h2 id="sources">{m.sourcesHeading}</h2>
      <p className="about__tier-rule">{m.tierRule}</p>
      <SourcesTable sources={sources} />
    </article>
  );
}
