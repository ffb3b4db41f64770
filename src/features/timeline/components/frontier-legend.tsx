import { RegionLegend } from '../../../components/charts/region-legend';
import { messages } from '../../../messages/timeline';
import { NEAR_FRONTIER_POINTS } from '../lib/frontier-labels';
import { GapCnKey } from './marker-key';

export interface FrontierLegendProps {
  gapLeads: { us: boolean; cn: boolean };
  openFrontier: boolean;
}

/**
 * The frontier chart's short key, under the plot (the regions' key sits above it): the frontier line,
 * the gap, and the two kinds of event marker. A value's status, openness and reasoning are in the
 * tooltip and the table, not in marker styles to decode.
 */
export function FrontierLegend({ gapLeads, openFrontier }: FrontierLegendProps) {
  const m = messages.timeline.frontier;
  return (
    <ul className="region-legend tl-legend" aria-label={m.legendLabel}>
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
          <line x1="5" x2="5" y1="0" y2="14" className="tl-event-line tl-event-line--major" />
        </svg>{' '}
        {m.legendEvent}
      </li>
      <li className="tl-legend__note">{m.legendStatusNote(NEAR_FRONTIER_POINTS)}</li>
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
