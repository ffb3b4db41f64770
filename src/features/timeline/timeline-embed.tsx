/**
 * The timeline's figures alone, for the embed page (`/embed/frontier`, `/embed/cadence`): the same
 * selectors and state parameters as the view, drawn without its controls, cards or tables.
 */
import { useMemo } from 'react';
import type { EmbedFigure } from '../../components/charts/export/embed-view';
import { SourceLinks } from '../../components/data/source-links';
import { paths } from '../../config/paths';
import type { DatasetIndex } from '../../data/dataset-index';
import { useDataset } from '../../data/dataset-queries';
import { releaseWindowTest } from '../../filters/row-predicate';
import { indexDomain } from '../../lib/chart-domains';
import { CadenceChart } from './components/cadence-chart';
import { FrontierChart } from './components/frontier-chart';
import { CadenceLegend, FrontierLegend } from './components/frontier-legend';
import { selectCadence, selectFirstReasoning } from './lib/select-cadence';
import { selectFrontierBase, selectFrontierInWindow } from './lib/select-frontier';
import { defaultTimelineDomain, selectTimelineEvents, visibleEvents, windowDomain } from './lib/select-timeline-events';
import { gapLeads } from './lib/select-timeline-view';
import { summarizeCadence } from './lib/summarize';
import { dayToTime } from './lib/time-scale';
import { useTimelineFilters } from './use-timeline-filters';
import { messages } from '../../messages/timeline';
import './timeline-page.css';
import './timeline-window.css';
import './frontier-chart.css';
import './event-card.css';

const ignore = () => {};

/** The frontier chart; `highlight` (the story's) draws those models in full and fades the others. */
export function FrontierFigure({ highlight }: { highlight?: ReadonlySet<string> }) {
  const index = useDataset();
  const { f, filtered } = useTimelineFilters(index);
  const reportTime = dayToTime(index.data.meta.report.publishedBy);
  const events = useMemo(() => visibleEvents(selectTimelineEvents(index), f.hideLaterEvents), [index, f.hideLaterEvents]);
  const domain = useMemo(() => {
    const full = defaultTimelineDomain(index, selectTimelineEvents(index), { showLater: f.showLater, hideLaterEvents: f.hideLaterEvents });
    return windowDomain(full, f.from, f.to);
  }, [index, f.showLater, f.hideLaterEvents, f.from, f.to]);
  const selection = useMemo(
    () =>
      selectFrontierInWindow(selectFrontierBase(filtered, { showLater: f.showLater, openFrontier: f.openFrontier }), {
        window: { from: f.from, to: f.to },
        domain,
        reportTime,
      }),
    [filtered, f.showLater, f.openFrontier, f.from, f.to, domain, reportTime],
  );
  return (
    <>
      <FrontierLegend gapLeads={gapLeads(selection.gap, selection.lineEnd, domain)} openFrontier={f.openFrontier} />
      <div className="tl-frontier" data-points={selection.points.length}>
        <FrontierChart
          selection={selection}
          domain={domain}
          yDomain={indexDomain(index)}
          reportTime={reportTime}
          events={events}
          activeEventId={null}
          onActivateEvent={ignore}
          onOpenEvent={ignore}
          onCloseEvent={ignore}
          returnFocusTo={null}
          onFocusReturned={ignore}
          onSelectModel={ignore}
          highlight={highlight}
        />
      </div>
    </>
  );
}

export function CadenceFigure() {
  const index = useDataset();
  const { f, filtered } = useTimelineFilters(index);
  const cadence = useMemo(() => {
    const base = f.showLater ? filtered : filtered.filter((r) => !r.afterReport);
    return selectCadence(base.filter(releaseWindowTest({ from: f.from, to: f.to })), selectFirstReasoning(base));
  }, [filtered, f.showLater, f.from, f.to]);
  const m = messages.timeline.cadence;
  return (
    <>
      <CadenceLegend />
      {cadence.quarters.length === 0 ? <p className="tl-empty">{m.empty}</p> : <CadenceChart quarters={cadence.quarters} title={m.title} summary={summarizeCadence(cadence)} />}
    </>
  );
}

/** The timeline's embeddable figures, for `/embed/:figure` (loaded with the view's own chunk). */
export function timelineEmbeds(_index: DatasetIndex, asOf: string): { frontier: EmbedFigure; cadence: EmbedFigure } {
  const m = messages.timeline;
  return {
    frontier: {
      title: m.frontier.title,
      path: paths.timeline,
      render: () => <FrontierFigure />,
      source: (
        <>
          {m.frontier.sourceIndex} <SourceLinks ids={['S6', 'S1', 'S2', 'S3', 'S4']} />. {m.frontier.sourceRest} {asOf}
        </>
      ),
    },
    cadence: { title: m.cadence.title, path: paths.timeline, render: () => <CadenceFigure />, source: `${m.cadence.source} ${asOf}` },
  };
}
