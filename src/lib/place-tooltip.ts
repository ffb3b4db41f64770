/**
 * Where a chart puts a tooltip it positions itself, in the chart box's px: beside the point, on the side
 * with room; when neither side has room for `maxWidth` (a phone), across the box above or below the
 * point. The tooltip never leaves the box horizontally. Pure.
 */
export interface TooltipPlacement {
  left: number;
  maxWidth: number;
  top?: number;
  bottom?: number;
}

export interface PlaceTooltipInput {
  /** The point, in box px. */
  x: number;
  y: number;
  /** The box's size. */
  width: number;
  height: number;
  /** The tooltip's widest size. */
  maxWidth: number;
  /** Gap between the point and the tooltip. */
  gap?: number;
  /** The lowest top edge for a tooltip beside the point (so a tall one does not run off the bottom). */
  maxTop?: number;
}

export function placeTooltip({ x, y, width, height, maxWidth, gap = 14, maxTop = height }: PlaceTooltipInput): TooltipPlacement {
  const w = Math.max(0, Math.min(maxWidth, width));
  const top = Math.max(0, Math.min(y - 10, maxTop));
  if (x + gap + w <= width) return { left: x + gap, top, maxWidth: w };
  if (x - gap - w >= 0) return { left: x - gap - w, top, maxWidth: w };
  // No room beside the point: centred on it, clamped to the box, below it in the top half, above it in the bottom half.
  const left = Math.max(0, Math.min(width - w, x - w / 2));
  return y < height / 2 ? { left, top: y + gap, maxWidth: w } : { left, bottom: height - y + gap, maxWidth: w };
}

/**
 * How far to move a tooltip sideways so that it lies inside the viewport with `margin` px to spare:
 * negative to move left, positive to move right, 0 when it fits. A tooltip wider than the room is
 * aligned to the left margin. Applied by the shared tooltip after layout, whoever placed it.
 */
export function viewportShift(box: { left: number; right: number }, viewportWidth: number, margin = 8): number {
  if (viewportWidth <= 0) return 0;
  if (box.left < margin) return margin - box.left;
  if (box.right > viewportWidth - margin) return Math.max(margin - box.left, viewportWidth - margin - box.right);
  return 0;
}
