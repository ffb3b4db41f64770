import { memo, useMemo } from 'react';
import type { DatasetIndex } from '../../../data/dataset-index';
import { messages } from '../../../messages';
import { marksInUse, toBarData } from '../lib/chart-data';
import type { ChinaUs } from '../lib/select-china-us';
import { LeaderboardMarksLegend } from './chart-legend';
import { RankedBarChart } from './ranked-bar-chart';

interface CompareColumnsProps {
  columns: ChinaUs['columns'];
  sourcesById: DatasetIndex['sourcesById'];
  domain: [number, number];
  axisLabel: string;
  summary: string;
  onSelect: (modelId: string) => void;
}

/** The best models of each side in two aligned columns (rank k beside rank k) on one index scale, and the key to their marks. */
export const CompareColumns = memo(function CompareColumns({ columns, sourcesById, domain, axisLabel, summary, onSelect }: CompareColumnsProps) {
  const m = messages.leaderboard.compare;
  const us = useMemo(() => toBarData(columns.us, sourcesById), [columns.us, sourcesById]);
  const cn = useMemo(() => toBarData(columns.cn, sourcesById), [columns.cn, sourcesById]);
  const inUse = useMemo(() => marksInUse([...us, ...cn]), [us, cn]);
  const sides = [
    { key: 'us' as const, data: us, total: columns.usTotal, name: messages.common.region.us },
    { key: 'cn' as const, data: cn, total: columns.cnTotal, name: messages.common.region.cn },
  ];
  return (
    <>
      <div className="compare-grid" data-plot-area>
        {sides.map((side) => {
          const title = m.columnTitle(side.name, side.data.length, side.total, columns.size);
          return (
            // Each side is a panel of the figure: a downloaded image holds both, each under its title.
            <div key={side.key} className={`compare-col compare-col--${side.key}`} data-export-panel>
              <h3 className="compare-col__title" data-export-title>
                {title}
              </h3>
              {side.data.length === 0 ? (
                <p className="unknown">{m.empty(side.name)}</p>
              ) : (
                <RankedBarChart data={side.data} domain={domain} axisLabel={axisLabel} title={title} desc={summary} onSelect={onSelect} compact />
              )}
            </div>
          );
        })}
      </div>
      <LeaderboardMarksLegend inUse={inUse} />
    </>
  );
});
