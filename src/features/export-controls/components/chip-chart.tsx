import { memo, useMemo, useState } from 'react';
import { ChartTooltip, ChartTooltipFacts } from '../../../components/charts/chart-tooltip';
import { useElementWidth } from '../../../components/charts/use-element-width';
import { formatNumber } from '../../../lib/format';
import { bodyFont, measureText } from '../../../lib/measure-text';
import { placeTooltip } from '../../../lib/place-tooltip';
import { messages } from '../../../messages/export-controls';
import { layoutChipPlot, MARKER_SIZE, type ChipPlotData, type PlacedChip } from '../lib/chip-plot';
import type { RuleThresholds } from '../lib/rule-thresholds';
import { ChipMarkerShape } from './chip-markers';

const LABEL_FONT_PX = 12;
const TOOLTIP_MAX_WIDTH = 260;
const twoDecimals = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
export const formatTpp = (v: number | null) => (v === null ? messages.common.unknown : formatNumber(v));
export const formatPd = (v: number | null) => (v === null ? messages.common.unknown : twoDecimals.format(v));

function ChipTip({ c, width, height }: { c: PlacedChip; width: number; height: number }) {
  const t = messages.exportControls.chart.tooltip;
  const place = placeTooltip({ x: c.x, y: c.y, width, height, maxWidth: TOOLTIP_MAX_WIDTH, maxTop: height - 150 });
  return (
    <ChartTooltip title={c.chip.name} style={{ position: 'absolute', ...place }}>
      <ChartTooltipFacts
        facts={[
          [t.vendor, c.chip.vendor],
          [t.status, messages.exportControls.chart.status[c.status]],
          [t.tpp, formatTpp(c.chip.tpp)],
          [t.pd, formatPd(c.chip.performanceDensity)],
        ]}
      />
    </ChartTooltip>
  );
}

/** TPP (x) against performance density (y), both on log axes, the selected rule's regions shaded, each chip marked and named. */
export const ChipChart = memo(function ChipChart({ data, thresholds, title, desc }: { data: ChipPlotData; thresholds: RuleThresholds | null; title: string; desc: string }) {
  const m = messages.exportControls.chart;
  const [wrapRef, measured] = useElementWidth<HTMLDivElement>();
  const width = measured || 800;
  const height = width < 520 ? 440 : 400;
  const [active, setActive] = useState<string | null>(null);
  const layout = useMemo(() => {
    const font = `${LABEL_FONT_PX}px ${bodyFont()}`;
    return layoutChipPlot({ data, thresholds, width, height, measure: (text) => measureText(text, font, LABEL_FONT_PX) });
  }, [data, thresholds, width, height]);
  const { plot, strip } = layout;
  const activeChip = layout.chips.find((c) => c.chip.id === active);
  const byId = new Map(layout.chips.map((c) => [c.chip.id, c]));
  return (
    <div ref={wrapRef} className="ec-chart" data-plot-area data-rule={thresholds?.rule ?? ''}>
      <svg width={width} height={height} role="group" aria-label={title} className="ec-chart__svg">
        <title>{title}</title>
        <desc>{desc}</desc>
        <g aria-hidden="true">
          {layout.regions.map((r, i) => (
            <rect key={i} className={`ec-region ec-region--${r.kind}`} x={r.box.left} y={r.box.top} width={Math.max(0, r.box.right - r.box.left)} height={Math.max(0, r.box.bottom - r.box.top)} />
          ))}
          <g className="ec-chart__grid">
            {layout.yTicks.map((t) => (
              <g key={`y${t.value}`} className={t.threshold ? 'ec-tick--threshold' : undefined}>
                <line x1={plot.left} x2={plot.right} y1={t.y} y2={t.y} />
                <text x={plot.left - 5} y={t.y} textAnchor="end" dominantBaseline="central">
                  {twoDecimals.format(t.value)}
                </text>
              </g>
            ))}
            {layout.xTicks.map((t) => (
              <g key={`x${t.value}`} className={t.threshold ? 'ec-tick--threshold' : undefined}>
                <line x1={t.x} x2={t.x} y1={plot.top} y2={(strip ? strip.bottom : plot.bottom) + t.row * 13} />
                <text x={t.x} y={(strip ? strip.bottom : plot.bottom) + 15 + t.row * 13} textAnchor="middle">
                  {formatNumber(t.value)}
                </text>
              </g>
            ))}
          </g>
          {strip && (
            <g className="ec-chart__strip">
              <rect x={strip.left} y={strip.top + 4} width={strip.right - strip.left} height={strip.bottom - strip.top - 4} />
              <text x={strip.right - 4} y={strip.bottom - 4} textAnchor="end">
                {m.unknownStrip}
              </text>
            </g>
          )}
          <text x={(plot.left + plot.right) / 2} y={height - 6} textAnchor="middle" className="ec-chart__axis-label">
            {m.xAxis}
          </text>
          <text transform={`translate(11,${(plot.top + plot.bottom) / 2}) rotate(-90)`} textAnchor="middle" className="ec-chart__axis-label">
            {m.yAxis}
          </text>
          {layout.labels.map((l) => {
            const c = byId.get(l.id)!;
            return (
              <g key={l.id} className={`ec-label ec-label--${l.status}`}>
                {l.leader && <line className="ec-label__leader" x1={c.x} y1={c.y} x2={l.anchor === 'start' ? l.box.left : l.anchor === 'end' ? l.box.right : l.textX} y2={(l.box.top + l.box.bottom) / 2} />}
                <text x={l.textX} y={l.textY} textAnchor={l.anchor} className="svg-halo-label">
                  {l.text}
                </text>
              </g>
            );
          })}
        </g>
        <g className="ec-chart__chips">
          {layout.chips.map((c) => (
            <g
              key={c.chip.id}
              role="img"
              tabIndex={0}
              data-chip={c.chip.id}
              data-status={c.status}
              aria-label={m.marker(`${c.chip.vendor} ${c.chip.name}`, m.status[c.status]!, formatTpp(c.chip.tpp), formatPd(c.chip.performanceDensity))}
              onMouseEnter={() => setActive(c.chip.id)}
              onMouseLeave={() => setActive(null)}
              onFocus={() => setActive(c.chip.id)}
              onBlur={() => setActive(null)}
            >
              <circle cx={c.x} cy={c.y} r={MARKER_SIZE} className="ec-chart__hit" />
              <ChipMarkerShape status={c.status} cx={c.x} cy={c.y} size={MARKER_SIZE} />
            </g>
          ))}
        </g>
      </svg>
      {activeChip && <ChipTip c={activeChip} width={width} height={height} />}
    </div>
  );
});
