/**
 * The drawn US–China gap against the gap on measured values only. China's frontier steps include values
 * that only a write-up states (and estimates), so the drawn gap can look narrower than the measured one:
 * this says by how much, at the end of the window and where the two differ most. Pure.
 */
import type { GapSegment } from './select-frontier';

/** US minus China: positive when the US is ahead. */
export interface GapReading {
  drawn: number;
  measured: number;
}

export interface MeasuredGapComparison {
  /** At the end of the span; `measured` is null when one region has no measured value by then. */
  end: { drawn: number; measured: number | null };
  /** Where the measured-only gap differs most from the drawn one (the first such stretch), or null when they never differ. */
  widest: (GapReading & { start: number }) | null;
}

function gapAt(segments: readonly GapSegment[], time: number): number | null {
  for (const s of segments) if (s.start <= time && time < s.end) return s.us - s.cn;
  return null;
}

/** Compares the two gaps over [start, end); null when no drawn gap falls in the span. */
export function compareMeasuredGap(drawn: readonly GapSegment[], measured: readonly GapSegment[], span: readonly [number, number]): MeasuredGapComparison | null {
  const [start, end] = span;
  if (!(start < end)) return null;
  const drawnEnd = gapAt(drawn, end - 1);
  if (drawnEnd === null) return null;
  const times = [...new Set([start, ...drawn.map((s) => s.start), ...measured.map((s) => s.start)])].filter((t) => t >= start && t < end).sort((a, b) => a - b);
  let widest: MeasuredGapComparison['widest'] = null;
  for (const t of times) {
    const d = gapAt(drawn, t);
    const m = gapAt(measured, t);
    if (d === null || m === null || d === m) continue;
    if (!widest || Math.abs(m - d) > Math.abs(widest.measured - widest.drawn)) widest = { start: t, drawn: d, measured: m };
  }
  return { end: { drawn: drawnEnd, measured: gapAt(measured, end - 1) }, widest };
}
