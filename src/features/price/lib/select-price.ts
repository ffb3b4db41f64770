/**
 * Dataset + filters → the intelligence-vs-price points: every filtered model with both an index value and
 * a blended price, and the ones left out ("not priced", "not rated"), never drawn at 0. Pure.
 */
import { blendedPrice } from '../../../data/blended-price';
import type { DatasetIndex, ModelRow } from '../../../data/dataset-index';
import type { RowFilters } from '../../../filters/filter-state';
import { applyFilters } from '../../../filters/row-predicate';
import type { Region } from '../../../lib/regions';

export type ScoreStatus = NonNullable<ModelRow['score']>['status'];

export interface PricePoint {
  id: string;
  row: ModelRow;
  /** Blended USD per million tokens (3 input : 1 output); always > 0 on a log axis. */
  price: number;
  /** Index value on the primary scale. */
  value: number;
  status: ScoreStatus;
  region: Region;
  open: boolean;
}

export interface NotPricedRow {
  row: ModelRow;
  /** Only the input price is known: a blended price needs both. */
  inputOnly: boolean;
}

export interface PriceSelection {
  /** Rated and priced, cheapest first (equal prices by index, best first). */
  points: PricePoint[];
  /** Rows without a blended price (listed as "not priced", never 0). */
  notPriced: NotPricedRow[];
  /** Priced rows without an index value. */
  notRated: ModelRow[];
  /** Rows that pass the filters, and rows in the dataset. */
  shown: number;
  total: number;
}

/** Splits rows into points, "not priced" and "not rated". A price of 0 cannot sit on a log axis: it counts as not priced. */
export function toPricePoints(rows: readonly ModelRow[]): Omit<PriceSelection, 'shown' | 'total'> {
  const points: PricePoint[] = [];
  const notPriced: NotPricedRow[] = [];
  const notRated: ModelRow[] = [];
  for (const row of rows) {
    const price = blendedPrice(row.model.price);
    if (price === null || !(price > 0)) {
      notPriced.push({ row, inputOnly: row.model.price.inputUsdPerM !== null && row.model.price.outputUsdPerM === null });
    } else if (row.score === null) {
      notRated.push(row);
    } else {
      points.push({ id: row.model.id, row, price, value: row.score.value, status: row.score.status, region: row.region, open: row.model.openWeights === true });
    }
  }
  points.sort((a, b) => a.price - b.price || b.value - a.value || a.row.model.name.localeCompare(b.row.model.name));
  return { points, notPriced, notRated };
}

export function selectPrice(index: DatasetIndex, filters: RowFilters): PriceSelection {
  const rows = applyFilters(index.rows, filters);
  return { ...toPricePoints(rows), shown: rows.length, total: index.rows.length };
}
