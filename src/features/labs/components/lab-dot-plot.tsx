import { ChartFrame, type ChartTable } from '../../../components/charts/chart-frame';
import { RegionLegend } from '../../../components/charts/region-legend';
import { RegionMarkerShape } from '../../../components/charts/region-marker';
import { useElementWidth } from '../../../components/charts/use-element-width';
import { SourceLinks } from '../../../components/data/source-links';
import { useDataset } from '../../../data/dataset-queries';
import { indexTicks } from '../../../lib/chart-ticks';
import { formatList, formatScore } from '../../../lib/format';
import { bodyFont, measureText } from '../../../lib/measure-text';
import type { Region } from '../../../lib/regions';
import { messages } from '../../../messages/labs';
import type { LabDotPlot as DotPlotData } from '../lib/select-lab-dot-plot';
import './lab-charts.css';

const m = messages.labsCharts.dotPlot;
const ROW = 26;
const TOP = 6;
const AXIS = 34;
const FONT_PX = 12;

function dotTable(plot: DotPlotData): ChartTable {
  const t = m.table;
  const yes = (v: boolean) => (v ? messages.common.yes : messages.common.no);
  return {
    caption: m.tableCaption,
    header: [t.rank, t.lab, t.country, t.model, t.index, t.status, t.afterReport],
    rows: [
      ...plot.rows.map((r, i) => [i + 1, r.labName, messages.common.country[r.country] ?? r.country, r.modelName, formatScore(r.value, r.status), messages.common.status[r.status], yes(r.afterReport)]),
      ...plot.unrated.map((u) => ['', u.labName, '', '', m.notRated, '', '']),
    ],
    filename: m.filename,
  };
}

/** The plot itself: one row per lab, its name on the left, its best value as a dot in its region's colour and shape. */
function Dots({ plot }: { plot: DotPlotData }) {
  const [ref, measured] = useElementWidth<HTMLDivElement>();
  const width = measured || 640;
  const font = `${FONT_PX}px ${bodyFont()}`;
  const nameWidth = Math.min(Math.max(...plot.rows.map((r) => measureText(r.labName, font, FONT_PX)), 40) + 10, width * 0.42);
  const left = nameWidth + 6;
  const right = width - 36;
  const height = TOP + plot.rows.length * ROW + AXIS;
  const [lo, hi] = plot.domain;
  const x = (v: number) => left + ((v - lo) / (hi - lo || 1)) * (right - left);
  const ticks = indexTicks(plot.domain, Math.max(2, Math.floor((right - left) / 56)));
  const bottom = TOP + plot.rows.length * ROW;
  return (
    <div ref={ref} className="lab-dots" data-plot-area>
      <svg width={width} height={height} role="img" aria-label={m.title} className="lab-dots__svg">
        <g aria-hidden="true" className="lab-dots__grid">
          {ticks.map((t) => (
            <g key={t}>
              <line x1={x(t)} x2={x(t)} y1={TOP} y2={bottom} />
              <text x={x(t)} y={bottom + 14} textAnchor="middle">
                {t}
              </text>
            </g>
          ))}
          <text x={(left + right) / 2} y={bottom + 30} textAnchor="middle" className="lab-dots__axis">
            {m.xAxis}
          </text>
        </g>
        {plot.rows.map((r, i) => {
          const cy = TOP + i * ROW + ROW / 2;
          const cx = x(r.value);
          const value = formatScore(r.value, r.status);
          return (
            <g key={r.labId} className="lab-dots__row" data-lab={r.labId}>
              <text x={nameWidth} y={cy} textAnchor="end" dominantBaseline="central" className="lab-dots__name">
                {r.labName}
              </text>
              <line x1={left} x2={cx} y1={cy} y2={cy} className="lab-dots__stem" />
              <RegionMarkerShape region={r.region} cx={cx} cy={cy} size={11} hollow={r.status === 'estimate'} />
              <text x={cx + 9} y={cy} dominantBaseline="central" className="lab-dots__value">
                {value}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}

/** The directory's chart: each lab's best index, sorted, with a table twin and the frame's downloads. */
export function LabDotPlot({ plot }: { plot: DotPlotData }) {
  const index = useDataset();
  const table = dotTable(plot);
  const top = plot.rows[0];
  const bottom = plot.rows[plot.rows.length - 1];
  const summary =
    top && bottom
      ? m.summary(plot.rows.length, m.entry(top.labName, formatScore(top.value, top.status)), m.entry(bottom.labName, formatScore(bottom.value, bottom.status)), plot.unrated.length)
      : m.summaryNone;
  const sources = [...new Set(plot.rows.flatMap((r) => r.sources))];
  const regions = (['cn', 'us', 'other'] as Region[]).filter((g) => plot.rows.some((r) => r.region === g));
  return (
    <ChartFrame
      title={m.title}
      summary={summary}
      scaleNote={messages.labs.chart.scaleNote(index.scale.shortLabel)}
      sources={sources}
      table={table}
      source={
        <>
          {m.source} {sources.length > 0 ? <SourceLinks ids={sources} /> : <span className="unknown">{messages.common.unknown}</span>}
        </>
      }
    >
      {plot.rows.length > 0 ? <Dots plot={plot} /> : <p className="lab-chart__empty">{m.summaryNone}</p>}
      {plot.rows.length > 0 && <RegionLegend regions={regions} />}
      {plot.unrated.length > 0 && (
        <p className="lab-dots__unrated">
          {m.unrated} <span className="unknown">{formatList(plot.unrated.map((u) => u.labName))}</span>
        </p>
      )}
    </ChartFrame>
  );
}
