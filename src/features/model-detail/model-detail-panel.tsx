import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent, type ReactNode, type SyntheticEvent } from 'react';
import { paths, viewOfPath } from '../../config/paths';
import { RegionMarkerIcon } from '../../components/charts/region-marker';
import { ScoreStatus } from '../../components/data/score-status';
import { SourceLinks } from '../../components/data/source-links';
import { useDataset } from '../../data/dataset-queries';
import type { Score } from '../../data/dataset.schema';
import { formatList, formatPartialDate } from '../../lib/format';
import { hrefFor, navigate } from '../../lib/location';
import { messages } from '../../messages/model-detail';
import { pickFilterState, useFiltersStore } from '../../stores/filters/filters-store';
import { serializeFilters } from '../../stores/filters/filters-url';
import { selectModelDetail } from './lib/select-model-detail';
import './model-detail.css';
import { ModelFieldsSection } from './model-fields-section';
import { ScoreRecordsTable, scoreValueText } from './score-records-table';
import { labNames } from '../../components/data/lab-names';
import { getLang } from '../../lib/locale';

const m = messages.modelDetail;


function yesNoUnknown(value: boolean | null): ReactNode {
  if (value === null) return <span className="unknown">{messages.common.unknown}</span>;
  return value ? messages.common.yes : messages.common.no;
}

function ScoreCard({ label, score }: { label: string; score: Score | null }) {
  return (
    <div className="detail-conflict__card">
      <p className="detail-conflict__label">{label}</p>
      {score ? (
        <>
          <p className="detail-conflict__value">{scoreValueText(score)}</p>
          <p>
            <ScoreStatus status={score.status} /> · <SourceLinks ids={score.sources} />
          </p>
          {score.note && <p className="detail-conflict__note">{score.note}</p>}
        </>
      ) : (
        <p className="detail-conflict__value unknown">{m.noUsed}</p>
      )}
    </div>
  );
}

/** The lab link: goes to the lab's profile and closes the panel, in one history entry. */
function LabLink({ labId, children }: { labId: string; children: ReactNode }) {
  const to = paths.lab(labId);
  const search = serializeFilters({ ...pickFilterState(useFiltersStore.getState()), model: null }, viewOfPath(to));
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to, { search });
    // The URL already has no model, so closing writes nothing more to history.
    useFiltersStore.getState().selectModel(null);
    window.scrollTo({ top: 0 });
  };
  return (
    <a href={hrefFor(to, search)} onClick={onClick}>
      {children}
    </a>
  );
}

/**
 * Every attribute and score record of one model, in a modal drawer. Focus moves into it; Escape, the
 * Close button or a click outside close it (selectModel(null)); focus then returns to what opened it.
 */
