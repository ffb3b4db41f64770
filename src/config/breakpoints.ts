/**
 * The widths (CSS px) where the layout changes, for CSS and JS alike. A stylesheet writes them as
 * `@media (max-width: <value>px)` (or `min-width: <value + 1>px` for the other side); a test checks that
 * every media query in src uses one of these, so a new width has to be added here first.
 */
export const BREAKPOINTS = {
  /** Phones: one column, smaller type, compact chart margins. */
  phone: 640,
  /** Small tablets: side-by-side panels stack (filters, China-vs-US readouts). */
  tablet: 760,
  /** Below this the labs compare layout stacks. */
  wide: 900,
} as const;

export type Breakpoint = keyof typeof BREAKPOINTS;

/** Whether a box of `width` px is on the narrow side of `breakpoint` (what `max-width: <breakpoint>px` matches). */
export function isAtMost(width: number, breakpoint: Breakpoint): boolean {
  return width <= BREAKPOINTS[breakpoint];
}
