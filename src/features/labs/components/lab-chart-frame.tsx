import type { ReactNode } from 'react';
import { ChartFrame, type ChartTable } from '../../../components/charts/chart-frame';
import { RegionLegend } from '../../../components/charts/region-legend';
import { SourceLinks } from '../../../components/data/source-links';
import { useDataset } from '../../../data/dataset-queries';
import { formatPartialDate } from '../../../lib/format';
import { messages } from '../../../messages/labs';
import type { LabChartData } from '../lib/select-lab-profile';
import { ReportKey } from './lab-chart-marks';
import { TwinTable } from './lab-chart-unplotted';

/**
 * The figure frame both lab charts (one lab, two labs compared) draw in: the plot with its key right
 * under it (`keys`, then the report's line), or with no plot the `empty` note in its place; then
 * `children`; the table twin per lab; and the source line (`sourceLead`, then the sources as links or
 * "unknown", then `sourceTail`).
 */
export function LabChartFrame({
  charts,
  sourceLead,
  sourceTail,
  plot,
  keys,
  empty,
  children,
  ...frame
}: {
  title: string;
  summary: string;
  scaleNote: string;
  sources: readonly string[];
  table: ChartTable;
  charts: readonly LabChartData[];
  sourceLead: ReactNode;
  sourceTail?: ReactNode;
  /** The plot, or null when no point can be drawn. */
  plot: ReactNode | null;
  keys: ReactNode;
  empty: { title: string; help?: string };
  children?: ReactNode;
}) {
  const index = useDataset();
  const { sources, table } = frame;
  return (
    <ChartFrame
      {...frame}
      renderTable={() => <TwinTable table={table} charts={charts} />}
      source={
        <>
          {sourceLead} {sources.length > 0 ? <SourceLinks ids={sources} /> : <span className="unknown">{messages.common.unknown}</span>}
          {sourceTail}
        </>
      }
    >
      {plot ?? <LabChartEmpty {...empty} />}
      {plot && (
        <RegionLegend
          regions={[]}
          extra={
            <>
              {keys}
              <li>
                <ReportKey /> {messages.labs.chart.reportLine(formatPartialDate(index.data.meta.report.publishedBy))}
              </li>
            </>
          }
        />
      )}
      {children}
    </ChartFrame>
  );
}

/** The chart area when no point can be drawn: says so, in the plot's place. */
function LabChartEmpty({ title, help }: { title: string; help?: string }) {
  return (
    <div className="lab-chart__empty" role="note" data-plot-area>
      <p className="lab-chart__empty-title">{title}</p>
      {help && <p>{help}</p>}
    </div>
  );
}
