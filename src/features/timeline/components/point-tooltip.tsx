import { ChartTooltip } from '../../../components/charts/chart-tooltip';
import { SourceTierTag } from '../../../components/data/source-tier-tag';
import { messages as tierWords } from '../../../messages/source-tier';
import { formatList, formatPartialDate, formatScore } from '../../../lib/format';
import { placeTooltip } from '../../../lib/place-tooltip';
import { messages } from '../../../messages/timeline';
import type { PlotPoint } from '../lib/select-frontier';

/** The tooltip's widest size on the frontier chart (15rem). */
const TOOLTIP_MAX_WIDTH = 240;

/** "reasoning, open weights, released after the report": the point's flags, in words. */
export function pointFlags(p: PlotPoint): string[] {
  const m = messages.timeline.frontier;
  return [
    p.reasoning === true ? m.tooltipReasoning : null,
    p.openWeights === true ? m.tooltipOpen : p.openWeights === false ? m.tooltipClosed : m.tooltipOpenUnknown,
    p.afterReport ? m.tooltipLater : null,
  ].filter((f): f is string => f !== null);
}

/** What a screen reader hears when the keyboard lands on a point. */
export function describePoint(p: PlotPoint): string {
  const m = messages.timeline.frontier;
  return m.announce(p.name, p.labName, messages.common.region[p.region], formatPartialDate(p.releaseDate), formatScore(p.value, p.status), messages.common.status[p.status], formatList(pointFlags(p), true));
}

export interface PointTooltipProps {
  point: PlotPoint;
  /** The point in the chart box's px, and the box's size. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The lowest top edge beside the point. */
  maxTop: number;
}

/** The hovered or keyboard-selected point's details, beside it (or across the chart on a phone). */
export function PointTooltip({ point, x, y, width, height, maxTop }: PointTooltipProps) {
  const m = messages.timeline.frontier;
  const place = placeTooltip({ x, y, width, height, maxWidth: TOOLTIP_MAX_WIDTH, maxTop });
  return (
    <ChartTooltip title={point.name} hint={m.tooltipAction} style={place}>
      <p>
        {point.labName} · {messages.common.region[point.region]}
      </p>
      <p>{m.tooltipRelease(formatPartialDate(point.releaseDate))}</p>
      <p>{m.tooltipIndex(formatScore(point.value, point.status), messages.common.status[point.status])}</p>
      {point.otherValues.length > 0 && <p>{m.tooltipAlso(formatList(point.otherValues.map((o) => messages.common.valueWithStatus(formatScore(o.value, o.status), messages.common.status[o.status])), true))}</p>}
      <p>{formatList(pointFlags(point), true)}</p>
      <p>
        {tierWords.sourceTier.label}: <SourceTierTag ids={point.sources} />
      </p>
    </ChartTooltip>
  );
}
