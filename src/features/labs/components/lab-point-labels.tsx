import { useMemo } from 'react';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { bodyFont, measureText } from '../../../lib/measure-text';
import { placePointLabels } from '../../../lib/point-labels';

/** The size of a point's name on the lab charts, px (as .lab-chart__label in lab-charts.css). */
const FONT_PX = 12;
const LINE_PX = 14;
/** A marker's half-size with its later ring: names keep clear of it. */
const MARK_RADIUS = 9;

export interface NamedPoint {
  id: string;
  time: number;
  value: number;
  text: string;
  /** Named even when the plot is crowded (the lab's best). */
  keep?: boolean;
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;

/**
 * Every point's name beside its marker, inside a Recharts chart (it reads the chart's scales), placed by
 * the shared label helper so that no name covers another name or a marker. `points` come in order of
 * importance: the first get the best spots.
 */
export function LabPointLabels({ points }: { points: readonly NamedPoint[] }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  const placed = useMemo(() => {
    if (!xScale || !yScale || !plot) return [];
    const at = points.map((p) => ({ id: p.id, x: Number(xScale(p.time)), y: Number(yScale(p.value)) }));
    const font = `600 ${FONT_PX}px ${bodyFont()}`;
    const bounds = { left: plot.x, top: plot.y - 16, right: plot.x + plot.width, bottom: plot.y + plot.height };
    const placed = placePointLabels(
      points.map((p, i) => ({ id: p.id, x: at[i]!.x, y: at[i]!.y, width: measureText(p.text, font, FONT_PX), height: LINE_PX })),
      { bounds, points: at, radius: MARK_RADIUS },
    ).map((l, i) => ({ ...l, text: points[i]!.text, keep: points[i]!.keep === true }));
    // Where the plot is too small for every name (a phone, two labs), a name that would cover another
    // name or a marker is left out (the tooltip and the table still give it); the lab's best is always named.
    const marks = at.map((p) => ({ id: p.id, box: { x: p.x - MARK_RADIUS + 2, y: p.y - MARK_RADIUS + 2, width: 2 * MARK_RADIUS - 4, height: 2 * MARK_RADIUS - 4 } }));
    const kept: typeof placed = [];
    for (const l of placed) {
      const clash = kept.some((k) => overlaps(k.box, l.box)) || marks.some((mk) => mk.id !== l.id && overlaps(mk.box, l.box));
      if (l.keep || !clash) kept.push(l);
    }
    return kept;
  }, [points, xScale, yScale, plot]);
  return (
    <g className="lab-chart__labels" aria-hidden="true">
      {placed.map((l) => (
        <text key={l.id} x={l.textX} y={l.baseline} textAnchor={l.anchor} className="lab-chart__label">
          {l.text}
        </text>
      ))}
    </g>
  );
}
