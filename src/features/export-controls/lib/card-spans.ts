/** The event cards' grid. Pure. */

/**
 * Each card's width in a six-column grid, so that rows fill without holes and date order holds: a rule
 * takes a whole row (its readout beside it); the other events between two rules share rows, three to a
 * row, and a row's leftover one or two take the row between them.
 */
export function cardSpans(rule: readonly boolean[]): number[] {
  const spans: number[] = [];
  let run: number[] = [];
  const flush = () => {
    const full = Math.floor(run.length / 3) * 3;
    const rest = run.length - full;
    run.forEach((_, i) => spans.push(i < full ? 2 : 6 / rest));
    run = [];
  };
  rule.forEach((r, i) => {
    if (r) {
      flush();
      spans.push(6);
    } else {
      run.push(i);
    }
  });
  flush();
  return spans;
}
