import { PageIntro } from '../../components/ui/page-intro';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ChartFrame } from '../../components/charts/chart-frame';
import { RegionLegend } from '../../components/charts/region-legend';
import { ActiveFilterChips } from '../../components/filters/active-filter-chips';
import { FilterPanel } from '../../components/filters/filter-panel';
import { FilterEmptyState } from '../../components/filters/filter-empty-state';
import { SourceLinks } from '../../components/data/source-links';
import { useDataset } from '../../data/dataset-queries';
import { indexDomain } from '../../lib/chart-domains';
import { describeScope } from '../../filters/describe-scope';
import { formatPartialDate } from '../../lib/format';
import { useDocumentTitle } from '../../components/layout/use-document-title';
import { showModelsReleasedFrom } from '../../components/filters/show-models-released-from';
import { messages } from '../../messages/timeline';
import { CadenceSection } from './components/cadence-section';
import { EventCard } from './components/event-card';
import { FirstReasoning } from './components/first-reasoning';
import { FrontierChart } from './components/frontier-chart';
import { FrontierLegend } from './components/frontier-legend';
import { FrontierTable, frontierCsv } from './components/frontier-table';
import { WindowControls } from './components/window-controls';
import type { ReleaseWindow } from '../../filters/filter-state';
import { chineseReasoningLabsBy, selectFirstReasoning } from './lib/select-cadence';
import { selectFrontierBase, selectFrontierInWindow } from './lib/select-frontier';
import { defaultTimelineDomain, selectTimelineEvents, visibleEvents, windowDomain } from './lib/select-timeline-events';
import { gapLeads, overviewDomain, releaseYears, windowDayBounds } from './lib/select-timeline-view';
import { summarizeFrontier } from './lib/summarize';
import { dayToTime } from './lib/time-scale';
import { withLazyFields } from '../../lib/lazy-fields';
import { useViewportAtMost } from '../../components/layout/use-viewport-at-most';
import { effectiveWindow } from './lib/phone-window';
import { useEventCard } from './use-event-card';
import { useTimelineFilters } from './use-timeline-filters';
import './timeline-page.css';
import './timeline-window.css';
import './frontier-chart.css';
import './event-card.css';
import { OPEN_NOTE_SOURCES } from './lib/open-note-sources';

// The embed page (`/embed/frontier`, `/embed/cadence`) draws its figures from this chunk: no second copy of the chart code.
// The story (`/story/:step`) borrows the frontier figure from this chunk too.
export { timelineEmbeds, FrontierFigure } from './timeline-embed';

// The release window has the timeline's own control (brush, typed dates, years) above the chart.
const TIMELINE_FILTER_GROUPS = ['region', 'search', 'openWeights', 'reasoning', 'labs'] as const;

/** The sources of the frontier chart's index values. */
const FRONTIER_SOURCES = ['S6', 'S1', 'S2', 'S3', 'S4'];

