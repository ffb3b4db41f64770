import { memo, useId } from 'react';
import { RegionMarkerIcon } from '../../../components/charts/region-marker';
import type { ModelRow } from '../../../data/dataset-index';
import { messages } from '../../../messages/price';
import { formatUsd } from '../../../lib/format';
import type { NotPricedRow } from '../lib/select-price';

/** The filtered models the scatter cannot draw: without a blended price, or priced but not rated. Never drawn at 0. */
export const NotPricedList = memo(function NotPricedList({ notPriced, notRated, onSelect }: { notPriced: readonly NotPricedRow[]; notRated: readonly ModelRow[]; onSelect: (id: string) => void }) {
  const m = messages.price.notPriced;
  const titleId = useId();
  const ratedId = useId();
  const item = (row: ModelRow, note: string | null) => (
    <li key={row.model.id}>
      <RegionMarkerIcon region={row.region} />{' '}
      <button type="button" className="link-button" onClick={() => onSelect(row.model.id)}>
        {row.model.name}
      </button>{' '}
      <span className="price-missing__lab">{row.lab.name}</span>
      {note && <span className="price-missing__note"> ({note})</span>}
    </li>
  );
  return (
    <div className="price-missing">
      {notPriced.length > 0 && (
        <section aria-labelledby={titleId}>
          <h2 id={titleId}>{m.title}</h2>
          <p>{m.intro(notPriced.length)}</p>
          <ul className="price-missing__list" data-testid="not-priced">
            {notPriced.map(({ row, inputOnly }) => item(row, inputOnly && row.model.price.inputUsdPerM !== null ? m.inputOnly(formatUsd(row.model.price.inputUsdPerM)) : m.noPrice))}
          </ul>
        </section>
      )}
      {notRated.length > 0 && (
        <section aria-labelledby={ratedId}>
          <h2 id={ratedId}>{m.notRatedTitle}</h2>
          <p>{m.notRatedIntro(notRated.length)}</p>
          <ul className="price-missing__list">{notRated.map((row) => item(row, messages.common.notRated))}</ul>
        </section>
      )}
    </div>
  );
});
