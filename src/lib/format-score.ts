/** The mark the report puts after an estimated index value ("94+"). Notation, not prose. */
export const ESTIMATE_MARK = '+';

const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/**
 * An index value as the report writes it: the number, and "+" after it when it is an estimate ("94+").
 * Every chart, table, tooltip and sentence shows a score through this one function.
 */
export function formatScore(value: number, status?: string | null): string {
  const number = Number.isInteger(value) ? integer.format(value) : oneDecimal.format(value);
  return status === 'estimate' ? `${number}${ESTIMATE_MARK}` : number;
}
