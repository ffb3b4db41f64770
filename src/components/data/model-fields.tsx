/**
 * The dataset's per-model fields (price, parameters, context, licence) as cells: the value, or why it
 * is missing ("not disclosed", "unknown"), never 0. Shared by the leaderboard, lab profiles and the model detail.
 */
import type { ReactNode } from 'react';
import { blendedPrice } from '../../data/blended-price';
import type { Model } from '../../data/dataset.schema';
import { formatParams, formatTokens, formatUsd } from '../../lib/format';
import { messages } from '../../messages';

const missing = (status: Model['price']['status']): ReactNode => <span className="unknown">{messages.common.missingField[status]}</span>;

export function PriceCell({ model }: { model: Model }) {
  const { price } = model;
  const blended = blendedPrice(price);
  if (blended !== null) return <>{formatUsd(blended)}</>;
  if (price.inputUsdPerM !== null)
    return (
      <>
        {missing(price.status)} <span className="field-note">({messages.common.inputOnly(formatUsd(price.inputUsdPerM))})</span>
      </>
    );
  return missing(price.status);
}

export function ParamsCell({ model }: { model: Model }) {
  const { totalB, activeB, status } = model.parameters;
  return totalB === null ? missing(status) : <>{formatParams(totalB, activeB, messages.common.paramsWithActive)}</>;
}

export function ContextCell({ model }: { model: Model }) {
  const { tokens, apiTokens, status } = model.context;
  if (tokens === null) return apiTokens === null ? missing(status) : <>{messages.common.apiLimit(formatTokens(apiTokens))}</>;
  return (
    <>
      {formatTokens(tokens)}
      {apiTokens !== null && apiTokens !== tokens && <span className="field-note"> ({messages.common.apiLimit(formatTokens(apiTokens))})</span>}
    </>
  );
}

export function LicenceCell({ model }: { model: Model }) {
  const { name, status } = model.licence;
  return name === null ? missing(status) : <>{name}</>;
}
