/** The scatter's table twin and CSV rows, and its summary inputs: what is drawn, as text. Pure. */
import type { CsvCell } from '../../../lib/csv';
import { formatPartialDate, formatScore } from '../../../lib/format';
import type { PricePoint } from './select-price';

/** Round a price for the table and CSV without inventing precision (3 significant digits). */
const usd = (v: number | null): number | null => (v === null ? null : Number(v.toPrecision(3)));

export function priceTableRows(
  points: readonly PricePoint[],
  frontierIds: ReadonlySet<string>,
  words: { country: (code: string) => string; status: (s: PricePoint['status']) => string; yes: string; no: string },
): CsvCell[][] {
  // Best first, as a reader scans a table; the chart's x order is in the price column.
  return [...points]
    .sort((a, b) => b.value - a.value || a.price - b.price)
    .map((p) => {
      const { price } = p.row.model;
      return [
        p.row.model.name,
        p.row.lab.name,
        words.country(p.row.lab.country),
        formatScore(p.value, p.status),
        words.status(p.status),
        usd(price.inputUsdPerM),
        usd(price.outputUsdPerM),
        usd(p.price),
        price.asOf ? formatPartialDate(price.asOf) : null,
        price.provider,
        frontierIds.has(p.id) ? words.yes : words.no,
      ];
    });
}
