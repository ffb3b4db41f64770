import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ChartFrame } from '../../components/charts/chart-frame';
import { RegionLegend } from '../../components/charts/region-legend';
import { ActiveFilterChips } from '../../components/filters/active-filter-chips';
import { FilterPanel } from '../../components/filters/filter-panel';
import { useRemoveFilter } from '../../components/filters/use-row-filters';
import { SourceLinks } from '../../components/data/source-links';
import { useDataset } from '../../data/dataset-queries';
import { indexDomain } from '../../lib/chart-domains';
import { formatPartialDate } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { showModelsReleasedFrom } from '../../components/filters/show-models-released-from';
import { messages } from '../../messages/timeline';
import { useFiltersStore } from '../../stores/filters/filters-store';
import { CadenceChart } from './components/cadence-chart';
import { EventCard } from './components/event-card';
import { EmptyState } from './components/filter-notes';
import { FrontierChart } from './components/frontier-chart';
import { FrontierTable, frontierCsv } from './components/frontier-table';
import { GapCnKey, StatusKey } from './components/marker-key';
import { ScrollTable } from '../../components/ui/scroll-table';
import { WindowControls } from './components/window-controls';
import { applyRowFilters, diagnoseFilters, releaseWindowTest, type FilterKey, type ReleaseWindow, type RowFilters } from './lib/filter-rows';
import { formatScore } from './lib/format-score';
import { chineseReasoningLabsBy, selectCadence, selectFirstReasoning } from './lib/select-cadence';
import { selectFrontier, selectFrontierBase, selectFrontierInWindow } from './lib/select-frontier';
import { defaultTimelineDomain, selectTimelineEvents, visibleEvents, windowDomain } from './lib/select-timeline-events';
import { numberInWords, summarizeCadence, summarizeFrontier } from './lib/summarize';
import { dayToTime } from './lib/time-scale';
import './timeline.css';

// The release window has the timeline's own control (brush, typed dates, years) above the chart.
const TIMELINE_FILTER_GROUPS = ['region', 'search', 'openWeights', 'reasoning', 'labs'] as const;

