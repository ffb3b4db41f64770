import { PageIntro } from '../../components/ui/page-intro';
import { useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { SourceLinks } from '../../components/data/source-links';
import { useDataset } from '../../data/dataset-queries';
import type { EventKind } from '../../data/dataset.schema';
import { formatPartialDate } from '../../lib/format';
import { useDocumentTitle } from '../../components/layout/use-document-title';
import { messages } from '../../messages/export-controls';
import { useFiltersStore } from '../../stores/filters/filters-store';
import { ChipMatrix, Movements } from './components/chip-matrix';
import { ChipsFigure } from './components/chips-figure';
import { EventTimeline } from './components/event-timeline';
import { EntityListTable, TiersTable } from './components/policy-tables';
import { selectChipRows, selectMovements } from './lib/select-chip-matrix';
import { EVENT_KINDS, filterExportEvents, selectDiffusionTiers, selectEntityListAdditions, selectExportEvents } from './lib/select-export-events';
import './export-controls.css';
import './event-cards.css';

export function ExportControlsView() {
  const index = useDataset();
  const m = messages.exportControls;
  useDocumentTitle(m.title);
  const { kinds, hideLater } = useFiltersStore(useShallow((s) => ({ kinds: s.eventKinds, hideLater: s.hideLaterEvents })));
  const store = useFiltersStore.getState;
  const lastOneId = useId();

  const events = useMemo(() => selectExportEvents(index), [index]);
  const shown = useMemo(() => filterExportEvents(events, { kinds, hideLater }), [events, kinds, hideLater]);
  const chipRows = useMemo(() => selectChipRows(index.data.chips), [index]);
  const movements = useMemo(() => selectMovements(index.data.chips), [index]);
  const tiers = useMemo(() => selectDiffusionTiers(events), [events]);
  const entity = useMemo(() => selectEntityListAdditions(index, events), [index, events]);

  const reportDay = formatPartialDate(index.data.meta.report.publishedBy);
  const total = events.length;
  const laterCount = events.filter((e) => e.afterReport).length;
  const selected: readonly EventKind[] = kinds.length === 0 ? EVENT_KINDS : kinds;
  const onlyOne = selected.length === 1;

  const toggleKind = (kind: EventKind, on: boolean) => {
    const next = on ? [...selected, kind] : selected.filter((k) => k !== kind);
    if (next.length === 0) return;
    store().setEventKinds(next.length === EVENT_KINDS.length ? [] : next);
  };
  const shownCount = shown.before.length + shown.after.length;

  return (
    <section className="export-controls" aria-labelledby="export-controls-title">
      <h1 id="export-controls-title">{m.title}</h1>
      <PageIntro text={m.intro} />
      <ChipsFigure index={index} />

      <h2 id="ec-events">{m.timeline.heading}</h2>
      {total > 0 && (
        <p className="ec-summary">
          {m.summary(total, formatPartialDate(events[0]!.event.date), formatPartialDate(events[total - 1]!.event.date), total - laterCount, laterCount, reportDay)}{' '}
          {m.showing(shownCount, total)}
        </p>
      )}
      <p className="ec-prose ec-readout-how">{m.readout.how(index.scale.shortLabel)}</p>
      <nav className="ec-toc" aria-label={m.toc}>
        <a href="#ec-after">{m.timeline.afterHeading}</a>
        <a href="#ec-chips">{m.chips.heading}</a>
        <a href="#ec-tiers">{m.tiers.heading}</a>
        <a href="#ec-entity">{m.entity.heading}</a>
      </nav>

      <fieldset className="ec-filter">
        <legend>{m.filter.legend}</legend>
        <div className="ec-filter__kinds">
          {EVENT_KINDS.map((kind) => {
            const checked = selected.includes(kind);
            return (
              <label key={kind} className="ec-filter__kind" title={m.kindHelp[kind]}>
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={checked && onlyOne}
                  aria-describedby={checked && onlyOne ? lastOneId : undefined}
                  onChange={(e) => toggleKind(kind, e.target.checked)}
                />{' '}
                <span className={`ec-kind ec-kind--${kind}`}>{m.kind[kind]}</span> {m.filter.count(shown.counts[kind])}
              </label>
            );
          })}
        </div>
        <div className="ec-filter__row">
          {kinds.length > 0 && (
            <button type="button" onClick={() => store().setEventKinds([])}>
              {m.filter.all}
            </button>
          )}
          {onlyOne && (
            <span id={lastOneId} className="ec-filter__note">
              {m.filter.lastOne}
            </span>
          )}
          <label className="ec-filter__later">
            <input type="checkbox" checked={hideLater} onChange={(e) => store().setHideLaterEvents(e.target.checked)} /> {m.filter.hideLater}
          </label>
        </div>
      </fieldset>

      {shown.before.length > 0 ? <EventTimeline items={shown.before} label={m.timeline.list} index={index} /> : <p className="ec-none">{m.timeline.noneShown}</p>}

      <section className="ec-after" aria-labelledby="ec-after">
        <h2 id="ec-after">{m.timeline.afterHeading}</h2>
        <p className="ec-after__intro">{m.timeline.afterIntro(reportDay)}</p>
        {hideLater ? (
          <p>
            {m.timeline.afterHidden(shown.hiddenLater)}{' '}
            <button type="button" onClick={() => store().setHideLaterEvents(false)}>
              {m.timeline.showAfter}
            </button>
          </p>
        ) : shown.after.length > 0 ? (
          <EventTimeline items={shown.after} label={m.timeline.afterList} index={index} />
        ) : (
          <p className="ec-none">{m.timeline.noneShown}</p>
        )}
      </section>
      {shown.hiddenByKind > 0 && (
        <p className="ec-none">
          {m.timeline.hiddenByKind(shown.hiddenByKind)}{' '}
          <button type="button" onClick={() => store().setEventKinds([])}>
            {m.filter.all}
          </button>
        </p>
      )}

      <h2 id="ec-chips">{m.chips.heading}</h2>
      <p className="ec-prose">{m.chips.intro}</p>
      <h3>{m.chips.movementsHeading}</h3>
      <Movements movements={movements} chips={index.data.chips} />
      <ChipMatrix rows={chipRows} />

      <h2 id="ec-tiers">{m.tiers.heading}</h2>
      {tiers ? (
        <>
          <p className="ec-prose">
            {m.tiers.intro(tiers.rule.event.title, formatPartialDate(tiers.rule.event.date))}{' '}
            {tiers.tiers.find((t) => t.china) && <strong>{m.tiers.chinaFalls(tiers.tiers.find((t) => t.china)!.tier)}</strong>}{' '}
            <SourceLinks ids={tiers.rule.event.sources} />
          </p>
          <TiersTable tiers={tiers.tiers} />
        </>
      ) : (
        <p className="ec-none">{m.tiers.missing}</p>
      )}

      <h2 id="ec-entity">{m.entity.heading}</h2>
      <p className="ec-prose">{m.entity.intro}</p>
      {entity.length > 0 ? (
        <EntityListTable rows={entity} />
      ) : (
        <p className="ec-none">{m.entity.none}</p>
      )}
    </section>
  );
}
