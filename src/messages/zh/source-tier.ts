import type { sourceTier as en } from '../en/source-tier';

/** The tier of a value's most direct source, in words (never colour alone); the rule is on the About page. */
export const sourceTier: typeof en = {
  primary: '一手来源',
  secondary: '二手来源',
  tertiary: '三手来源',
  /** A tier whose sources have no public address: "一手来源，无公开网址". */
  noAddress: (tier: string) => `${tier}，无公开网址`,
  label: '来源层级',
  /** Whose value a tier belongs to on the headline readouts: "美国最佳". */
  sideBest: (side: string) => `${side}最佳`,
};