export function ModelDetailPanel({ modelId }: { modelId: string }) {
  const index = useDataset();
  const detail = useMemo(() => selectModelDetail(index, modelId), [index, modelId]);
  const selectModel = useFiltersStore((s) => s.selectModel);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleId = useId();

  const close = useCallback(() => {
    if (useFiltersStore.getState().model !== null) selectModel(null);
  }, [selectModel]);

  // Open as a modal on mount; on unmount close it and give focus back to what opened it.
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    // The opener may be a button or a chart's SVG surface; both can take focus back.
    const active = document.activeElement;
    const opener = (active instanceof HTMLElement || active instanceof SVGElement) && active !== document.body ? active : null;
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    return () => {
      if (dialog.open) {
        if (typeof dialog.close === 'function') dialog.close();
        else dialog.removeAttribute('open');
      }
      const target = opener?.isConnected ? opener : document.getElementById('main');
      target?.focus({ preventScroll: true });
    };
  }, []);

  // Focus the title when the panel opens or shows another model, so the name is read first.
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [modelId]);

  const onCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault();
    close();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  };
  // A click on the backdrop lands on the <dialog> itself (its content fills it edge to edge).
  const onClick = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target === dialogRef.current) close();
  };

  if (!detail) return null;
  const { row, overallRank, records, conflict } = detail;
  const { model, lab } = row;
  // The lab in the page language's order (the tree is redrawn on a language switch).
  const labName = labNames(lab, getLang());
  const f = m.facts;
  const country = messages.common.country[lab.country] ?? lab.country;
  const allPrimary = records.every((r) => r.primary);

  return (
    <dialog ref={dialogRef} className="detail-drawer" aria-labelledby={titleId} onCancel={onCancel} onKeyDown={onKeyDown} onClick={onClick}>
      <div className="detail-drawer__inner">
        <header className="detail-drawer__head">
          <div>
            <p className="detail-drawer__kicker">{m.kicker}</p>
            <h2 id={titleId} ref={headingRef} tabIndex={-1} className="detail-drawer__title">
              {model.name}
            </h2>
            <p className="detail-drawer__sub">
              <LabLink labId={lab.id}>{m.labLink(lab.name)}</LabLink> · <RegionMarkerIcon region={row.region} /> {country}
            </p>
          </div>
          <button type="button" className="detail-drawer__close" aria-label={m.closeLabel(model.name)} onClick={close}>
            {m.close}
          </button>
        </header>

        <section className="detail-section" aria-labelledby={`${titleId}-index`}>
          <h3 id={`${titleId}-index`}>{m.indexHeading}</h3>
          {row.score ? (
            <>
              <p className="detail-index">
                <span className="detail-index__value">{scoreValueText(row.score)}</span>
                <span className="detail-index__meta">
                  <ScoreStatus status={row.score.status} />
                  <span className="detail-index__scale">{index.scale.shortLabel}</span>
                </span>
              </p>
              <p className="detail-index__sources">
                {messages.common.sourcesLabel}: <SourceLinks ids={row.score.sources} />
              </p>
              {overallRank && <p>{m.rank(overallRank.rank, overallRank.tied, overallRank.of)}</p>}
            </>
          ) : (
            <>
              <p className="detail-index">
                <span className="detail-index__value unknown">{m.notRated}</span>
                <span className="detail-index__meta">
                  <span className="detail-index__scale">{index.scale.shortLabel}</span>
                </span>
              </p>
              <p>{m.notRatedHelp}</p>
              {row.otherScores.length > 0 && <p>{m.notRatedButStated}</p>}
            </>
          )}
          {row.afterReport && <p className="notice">{m.laterNotice(formatPartialDate(model.releaseDate), row.score === null ? 'none' : row.score.status === 'estimate' ? 'estimate' : 'other')}</p>}
        </section>

        {conflict && (
          <section className="detail-section" aria-labelledby={`${titleId}-conflict`}>
            <h3 id={`${titleId}-conflict`}>{m.conflictHeading}</h3>
            <p>{m.conflictIntro}</p>
            <div className="detail-conflict">
              <ScoreCard label={m.used} score={conflict.used} />
              {conflict.others.map((s, i) => (
                <ScoreCard key={i} label={m.alsoStated} score={s} />
              ))}
            </div>
          </section>
        )}

        <section className="detail-section" aria-labelledby={`${titleId}-records`}>
          <h3 id={`${titleId}-records`}>{m.recordsHeading}</h3>
          {records.length === 0 ? (
            <p className="unknown">{m.noRecords}</p>
          ) : (
            <ScoreRecordsTable caption={m.recordsCaption(model.name, allPrimary ? index.scale.shortLabel : null)} records={records} showScale={!allPrimary} />
          )}
        </section>

        <section className="detail-section" aria-labelledby={`${titleId}-facts`}>
          <h3 id={`${titleId}-facts`}>{m.factsHeading}</h3>
          <dl className="detail-facts">
            <dt>{f.lab}</dt>
            <dd>
              <LabLink labId={lab.id}>
                <span lang={labName.primaryLang}>{labName.primary}</span>
              </LabLink>
              {labName.secondary && <span lang={labName.secondaryLang}> {labName.secondary}</span>}
            </dd>
            <dt>{f.country}</dt>
            <dd>
              <RegionMarkerIcon region={row.region} /> {country}
            </dd>
            <dt>{f.released}</dt>
            <dd>
              {formatPartialDate(model.releaseDate)}
              {row.afterReport && ` (${messages.common.laterRelease})`}
              {model.releaseDateNote && <span className="detail-facts__note">{model.releaseDateNote}</span>}
            </dd>
            {model.announcedDate && (
              <>
                <dt>{f.announced}</dt>
                <dd>{formatPartialDate(model.announcedDate)}</dd>
              </>
            )}
            <dt>{f.open}</dt>
            <dd>
              {yesNoUnknown(model.openWeights)}
              {/* The licence in the language's brackets after the answer: " (Licence: MIT)", "（许可：MIT）". */}
              {model.licence.name && messages.common.aside('', messages.common.labelled(f.licence, model.licence.name))}
            </dd>
            <dt>{f.reasoning}</dt>
            <dd>
              {yesNoUnknown(model.reasoning)}
              {model.reasoningNote && <span className="detail-facts__note">{model.reasoningNote}</span>}
            </dd>
            {model.aliases.length > 0 && (
              <>
                <dt>{f.aliases}</dt>
                <dd>{formatList(model.aliases, true)}</dd>
              </>
            )}
            <dt>{f.confidence}</dt>
            <dd title={m.confidenceHelp}>{m.confidence[model.confidence]}</dd>
            <dt>{f.notes}</dt>
            <dd>{model.notes ?? <span className="unknown">–</span>}</dd>
            <dt>{f.sources}</dt>
            <dd>
              <SourceLinks ids={model.sources} />
            </dd>
          </dl>
        </section>
        <ModelFieldsSection model={model} titleId={titleId} />
      </div>
    </dialog>
  );
}
