import { SourceTierTag } from '../../../components/data/source-tier-tag';
import { messages } from '../../../messages';
import { messages as tierMessages } from '../../../messages/source-tier';
import type { GapReadout } from '../lib/select-china-us';

/**
 * "US best: primary source · CN best: secondary source": the tier of the sources behind each side's value
 * (its first model's). A side with no value has no tier line.
 */
export default function ReadoutTiers({ gap }: { gap: GapReadout }) {
  const sides = [['us', gap.us], ['cn', gap.cn]] as const;
  const shown = sides.flatMap(([side, best]) => (best?.rows[0] ? [{ side, ids: best.rows[0].score.sources }] : []));
  if (shown.length === 0) return null;
  return (
    <p className="readout__tiers">
      {shown.map((s, i) => (
        <span key={s.side}>
          {i > 0 && ' · '}
          {tierMessages.sourceTier.sideBest(messages.common.regionShort[s.side])}: <SourceTierTag ids={s.ids} />
        </span>
      ))}
    </p>
  );
}
