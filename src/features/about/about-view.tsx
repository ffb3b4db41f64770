import { ScoreStatus } from '../../components/data/score-status';
import { SourceLinks } from '../../components/data/source-links';
import { datasetUrl, useDataset } from '../../data/dataset-queries';
import { formatPartialDate } from '../../lib/format';
import { useDocumentTitle } from '../../components/layout/use-document-title';
import { messages } from '../../messages/about';
import { selectConflicts } from './lib/select-conflicts';
import './about.css';
import { ScrollTable } from '../../components/ui/scroll-table';

const STATUSES = ['measured', 'estimate', 'as-stated'] as const;

/** The two values the source document and AA's snapshot share, read from the data (not typed into text). */
const SCALE_EVIDENCE = ['deepseek-r1', 'qwen2-5-max'];
function scaleEvidence(index: ReturnType<typeof useDataset>): string {
  return SCALE_EVIDENCE.flatMap((id) => {
    const row = index.rowsById.get(id);
    return row?.score ? [`${row.model.name} ${row.score.value}`] : [];
  }).join(', ');
}

export function AboutView() {
  const index = useDataset();
  const { meta, sources, models, labs, events } = index.data;
  const m = messages.about;
  const conflicts = selectConflicts(index);
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
      <ScrollTable label={m.conflictsCaption}>
        <table className="data-table">
          <caption>{m.conflictsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.conflictColumns.model}</th>
              <th scope="col">{m.conflictColumns.used}</th>
              <th scope="col">{m.conflictColumns.other}</th>
              <th scope="col">{m.conflictColumns.note}</th>
            </tr>
          </thead>
          <tbody>
            {conflicts.map((c) => (
              <tr key={c.modelId}>
                <th scope="row">{c.modelName}</th>
                <td>
                  {c.used ? (
                    <>
                      {c.used.value} (<ScoreStatus status={c.used.status} />) <SourceLinks ids={c.used.sources} />
                    </>
                  ) : (
                    <span className="unknown">{messages.common.notRated}</span>
                  )}
                </td>
                <td>
                  {c.others.map((o, i) => (
                    <div key={i}>
                      {o.value} (<ScoreStatus status={o.status} />) <SourceLinks ids={o.sources} />
                    </div>
                  ))}
                </td>
                <td>{[c.used?.note, ...c.others.map((o) => o.note)].filter(Boolean).join(' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>

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

      <h2>{m.attributionHeading}</h2>
      <p>{meta.attribution}</p>

      <h2>{m.citeHeading}</h2>
      <blockquote className="about__citation">{meta.citation}</blockquote>

      <h2 id="sources">{m.sourcesHeading}</h2>
      <ScrollTable label={m.sourcesCaption}>
        <table className="data-table about__sources">
          <caption>{m.sourcesCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.sourceColumns.id}</th>
              <th scope="col">{m.sourceColumns.title}</th>
              <th scope="col">{m.sourceColumns.publisher}</th>
              <th scope="col">{m.sourceColumns.date}</th>
              <th scope="col">{m.sourceColumns.note}</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((s) => (
              <tr key={s.id} id={`source-${s.id}`}>
                <th scope="row">{s.id}</th>
                <td>
                  {s.url ? (
                    <a href={s.url} rel="noreferrer noopener" target="_blank">
                      {s.title}
                    </a>
                  ) : (
                    <>
                      {s.title} <span className="unknown">({m.noUrl})</span>
                    </>
                  )}
                  {s.otherUrls.length > 0 && (
                    <span className="about__also">
                      {' '}
                      {m.alsoAt}{' '}
                      {s.otherUrls.map((u, i) => (
                        <span key={u}>
                          {i > 0 && ', '}
                          <a href={u} rel="noreferrer noopener" target="_blank">
                            {new URL(u).hostname}
                          </a>
                        </span>
                      ))}
                    </span>
                  )}
                </td>
                <td>{s.publisher ?? <span className="unknown">{messages.common.unknown}</span>}</td>
                <td>{formatPartialDate(s.date)}</td>
                <td>{s.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </article>
  );
}
