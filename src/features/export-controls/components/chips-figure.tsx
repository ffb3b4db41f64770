import { useId, useMemo, useState } from 'react';
import { ChartFrame } from '../../../components/charts/chart-frame';
import type { CsvCell } from '../../../lib/csv';
import type { DatasetIndex } from '../../../data/dataset-index';
import { formatList } from '../../../lib/format';
import { messages } from '../../../messages/export-controls';
import { selectChipPlot, type ChipPlotData } from '../lib/chip-plot';
import { PLOT_STATUSES, chipStatusUnder } from '../lib/chip-status';
import { CHART_RULES, ruleThresholds, type ChartRule } from '../lib/rule-thresholds';
import { ChipChart, formatPd, formatTpp } from './chip-chart';
import { ChipMarkerSwatch } from './chip-markers';
import './chips-figure.css';

function twinRows(data: ChipPlotData, rule: ChartRule): CsvCell[][] {
  const m = messages.exportControls;
  const marks = m.chart.valueMark;
  return [...data.plotted, ...data.densityUnknown, ...data.notPlotted].map(({ chip }) => [
    chip.name,
    chip.vendor,
    chip.tpp,
    marks[chip.tppMark] ?? chip.tppMark,
    chip.performanceDensity,
    marks[chip.pdMark] ?? chip.pdMark,
    m.chips.status[chipStatusUnder(chip, rule)] ?? chipStatusUnder(chip, rule),
    chip.designedForChina ? m.chart.yes : m.chart.no,
    chip.sources.join(' '),
  ]);
}

function Legend({ statuses, regions, rule, ioLabel }: { statuses: ReadonlySet<string>; regions: ReadonlySet<string>; rule: ChartRule; ioLabel: string | null }) {
  const m = messages.exportControls.chart;
  return (
    <ul className="ec-legend" aria-label={messages.common.chart.legend}>
      {PLOT_STATUSES.filter((s) => statuses.has(s)).map((s) => (
        <li key={s}>
          <ChipMarkerSwatch status={s} /> {m.status[s]}
        </li>
      ))}
      {[...regions].map((kind) => (
        <li key={kind}>
          <span className={`ec-legend__region ec-region--${kind}`} aria-hidden="true" /> {rule === 'oct-2022' && ioLabel ? ioLabel : m.region[kind]}
        </li>
      ))}
    </ul>
  );
}

/** The chips-versus-thresholds figure: a rule selector, the chart, its table twin, sources and downloads. */
export function ChipsFigure({ index }: { index: DatasetIndex }) {
  const m = messages.exportControls.chart;
  const [rule, setRule] = useState<ChartRule>('oct-2023');
  const name = useId();
  const data = useMemo(() => selectChipPlot(index.data.chips, rule), [index, rule]);
  const thresholds = useMemo(() => ruleThresholds(index.events, rule), [index, rule]);
  const ruleName = m.rule[rule]!;
  const all = [...data.plotted, ...data.densityUnknown, ...data.notPlotted];
  const controlled = all.filter((p) => p.status === 'controlled' || p.status === 'notify').length;
  const fit = all.filter((p) => p.status === 'designed-to-fit').map((p) => p.label);
  const summary = m.summary(ruleName, controlled, all.length, fit);
  const tpp2022 = thresholds?.rule === 'oct-2022' ? thresholds.boxes[0]?.tppMin ?? null : null;
  const io = thresholds?.ioGBs ?? null;
  const ioLabel = tpp2022 !== null && io !== null ? m.region2022(formatTpp(tpp2022), formatTpp(io)) : null;
  const sources = useMemo(() => [...new Set([...index.data.chips.flatMap((c) => c.sources), ...(thresholds?.event.event.sources ?? [])])], [index, thresholds]);
  const names = (list: typeof all) => formatList(list.map((p) => m.chipValues(p.chip.name, formatTpp(p.chip.tpp), formatPd(p.chip.performanceDensity))), true);

  const controls = (
    <fieldset className="ec-rule-picker">
      <legend>{m.ruleLegend}</legend>
      {CHART_RULES.map((r) => (
        <label key={r}>
          <input type="radio" name={name} value={r} checked={r === rule} onChange={() => setRule(r)} /> {m.ruleShort[r]}
        </label>
      ))}
    </fieldset>
  );
  const notes = (
    <ul className="ec-chart-notes">
      {!thresholds && <li>{m.noThresholds}</li>}
      {rule === 'oct-2022' && io !== null && <li>{m.ioNote(formatTpp(io))}</li>}
      {data.densityUnknown.length > 0 && <li>{m.densityUnknown(names(data.densityUnknown))}</li>}
      {data.notPlotted.length > 0 && <li>{m.notPlotted(formatList(data.notPlotted.map((p) => `${p.chip.vendor} ${p.chip.name}`)))}</li>}
      <li>{m.sideBySide}</li>
    </ul>
  );
  return (
    <ChartFrame
      figure={m.filename}
      title={m.title}
      summary={summary}
      scaleNote={m.scaleNote}
      source={m.source}
      sources={sources}
      notes={notes}
      controls={controls}
      table={{ caption: m.twinCaption(ruleName), header: m.twinHeader(ruleName), rows: twinRows(data, rule), filename: `${m.filename}-${rule}` }}
    >
      <ChipChart data={data} thresholds={thresholds} title={m.titleUnder(m.title, ruleName)} desc={summary} />
      {/* The key under the plot: on a phone the plot starts in the first screen. */}
      <Legend statuses={new Set(all.map((p) => p.status))} regions={new Set(thresholds?.boxes.map((b) => b.kind) ?? [])} rule={rule} ioLabel={ioLabel} />
    </ChartFrame>
  );
}