export function TimelineView() {
  const index = useDataset();
  const m = messages.timeline;
  useDocumentTitle(m.title);
  const f = useFiltersStore(
    useShallow((s) => ({
      region: s.region,
      labs: s.labs,
      openWeights: s.openWeights,
      reasoning: s.reasoning,
      search: s.search,
      from: s.from,
      to: s.to,
      showLater: s.showLater,
      openFrontier: s.openFrontier,
      hideLaterEvents: s.hideLaterEvents,
    })),
  );
  const store = useFiltersStore.getState;
  const removeSharedFilter = useRemoveFilter();
  // Each removal is one history entry (the search through the store's clearSearch, not more typing).
  const removeFilter = useCallback((key: FilterKey) => (key === 'window' ? store().setWindow(null, null) : removeSharedFilter(key)), [store, removeSharedFilter]);
  const [preview, setPreview] = useState<ReleaseWindow | null>(null);

  // The event card. A marker on the axis shows its card while focus stays on the marker (the arrow keys
  // move on); an event chosen in a list or in the table twin opens its card and focus moves into it.
  // Closing the card gives focus back to whatever opened it.
  const [activeEventId, setActiveEventId] = useState<string | null>(null);
  const [cardFocus, setCardFocus] = useState<number | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [returnFocusTo, setReturnFocusTo] = useState<string | null>(null);
  const focusReturned = useCallback(() => setReturnFocusTo(null), []);
  const activateFromMarker = useCallback((id: string) => {
    opener.current = null;
    setCardFocus(null);
    setActiveEventId(id);
  }, []);
  const openFrom = useCallback((id: string, from: HTMLElement) => {
    opener.current = from;
    setCardFocus((n) => (n ?? 0) + 1);
    setActiveEventId(id);
  }, []);
  const closeCard = () => {
    const from = opener.current;
    opener.current = null;
    setCardFocus(null);
    setActiveEventId(null);
    if (from?.isConnected) from.focus();
    // Back to the marker, without reopening it (only when the chart, not the table, is shown).
    else if (activeEventId && [...document.querySelectorAll<HTMLElement>('.tl-events [data-event-id]')].some((el) => el.dataset.eventId === activeEventId)) setReturnFocusTo(activeEventId);
  };

  const reportDay = index.data.meta.report.publishedBy;
  const reportTime = dayToTime(reportDay);
  const win: ReleaseWindow = preview ?? { from: f.from, to: f.to };

  const events = useMemo(() => selectTimelineEvents(index), [index]);
  const shownEvents = useMemo(() => visibleEvents(events, f.hideLaterEvents), [events, f.hideLaterEvents]);
  const defaultDomain = useMemo(
    () => defaultTimelineDomain(index, events, { showLater: f.showLater, hideLaterEvents: f.hideLaterEvents }),
    [index, events, f.showLater, f.hideLaterEvents],
  );
  const domain = useMemo(() => windowDomain(defaultDomain, win.from, win.to), [defaultDomain, win.from, win.to]);
  const overview = useMemo<[number, number]>(() => [Math.min(defaultDomain[0], domain[0]), Math.max(defaultDomain[1], domain[1])], [defaultDomain, domain]);
  const yDomain = useMemo(() => indexDomain(index), [index]);

  const rowFilters: RowFilters = useMemo(
    () => ({ region: f.region, labs: f.labs, openWeights: f.openWeights, reasoning: f.reasoning, search: f.search }),
    [f.region, f.labs, f.openWeights, f.reasoning, f.search],
  );
  const filtered = useMemo(() => applyRowFilters(index.rows, rowFilters), [index, rowFilters]);
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
  // The cadence chart follows the window one step behind: a window change paints the frontier chart
  // (the one being manipulated) first, and the cadence chart right after, in an interruptible render.
  const cadenceFrom = useDeferredValue(win.from);
  const cadenceTo = useDeferredValue(win.to);
  const cadenceBase = useDeferredValue(base);
  const cadence = useMemo(
    () => selectCadence(cadenceBase.filter(releaseWindowTest({ from: cadenceFrom, to: cadenceTo })), firstReasoning),
    [cadenceBase, firstReasoning, cadenceFrom, cadenceTo],
  );
  const cadenceSummary = useMemo(() => summarizeCadence(cadence), [cadence]);
  const claimLabs = useMemo(() => chineseReasoningLabsBy(index.rows, reportDay), [index, reportDay]);

  const allFilters = { ...rowFilters, from: win.from, to: win.to };
  // The CSV twin is only read on download: built in the deferred render, not on the window change's path.
  const csvSelection = useDeferredValue(selection);
  const csv = useMemo(() => frontierCsv(csvSelection), [csvSelection]);
  const years = useMemo(() => {
    const ys = new Set<number>();
    for (const r of index.rows) if (r.releaseTime !== null && (f.showLater || !r.afterReport)) ys.add(new Date(r.releaseTime).getUTCFullYear());
    return [...ys].sort();
  }, [index, f.showLater]);
  const dayBounds = useMemo(() => {
    const ys = [...index.data.events.map((e) => Number(e.date.slice(0, 4))), ...index.rows.flatMap((r) => (r.model.releaseDate ? [Number(r.model.releaseDate.slice(0, 4))] : []))];
    return { min: `${Math.min(...ys) - 1}-01-01`, max: `${Math.max(...ys) + 1}-12-31` };
  }, [index]);

  // Models the chart could draw at all (a score and a release date), before any filter.
  const plottable = useMemo(() => index.rows.filter((r) => r.score !== null && r.releaseTime !== null && (f.showLater || !r.afterReport)).length, [index, f.showLater]);
  const modelTimes = useMemo(() => base.flatMap((r) => (r.releaseTime !== null ? [r.releaseTime] : [])), [base]);
  const eventTimes = useMemo(() => shownEvents.map((e) => e.time), [shownEvents]);
  const chipsById = useMemo(() => new Map(index.data.chips.map((c) => [c.id, c])), [index]);
  const activeItem = shownEvents.find((e) => e.event.id === activeEventId) ?? null;
  const diagnosis =
    selection.points.length === 0
      ? diagnoseFilters(allFilters, (g) => selectFrontier(applyRowFilters(index.rows, g), { window: g, showLater: f.showLater, openFrontier: false, domain, reportTime }).points.length)
      : [];

  const statuses = useMemo(() => new Set(selection.points.map((p) => p.status)), [selection.points]);
  const gapLeads = useMemo(() => {
    const end = Math.min(domain[1], selection.lineEnd);
    const shown = selection.gap.filter((g) => g.end > domain[0] && g.start < end);
    return { us: shown.some((g) => g.us > g.cn), cn: shown.some((g) => g.cn > g.us) };
  }, [selection.gap, selection.lineEnd, domain]);
  const legend = (
    <RegionLegend
      extra={
        <>
          {(['measured', 'as-stated', 'estimate'] as const)
            .filter((status) => statuses.has(status))
            .map((status) => (
              <li key={status}>
                <StatusKey status={status} /> {status === 'measured' ? m.frontier.legendMeasured : status === 'as-stated' ? m.frontier.legendAsStated : m.frontier.legendEstimate}
              </li>
            ))}
          {selection.points.some((p) => p.afterReport) && (
            <li>
              <StatusKey status="measured" later /> {m.frontier.legendLater}
            </li>
          )}
          <li>
            <svg width="16" height="14" aria-hidden="true" className="region-marker-icon">
              <rect x="2.5" y="2.5" width="9" height="9" className="tl-legend-frame" />
              <rect x="4" y="4" width="6" height="6" className="tl-mark tl-mark--cn tl-mark--measured" />
            </svg>{' '}
            {m.frontier.legendOpen}
          </li>
          <li>
            <svg width="18" height="18" aria-hidden="true" className="region-marker-icon">
              <circle cx="9" cy="9" r="7.5" className="tl-ring tl-ring--us" />
              <circle cx="9" cy="9" r="3.5" className="tl-mark tl-mark--us tl-mark--measured" />
            </svg>{' '}
            {m.frontier.legendReasoning}
          </li>
          <li>
            <svg width="22" height="10" aria-hidden="true">
              <path d="M1 8H8V2H21" className="tl-line tl-line--us tl-line--all" />
            </svg>{' '}
            {m.frontier.frontierLine}
          </li>
          {f.openFrontier && (
            <li>
              <svg width="22" height="10" aria-hidden="true">
                <path d="M1 8H8V2H21" className="tl-line tl-line--cn tl-line--open" />
              </svg>{' '}
              {m.frontier.openLine}
            </li>
          )}
          {gapLeads.us && (
            <li>
              <svg width="14" height="14" aria-hidden="true">
                <rect x="1" y="1" width="12" height="12" className="tl-gap tl-gap--us" />
              </svg>{' '}
              {m.frontier.gapUs}
            </li>
          )}
          {gapLeads.cn && (
            <li>
              <GapCnKey /> {m.frontier.gapCn}
            </li>
          )}
          <li>
            <svg width="10" height="14" aria-hidden="true">
              <line x1="5" x2="5" y1="0" y2="14" className="tl-event-line" />
            </svg>{' '}
            {m.frontier.legendEvent}
          </li>
          {!f.hideLaterEvents && (
            <li>
              <svg width="10" height="14" aria-hidden="true">
                <line x1="5" x2="5" y1="0" y2="14" className="tl-event-line tl-event-line--later" />
              </svg>{' '}
              {m.frontier.legendEventLater}
            </li>
          )}
        </>
      }
    />
  );

  const controls = (
    <>
      <label className="tl-toggle">
        <input type="checkbox" checked={f.showLater} onChange={(e) => store().setShowLater(e.target.checked)} /> {m.frontier.showLater}
      </label>
      <label className="tl-toggle">
        <input type="checkbox" checked={f.openFrontier} onChange={(e) => store().setOpenFrontier(e.target.checked)} /> {m.frontier.openFrontier}
      </label>
      <label className="tl-toggle">
        <input type="checkbox" checked={f.hideLaterEvents} onChange={(e) => store().setHideLaterEvents(e.target.checked)} /> {m.frontier.hideLaterEvents}
      </label>
      {f.openFrontier && (
        <p className="tl-note">
          {m.frontier.openNote} <SourceLinks ids={m.frontier.openNoteSources} />
        </p>
      )}
    </>
  );

  const cm = m.cadence.columns;
  const cadenceTable = {
    caption: m.cadence.tableCaption,
    header: [cm.quarter, cm.us, cm.usReasoning, cm.cn, cm.cnReasoning, cm.other, cm.otherReasoning, cm.total, cm.first],
    rows: cadence.quarters.map((q) => [
      q.label,
      q.counts.us.total,
      q.counts.us.reasoning,
      q.counts.cn.total,
      q.counts.cn.reasoning,
      q.counts.other.total,
      q.counts.other.reasoning,
      q.total,
      q.firstReasoning.map((fr) => `${fr.modelName} (${fr.labName})`).join('; ') || '—',
    ]),
    filename: m.cadence.csvFile,
  };

  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <h1 id="timeline-title">{m.title}</h1>
      <p className="page-intro">{m.intro}</p>

      <div className="filtered-layout">
        <FilterPanel groups={TIMELINE_FILTER_GROUPS} />
        <div className="filtered-layout__main">
      <ActiveFilterChips shown={selection.points.length} total={plottable} />

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

      <ChartFrame
        title={m.frontier.title}
        summary={summary}
        scaleNote={m.frontier.scaleNote(index.scale.shortLabel, formatPartialDate(reportDay))}
        controls={controls}
        legend={legend}
        source={
          <>
            {m.frontier.sourceIndex} <SourceLinks ids={['S6', 'S1', 'S2', 'S3', 'S4']} />. {m.frontier.sourceRest}
          </>
        }
        table={{ caption: m.frontier.tableCaption, header: csv.header, rows: csv.rows, filename: m.frontier.csvFile }}
        renderTable={() => (
          <FrontierTable selection={selection} events={shownEvents} onSelectModel={(id) => store().selectModel(id)} onActivateEvent={openFrom} />
        )}
      >
        <div className="tl-frontier" data-from={win.from ?? ''} data-to={win.to ?? ''} data-points={selection.points.length}>
          {selection.points.length === 0 && (
            <EmptyState
              diagnosis={diagnosis}
              filters={allFilters}
              labsById={index.labsById}
              laterHidden={selection.laterHidden}
              onRemove={removeFilter}
              onClearAll={() => store().resetFilters()}
              onShowLater={() => store().setShowLater(true)}
            />
          )}
          <FrontierChart
            selection={selection}
            domain={domain}
            yDomain={yDomain}
            reportTime={reportTime}
            reportDay={formatPartialDate(reportDay)}
            events={shownEvents}
            activeEventId={activeItem?.event.id ?? null}
            onActivateEvent={activateFromMarker}
            onOpenEvent={openFrom}
            onCloseEvent={closeCard}
            returnFocusTo={returnFocusTo}
            onFocusReturned={focusReturned}
            onSelectModel={(id) => store().selectModel(id)}
          />
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
          onClose={closeCard}
          focusToken={cardFocus}
        />
      )}

      <ChartFrame
        title={m.cadence.title}
        summary={cadenceSummary}
        scaleNote={m.cadence.scaleNote}
        legend={
          <RegionLegend
            extra={
              <>
                <li>
                  <svg width="14" height="14" aria-hidden="true">
                    <defs>
                      {/* Its own pattern: the legend also shows in Table mode, when the chart's patterns are not drawn. */}
                      <pattern id="tl-hatch-legend" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect width="6" height="6" fill="var(--region-cn-soft)" />
                        <rect width="3" height="6" fill="var(--region-cn)" />
                      </pattern>
                    </defs>
                    <rect x="1" y="1" width="12" height="12" className="tl-hatch-swatch" />
                  </svg>{' '}
                  {m.cadence.reasoningLegend}
                </li>
                <li>{m.cadence.firstLegend}</li>
              </>
            }
          />
        }
        source={m.cadence.source}
        table={cadenceTable}
      >
        {cadence.quarters.length === 0 ? <p className="tl-empty">{m.cadence.empty}</p> : <CadenceChart quarters={cadence.quarters} title={m.cadence.title} summary={cadenceSummary} />}
      </ChartFrame>

      <section className="tl-first" aria-labelledby="tl-first-title">
        <h2 id="tl-first-title">{m.cadence.firstTitle}</h2>
        <p>
          {m.cadence.claim(claimLabs.length, numberInWords(claimLabs.length), claimLabs.map((l) => `${l.labName} (${l.modelName}, ${formatPartialDate(l.releaseDate)})`).join(', '), formatPartialDate(reportDay))}{' '}
          {index.reasoningLabsClaim?.count != null && (
            <>
              {m.cadence.claimReport(numberInWords(index.reasoningLabsClaim.count))} <SourceLinks ids={index.reasoningLabsClaim.sources} />
            </>
          )}
        </p>
        <ScrollTable label={m.cadence.firstCaption}>
          <table className="data-table">
            <caption>{m.cadence.firstCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{m.cadence.firstColumns.lab}</th>
                <th scope="col">{m.cadence.firstColumns.region}</th>
                <th scope="col">{m.cadence.firstColumns.model}</th>
                <th scope="col">{m.cadence.firstColumns.released}</th>
                <th scope="col" className="num">
                  {m.cadence.firstColumns.index}
                </th>
              </tr>
            </thead>
            <tbody>
              {firstReasoning.map((fr) => (
                <tr key={fr.labId}>
                  <th scope="row">{fr.labName}</th>
                  <td>{messages.common.region[fr.region]}</td>
                  <td>
                    <button type="button" className="link-button" aria-label={m.frontier.openDetails(fr.modelName)} onClick={() => store().selectModel(fr.modelId)}>
                      {fr.modelName}
                    </button>
                    {fr.afterReport && <span className="tl-also"> ({messages.common.laterRelease})</span>}
                  </td>
                  <td>{formatPartialDate(fr.releaseDate)}</td>
                  <td className="num">
                    {fr.value === null ? <span className="unknown">{messages.common.notRated}</span> : formatScore(fr.value, fr.status)}
                    {fr.status && fr.status !== 'measured' && <span className="tl-also"> ({messages.common.status[fr.status]})</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </section>
        </div>
      </div>
    </section>
  );
}
