import { ChartTableView, type ChartTable } from '../../../components/charts/chart-frame';
import { otherValuesNotUsed } from '../../../components/data/other-values-not-used';
import { formatPartialDate, formatScore } from '../../../lib/format';
import { messages } from '../../../messages/labs';
import type { LabChartData } from '../lib/select-lab-profile';
import { statusWords } from './lab-chart-text';
import { ModelLink } from './model-link';

const m = messages.labs.chart;

/** The lab's models that cannot be drawn (not rated, or no release date), each with its reason: never drawn as 0. */
export function Unplotted({ chart, withLab = false }: { chart: LabChartData; withLab?: boolean }) {
  if (chart.unplotted.length === 0) return null;
  return (
    <div className="lab-chart__unplotted">
      <h3>{withLab ? m.unplottedHeadingLab(chart.lab.name) : m.unplottedHeading}</h3>
      <ul>
        {chart.unplotted.map(({ row, notRated, dateUnknown }) => (
          <li key={row.model.id}>
            <ModelLink modelId={row.model.id}>{row.model.name}</ModelLink>:{' '}
            <span className="unknown">{notRated && dateUnknown ? m.unplottedBoth : notRated ? m.unplottedNotRated : m.unplottedDateUnknown}</span>
            {!dateUnknown && <> ({formatPartialDate(row.model.releaseDate)})</>}
            {!notRated && row.score && (
              <>
                {' '}
                ({m.table.index} {formatScore(row.score.value, row.score.status)}, {statusWords(row.score.status)})
              </>
            )}
            {otherValuesNotUsed(row) && <> {otherValuesNotUsed(row)}</>}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The Table tab: the drawn values, then what is not drawn. */
export function TwinTable({ table, charts }: { table: ChartTable; charts: readonly LabChartData[] }) {
  return (
    <>
      <ChartTableView table={table} />
      {charts.map((c) => (
        <Unplotted key={c.lab.id} chart={c} withLab={charts.length > 1} />
      ))}
    </>
  );
}
