import type { TooltipContentProps } from 'recharts';
import { ChartTooltip } from '../../../components/charts/chart-tooltip';
import { SourceTierTag } from '../../../components/data/source-tier-tag';
import { formatList, formatPartialDate, formatScore } from '../../../lib/format';
import { messages } from '../../../messages/labs';
import { messages as tierMessages } from '../../../messages/source-tier';
import type { FrontierPoint, LabChartPoint } from '../lib/select-lab-profile';
import { statusWords } from './lab-chart-text';

const m = messages.labs.chart;

/** A drawn model, with the lab it belongs to when the chart holds two labs. */
export type TooltipPoint = LabChartPoint & { labName?: string };

function isPoint(item: TooltipPoint | FrontierPoint): item is TooltipPoint {
  return 'status' in item;
}

/** The tooltip of a lab chart: a model (value, status, release) or a step of the frontier behind it. */
export function LabTooltip({ active, payload, scope }: { active: boolean; payload: TooltipContentProps['payload']; scope: string }) {
  if (!active || !payload || payload.length === 0) return null;
  const item = payload[0]?.payload as TooltipPoint | FrontierPoint | undefined;
  if (!item) return null;
  if (isPoint(item)) {
    return (
      <ChartTooltip title={item.name} aside={item.labName}>
        <p>
          {m.yAxis}: {formatScore(item.value, item.status)} ({statusWords(item.status)})
          {item.otherValues.length > 0 && <> · {messages.labs.profile.alsoStated(formatList(item.otherValues.map(String), true))}</>}
        </p>
        <p>
          {m.tooltipReleased}: {formatPartialDate(item.releaseDate)}
          {item.afterReport && <> · {messages.common.laterRelease}</>}
        </p>
        <p>
          {tierMessages.sourceTier.label}: <SourceTierTag ids={item.sources} />
        </p>
      </ChartTooltip>
    );
  }
  return (
    <ChartTooltip title={m.tooltipFrontier(scope)}>
      <p>
        {formatScore(item.value)}
        {item.modelName && item.labName && <> · {m.tooltipSetBy(item.modelName, item.labName)}</>}
      </p>
    </ChartTooltip>
  );
}
