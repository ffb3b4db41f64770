import { useMemo } from 'react';
import { bodyFont, measureText } from '../../../lib/measure-text';
import { boxAround, overlaps, placeScatterLabels, textBaseline, type Box } from '../../../lib/point-labels';

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

/** Boxes touching by half a pixel or less do not clash. */
const clashes = (a: Box, b: Box) => overlaps(a, b, -0.5);

/** The plot area inside the chart, px, and the domains it shows. */
export interface PlotFrame {
  left: number;
  top: number;
  right: number;
  bottom: number;
  xDomain: readonly [number, number];
  yDomain: readonly [number, number];
}

/**
 * Every point's name beside its marker, drawn in a layer over the chart with the chart's own linear scales,
 * placed by the shared label helper so that no name covers another name or a marker. `points` come in
 * order of importance: the first get the best spots.
 */
export function LabPointLabels({ points, frame, width, height }: { points: readonly NamedPoint[]; frame: PlotFrame; width: number; height: number }) {
  const placed = useMemo(() => {
    if (width <= 0) return [];
    const { left, top, right, bottom, xDomain, yDomain } = frame;
    const xScale = (t: number) => left + ((t - xDomain[0]) / (xDomain[1] - xDomain[0] || 1)) * (right - left);
    const yScale = (v: number) => bottom - ((v - yDomain[0]) / (yDomain[1] - yDomain[0] || 1)) * (bottom - top);
    const at = points.map((p) => ({ id: p.id, x: xScale(p.time), y: yScale(p.value) }));
    const font = `600 ${FONT_PX}px ${bodyFont()}`;
    const bounds = { left, top: top - 16, right, bottom };
    const placed = placeScatterLabels(
      points.map((p, i) => ({ id: p.id, x: at[i]!.x, y: at[i]!.y, width: measureText(p.text, font, FONT_PX), height: LINE_PX })),
      { bounds, points: at, radius: MARK_RADIUS },
    ).map((l, i) => ({ ...l, baseline: textBaseline(l.box), text: points[i]!.text, keep: points[i]!.keep === true }));
    // Where the plot is too small for every name (a phone, two labs), a name that would cover another
    // name or a marker is left out (the tooltip and the table still give it); the lab's best is always named.
    const marks = at.map((p) => ({ id: p.id, box: boxAround(p.x, p.y, MARK_RADIUS - 2) }));
    const kept: typeof placed = [];
    for (const l of placed) {
      const clash = kept.some((k) => clashes(k.box, l.box)) || marks.some((mk) => mk.id !== l.id && clashes(mk.box, l.box));
      if (l.keep || !clash) kept.push(l);
    }
    return kept;
  }, [points, frame, width]);
  return (
    <svg className="lab-chart__labels" width={width} height={height} aria-hidden="true">
      {placed.map((l) => (
        <text key={l.id} x={l.textX} y={l.baseline} textAnchor={l.anchor} className="lab-chart__label svg-halo-label">
          {l.text}
        </text>
      ))}
    </svg>
  );
}
