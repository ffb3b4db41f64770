import type { sourceTier as en } from '../en/source-tier';

/** The tier of a value's most direct source, in words (never colour alone); the rule is on the About page. */
export const sourceTier: typeof en = {
  primary: '一次情報源',
  secondary: '二次情報源',
  tertiary: '三次情報源',
  /** A tier whose sources have no public address: "一次情報源、公開アドレスなし". */
  noAddress: (tier: string) => `${tier}、公開アドレスなし`,
  label: '情報源のレベル',
  /** Whose value a tier belongs to on the headline readouts: "米国の最高". */
  sideBest: (side: string) => `${side}の最高`,
};
