import type { ReactNode } from 'react';
import { SourceLinks } from '../../components/data/source-links';
import { blendedPrice } from '../../data/blended-price';
import type { Model } from '../../data/dataset.schema';
import { formatNumber, formatPartialDate, formatTokens, formatUsd } from '../../lib/format';
import { messages } from '../../messages/model-detail';

const m = messages.modelDetail;

type Provenance = Pick<Model['price'], 'status' | 'sources' | 'note'>;

/** How a field is known: its status in words, its sources and note. */
function Provenance({ field }: { field: Provenance }) {
  return (
    <span className="detail-facts__note">
      {m.fields.status[field.status]}
      {field.sources.length > 0 && (
        <>
          {' '}
          <SourceLinks ids={field.sources} />
        </>
      )}
      {field.note && <> · {field.note}</>}
    </span>
  );
}

const missing = (field: Provenance): ReactNode => <span className="unknown">{messages.common.missingField[field.status]}</span>;
const usd = (v: number | null) => (v === null ? messages.common.unknown : formatUsd(v));

function PriceFact({ price }: { price: Model['price'] }) {
  const blended = blendedPrice(price);
  const f = m.fields;
  if (price.inputUsdPerM === null && price.outputUsdPerM === null) return missing(price);
  return (
    <>
      {blended === null ? missing(price) : f.blended(formatUsd(blended))}
      <span className="detail-facts__note">
        {f.inputOutput(usd(price.inputUsdPerM), usd(price.outputUsdPerM))}
        {price.asOf && `, ${f.asOf(formatPartialDate(price.asOf))}`}
        {price.provider && `. ${f.provider(price.provider, price.basis ? f.basis[price.basis] : null)}`}
      </span>
      {price.original && (
        <span className="detail-facts__note">
          {f.original(price.original.input === null ? messages.common.unknown : formatNumber(price.original.input), price.original.output === null ? messages.common.unknown : formatNumber(price.original.output))},{' '}
          {f.rate(formatNumber(price.original.perUsd))}
        </span>
      )}
    </>
  );
}

/** The model's price, parameters, context window and licence, each with how it is known. Unknown is never 0. */
export function ModelFieldsSection({ model, titleId }: { model: Model; titleId: string }) {
  const f = m.fields;
  const { parameters: p, context: c, licence: l } = model;
  return (
    <section className="detail-section" aria-labelledby={`${titleId}-fields`}>
      <h3 id={`${titleId}-fields`}>{m.fieldsHeading}</h3>
      <dl className="detail-facts">
        <dt>{f.price}</dt>
        <dd>
          <PriceFact price={model.price} />
          <Provenance field={model.price} />
        </dd>
        <dt>{f.parameters}</dt>
        <dd>
          {p.totalB === null ? missing(p) : m.parameters(formatNumber(p.totalB), p.activeB === null ? null : formatNumber(p.activeB))}
          <Provenance field={p} />
        </dd>
        <dt>{f.context}</dt>
        <dd>
          {c.tokens === null ? missing(c) : f.contextValue(formatTokens(c.tokens), formatNumber(c.tokens))}
          {c.apiTokens !== null && c.apiTokens !== c.tokens && <span className="detail-facts__note">{f.apiLimit(formatTokens(c.apiTokens))}</span>}
          <Provenance field={c} />
        </dd>
        <dt>{f.licence}</dt>
        <dd>
          {l.name ?? missing(l)}
          <Provenance field={l} />
        </dd>
      </dl>
    </section>
  );
}