export function TimelineView() {
  const index = useDataset();
  const m = messages.timeline;
  useDocumentTitle(m.title);
  const { f, store, filtered, diagnose } = useTimelineFilters(index);
  const [preview, setPreview] = useState<ReleaseWindow | null>(null);
  const card = useEventCard(f.event);

  const reportDay = index.data.meta.report.publishedBy;
  const reportTime = dayToTime(reportDay);
  const phone = useViewportAtMost('phone');
  const [widened, setWidened] = useState(false);
  const phoneWindow = effectiveWindow({ from: f.from, to: f.to }, { phone, widened, reportDay });
  const win: ReleaseWindow = preview ?? phoneWindow.window;

  const events = useMemo(() => selectTimelineEvents(index), [index]);
  const shownEvents = useMemo(() => visibleEvents(events, f.hideLaterEvents), [events, f.hideLaterEvents]);
  const defaultDomain = useMemo(
    () => defaultTimelineDomain(index, events, { showLater: f.showLater, hideLaterEvents: f.hideLaterEvents }),
    [index, events, f.showLater, f.hideLaterEvents],
  );
  const domain = useMemo(() => windowDomain(defaultDomain, win.from, win.to), [defaultDomain, win.from, win.to]);
  const overview = useMemo(() => overviewDomain(defaultDomain, domain), [defaultDomain, domain]);
  const yDomain = useMemo(() => indexDomain(index), [index]);

  const prepared = useMemo(() => selectFrontierBase(filtered, { showLater: f.showLater, openFrontier: f.openFrontier }), [filtered, f.showLater, f.openFrontier]);
  const selection = useMemo(
    () => selectFrontierInWindow(prepared, { window: { from: win.from, to: win.to }, domain, reportTime }),
    [prepared, win.from, win.to, domain, reportTime],
  );
  const nameOf = useMemo(() => (id: string) => index.modelsById.get(id)?.name ?? id, [index]);
  const summary = useMemo(
    () => summarizeFrontier(selection, { domain, showLater: f.showLater, openFrontier: f.openFrontier, nameOf }),
    [selection, domain, f.showLater, f.openFrontier, nameOf],
  );

  const base = useMemo(() => (f.showLater ? filtered : filtered.filter((r) => !r.afterReport)), [filtered, f.showLater]);
  const firstReasoning = useMemo(() => selectFirstReasoning(base), [base]);
  const claimLabs = useMemo(() => chineseReasoningLabsBy(index.rows, reportDay), [index, reportDay]);

  // The CSV twin is only read on download (the Table tab draws its own table): built then, not on every click.
  const frontierTable = useMemo(
    () =>
      withLazyFields({ caption: m.frontier.tableCaption, filename: m.frontier.csvFile }, ['header', 'rows', 'modelIds'], () => ({
        ...frontierCsv(selection),
        modelIds: selection.points.map((p) => p.id),
      })),
    [selection, m.frontier.tableCaption, m.frontier.csvFile],
  );
  const years = useMemo(() => releaseYears(index.rows, f.showLater), [index, f.showLater]);
  const dayBounds = useMemo(() => windowDayBounds(index), [index]);
  const modelTimes = useMemo(() => base.flatMap((r) => (r.releaseTime !== null ? [r.releaseTime] : [])), [base]);
  const eventTimes = useMemo(() => shownEvents.map((e) => e.time), [shownEvents]);
  const chipsById = useMemo(() => new Map(index.data.chips.map((c) => [c.id, c])), [index]);
  const activeItem = shownEvents.find((e) => e.event.id === card.activeEventId) ?? null;
  // The pin in the URL follows the card: unpinned once the card closes, another opens, or the event is not shown.
  const pinStale = f.event !== null && (card.activeEventId !== f.event || activeItem === null);
  useEffect(() => {
    if (pinStale) store().pinEvent(null);
  }, [pinStale, store]);
  const emptyExplanation = selection.points.length === 0 ? diagnose(win, domain, reportTime) : undefined;
  const leads = useMemo(() => gapLeads(selection.gap, selection.lineEnd, domain), [selection.gap, selection.lineEnd, domain]);
  // Stable, so the memoised frontier chart is not redrawn by the cadence chart's deferred pass.
  const selectModel = useCallback((id: string) => store().selectModel(id), [store]);

  const controls = (
    <>
      <label className="tl-toggle">
        <input type="checkbox" checked={f.openFrontier} onChange={(e) => store().setOpenFrontier(e.target.checked)} /> {m.frontier.openFrontier}
      </label>
      <label className="tl-toggle">
        <input type="checkbox" checked={f.hideLaterEvents} onChange={(e) => store().setHideLaterEvents(e.target.checked)} /> {m.frontier.hideLaterEvents}
      </label>
      {f.openFrontier && (
        <p className="tl-note">
          {m.frontier.openNote} <SourceLinks ids={OPEN_NOTE_SOURCES} />
        </p>
      )}
    </>
  );

  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <h1 id="timeline-title">{m.title}</h1>
      <PageIntro text={m.intro} />

      <div className="filtered-layout">
        <FilterPanel groups={TIMELINE_FILTER_GROUPS} />
        <div className="filtered-layout__main">
          <ActiveFilterChips />
          <ChartFrame
            figure="frontier"
            title={m.frontier.title}
            summary={summary}
            scaleNote={messages.common.joinPhrases([describeScope(f.scope, reportDay), m.frontier.scaleNote(index.scale.shortLabel, formatPartialDate(reportDay))])}
            controls={controls}
            sources={FRONTIER_SOURCES}
            legend={<RegionLegend />}
            source={
              <>
                {m.frontier.sourceIndex} <SourceLinks ids={FRONTIER_SOURCES} />. {m.frontier.sourceRest}
              </>
            }
            table={frontierTable}
            renderTable={() => <FrontierTable selection={selection} events={shownEvents} onSelectModel={selectModel} onActivateEvent={card.openFrom} />}
          >
            <div className="tl-frontier" data-from={win.from ?? ''} data-to={win.to ?? ''} data-points={selection.points.length}>
              {emptyExplanation && (
                <FilterEmptyState
                  headingLevel={3}
                  explanation={emptyExplanation}
                  wording={messages.filters.empty.plot}
                  extraActions={
                    selection.laterHidden > 0 && (
                      <button type="button" onClick={() => store().setScope('all')}>
                        {m.emptyShowLater}
                      </button>
                    )
                  }
                />
              )}
              <FrontierChart
                selection={selection}
                domain={domain}
                yDomain={yDomain}
                reportTime={reportTime}
                events={shownEvents}
                activeEventId={activeItem?.event.id ?? null}
                onActivateEvent={card.activateFromMarker}
                onOpenEvent={card.openFrom}
                onCloseEvent={card.closeCard}
                returnFocusTo={card.returnFocusTo}
                onFocusReturned={card.focusReturned}
                onSelectModel={selectModel}
              />
              {/* Under the plot, so that the plot still starts in a phone's first screen. */}
              {phoneWindow.phoneDefault && !preview && (
                <p className="tl-phone-window" role="status">
                  {m.phoneWindow(formatPartialDate(win.from!))}{' '}
                  <button type="button" onClick={() => setWidened(true)}>
                    {m.phoneWiden}
                  </button>
                </p>
              )}
              <FrontierLegend gapLeads={leads} openFrontier={f.openFrontier} />
            </div>
          </ChartFrame>
          {/* Outside the chart body, so that it opens from the table twin too. */}
          {activeItem && (
            <EventCard
              item={activeItem}
              chipsById={chipsById}
              labsById={index.labsById}
              onModelsAfter={showModelsReleasedFrom}
              onZoomAfter={(day) => store().setWindow(day, null)}
              onClose={card.closeCard}
              focusToken={card.cardFocus}
            />
          )}

          {/* The release window under the chart it sets, as a figure's time slider. */}
          <WindowControls
            domain={overview}
            window={win}
            modelTimes={modelTimes}
            eventTimes={eventTimes}
            years={years}
            minDay={dayBounds.min}
            maxDay={dayBounds.max}
            onPreview={setPreview}
            onCommit={(w) => store().setWindow(w.from, w.to)}
            onFrom={(d) => store().setFrom(d)}
            onTo={(d) => store().setTo(d)}
          />

          <CadenceSection base={base} firstReasoning={firstReasoning} from={win.from} to={win.to} />

          <FirstReasoning rows={firstReasoning} claimLabs={claimLabs} reportClaim={index.reasoningLabsClaim} reportDay={reportDay} onSelectModel={selectModel} />
        </div>
      </div>
    </section>
  );
}
