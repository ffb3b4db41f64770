import { useDataset } from '../../data/dataset-queries';
import { valueTier } from '../../lib/source-tier';
import { messages } from '../../messages/source-tier';

/**
 * A short tag with the tier of a value's most direct source ("primary source, no public address"),
 * in words; nothing when no source is known.
 */
export function SourceTierTag({ ids }: { ids: readonly string[] }) {
  const index = useDataset();
  const t = valueTier(ids, index.sourcesById);
  if (!t) return null;
  const m = messages.sourceTier;
  return (
    <span className={`tag tier-tag tier-tag--${t.tier}`} data-tier={t.tier}>
      {t.publicAddress ? m[t.tier] : m.noAddress(m[t.tier])}
    </span>
  );
}
