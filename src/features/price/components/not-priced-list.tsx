import { memo, useId, useState } from 'react';
import { RegionMarkerIcon } from '../../../components/charts/region-marker';
import type { ModelRow } from '../../../data/dataset-index';
import { messages } from '../../../messages/price';
import { formatUsd } from '../../../lib/format';
import type { NotPricedRow } from '../lib/select-price';

/** Names listed at first; a 5,000-model dataset would otherwise draw thousands of them on each filter change. */
const LIST_PAGE = 100;

/** The filtered models the scatter cannot draw: without a blended price, or priced but not rated. Never drawn at 0. */
export const NotPricedList = memo(function NotPricedList({ notPriced, notRated, onSelect }: { notPriced: readonly NotPricedRow[]; notRated: readonly ModelRow[]; onSelect: (id: string) => void }) {
  const m = messages.price.notPriced;
  const [all, setAll] = useState(false);
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
            {(all ? notPriced : notPriced.slice(0, LIST_PAGE)).map(({ row, inputOnly }) => item(row, inputOnly && row.model.price.inputUsdPerM !== null ? m.inputOnly(formatUsd(row.model.price.inputUsdPerM)) : m.noPrice))}
          </ul>
          {!all && notPriced.length > LIST_PAGE && (
            <button type="button" onClick={() => setAll(true)}>
              {m.showAll(notPriced.length)}
            </button>
          )}
        </section>
      )}
      {notRated.length > 0 && (
        <section aria-labelledby={ratedId}>
          <h2 id={ratedId}>{m.notRatedTitle}</h2>
          <p>{m.notRatedIntro(notRated.length)}</p>
          <ul className="price-missing__list">{notRated.slice(0, all ? undefined : LIST_PAGE).map((row) => item(row, messages.common.notRated))}</ul>
        </section>
      )}
    </div>
  );
});
