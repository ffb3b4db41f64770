import { memo, useDeferredValue, useMemo } from 'react';
import { ChartFrame } from '../../../components/charts/chart-frame';
import type { ModelRow } from '../../../data/dataset-index';
import { releaseWindowTest } from '../../../filters/row-predicate';
import { withLazyFields } from '../../../lib/lazy-fields';
import { messages } from '../../../messages/timeline';
import { selectCadence, type FirstReasoning } from '../lib/select-cadence';
import { cadenceTableRows } from '../lib/select-timeline-view';
import { summarizeCadence } from '../lib/summarize';
import { CadenceChart } from './cadence-chart';
import { CadenceLegend } from './frontier-legend';

export interface CadenceSectionProps {
  /** The rows that pass the filters (later releases only when shown), before the window. */
  base: readonly ModelRow[];
  /** Each lab's first reasoning model, over `base` (its first ever, not its first inside the window). */
  firstReasoning: readonly FirstReasoning[];
  from: string | null;
  to: string | null;
}

/**
 * The cadence figure: its frame, chart and table twin. It follows the filters and the window one step
 * behind: a change paints the frontier chart (the one being manipulated) first, and this figure right
 * after, in an interruptible render of this figure alone (memoised, so the view is not drawn twice).
 */
export const CadenceSection = memo(function CadenceSection({ base, firstReasoning, from, to }: CadenceSectionProps) {
  const m = messages.timeline.cadence;
  const deferredBase = useDeferredValue(base);
  const deferredFirst = useDeferredValue(firstReasoning);
  const deferredFrom = useDeferredValue(from);
  const deferredTo = useDeferredValue(to);
  const cadence = useMemo(
    () => selectCadence(deferredBase.filter(releaseWindowTest({ from: deferredFrom, to: deferredTo })), deferredFirst),
    [deferredBase, deferredFirst, deferredFrom, deferredTo],
  );
  const summary = useMemo(() => summarizeCadence(cadence), [cadence]);
  const table = useMemo(() => {
    const c = m.columns;
    const header = [c.quarter, c.us, c.usReasoning, c.cn, c.cnReasoning, c.other, c.otherReasoning, c.total, c.first];
    // The rows are read only when the Table tab is shown or the CSV downloaded: built then.
    return withLazyFields({ caption: m.tableCaption, header, filename: m.csvFile }, ['rows'], () => ({ rows: cadenceTableRows(cadence.quarters, '—') }));
  }, [cadence, m]);
  return (
    <ChartFrame figure="cadence" title={m.title} summary={summary} scaleNote={m.scaleNote} legend={<CadenceLegend />} source={m.source} table={table}>
      {cadence.quarters.length === 0 ? <p className="tl-empty">{m.empty}</p> : <CadenceChart quarters={cadence.quarters} title={m.title} summary={summary} />}
    </ChartFrame>
  );
});
