import { RegionLegend } from '../../../components/charts/region-legend';
import type { ScoreStatus } from '../../../data/dataset.schema';
import { messages } from '../../../messages/timeline';
import { GapCnKey, StatusKey } from './marker-key';

export interface FrontierLegendProps {
  /** Statuses drawn, so that only those are keyed. */
  statuses: ReadonlySet<ScoreStatus>;
  hasLater: boolean;
  gapLeads: { us: boolean; cn: boolean };
  openFrontier: boolean;
  hideLaterEvents: boolean;
}

const STATUS_ORDER = ['measured', 'as-stated', 'estimate'] as const;

/**
 * The frontier chart's key for what is drawn in the plot: the statuses drawn, markers' rings and frames,
 * lines, the gap and events. It sits right under the plot; the regions' key sits above it.
 */
export function FrontierLegend({ statuses, hasLater, gapLeads, openFrontier, hideLaterEvents }: FrontierLegendProps) {
  const m = messages.timeline.frontier;
  const statusWords = { measured: m.legendMeasured, 'as-stated': m.legendAsStated, estimate: m.legendEstimate };
  return (
    <ul className="region-legend tl-legend" aria-label={m.legendLabel}>
      {
        <>
          {STATUS_ORDER.filter((status) => statuses.has(status)).map((status) => (
            <li key={status}>
              <StatusKey status={status} /> {statusWords[status]}
            </li>
          ))}
          {hasLater && (
            <li>
              <StatusKey status="measured" later /> {m.legendLater}
            </li>
          )}
          <li>
            <svg width="16" height="14" aria-hidden="true" className="region-marker-icon">
              <rect x="2.5" y="2.5" width="9" height="9" className="tl-legend-frame" />
              <rect x="4" y="4" width="6" height="6" className="tl-mark tl-mark--cn tl-mark--measured" />
            </svg>{' '}
            {m.legendOpen}
          </li>
          <li>
            <svg width="18" height="18" aria-hidden="true" className="region-marker-icon">
              <circle cx="9" cy="9" r="7.5" className="tl-ring tl-ring--us" />
              <circle cx="9" cy="9" r="3.5" className="tl-mark tl-mark--us tl-mark--measured" />
            </svg>{' '}
            {m.legendReasoning}
          </li>
          <li>
            <svg width="22" height="10" aria-hidden="true">
              <path d="M1 8H8V2H21" className="tl-line tl-line--us tl-line--all" />
            </svg>{' '}
            {m.frontierLine}
          </li>
          {openFrontier && (
            <li>
              <svg width="22" height="10" aria-hidden="true">
                <path d="M1 8H8V2H21" className="tl-line tl-line--cn tl-line--open" />
              </svg>{' '}
              {m.openLine}
            </li>
          )}
          {gapLeads.us && (
            <li>
              <svg width="14" height="14" aria-hidden="true">
                <rect x="1" y="1" width="12" height="12" className="tl-gap tl-gap--us" />
              </svg>{' '}
              {m.gapUs}
            </li>
          )}
          {gapLeads.cn && (
            <li>
              <GapCnKey /> {m.gapCn}
            </li>
          )}
          <li>
            <svg width="10" height="14" aria-hidden="true">
              <line x1="5" x2="5" y1="0" y2="14" className="tl-event-line" />
            </svg>{' '}
            {m.legendEvent}
          </li>
          {!hideLaterEvents && (
            <li>
              <svg width="10" height="14" aria-hidden="true">
                <line x1="5" x2="5" y1="0" y2="14" className="tl-event-line tl-event-line--later" />
              </svg>{' '}
              {m.legendEventLater}
            </li>
          )}
        </>
      }
    </ul>
  );
}

/** The cadence chart's key: regions, hatched reasoning models, ★ for labs' first reasoning models. */
export function CadenceLegend() {
  const m = messages.timeline.cadence;
  return (
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
            {m.reasoningLegend}
          </li>
          <li>{m.firstLegend}</li>
        </>
      }
    />
  );
}
