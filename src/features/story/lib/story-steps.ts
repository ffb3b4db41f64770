/**
 * The story's eight steps as data: for each, the source document's quotes, the figure and the state it
 * is shown in (a view-state partial, written through the URL codec), the models it highlights, and
 * `whatTheDataSays`, the live number(s) with their sources. Pure.
 */
import type { DatasetIndex } from '../../../data/dataset-index';
import { formatNumber, formatPartialDate, formatUsd } from '../../../lib/format';
import { messages, type StoryLang } from '../../../messages/story';
import type { FilterState } from '../../../stores/filters/filters-url';
import type { QuoteId } from './source-quotes';
import { afterTheReport, bigTechVersusStartups, chipsUnderTheLine, frontierGap, openWeightsLead, priceRatio, r1VersusO1, reasoningLabs, sourcesOf } from './story-facts';

/** The figures a step can show: each is an existing view's figure, drawn from that view's chunk. */
export type StoryFigure = 'frontier' | 'leaderboard' | 'price';
/** The view "Explore this view" opens for each figure. */
export const FIGURE_VIEW: Record<StoryFigure, 'timeline' | 'leaderboard' | 'price'> = { frontier: 'timeline', leaderboard: 'leaderboard', price: 'price' };

export interface DataSays {
  /** The step's headline number, shown large and checked by the tests. */
  primary: number;
  /** The sentence that states it, in the reader's language. */
  text: string;
  /** Source keys of the values used. */
  sources: string[];
}

export interface StoryStep {
  quotes: readonly QuoteId[];
  figure: StoryFigure;
  /** The view state the figure starts in (the rest is the default view). */
  state: Partial<FilterState>;
  /** Models drawn in full; the others are faded. */
  highlight: readonly string[];
  whatTheDataSays: (index: DatasetIndex, lang: StoryLang) => DataSays;
}

/** The steps' sentences in the active language (the live table); `lang` picks the quotes' language elsewhere. */
const say = (_lang: StoryLang) => messages.story.steps;
const num = (n: number | null) => formatNumber(n);

export const STORY_STEPS: readonly StoryStep[] = [
  {
    quotes: ['studentToCompetitor', 'gapNarrowed'],
    figure: 'frontier',
    state: {},
    highlight: ['gpt-4-turbo', 'deepseek-llm-67b', 'o1', 'deepseek-r1'],
    whatTheDataSays: (index, lang) => {
      const f = frontierGap(index);
      const label = (p: { name: string; value: number }) => `${p.name} (${p.value})`;
      return {
        primary: f.gapNow,
        text: say(lang).s1.data(label(f.us2023), label(f.cn2023), f.gap2023, label(f.usNow), label(f.cnNow), f.gapNow),
        sources: sourcesOf(index, [f.us2023.id, f.cn2023.id, f.usNow.id, f.cnNow.id]),
      };
    },
  },
  {
    quotes: ['r1NearO1', 'r1WithinMonths'],
    figure: 'leaderboard',
    state: { reasoning: 'reasoning' },
    highlight: ['deepseek-r1', 'o1'],
    whatTheDataSays: (index, lang) => {
      const f = r1VersusO1(index);
      const o1Sources = index.modelsById.get('o1')?.scores.flatMap((s) => s.sources) ?? [];
      return {
        primary: f.measuredGap,
        text: say(lang).s2.data(f.r1, f.o1Stated, f.headlineGap, f.o1Measured, f.measuredGap),
        sources: [...new Set([...sourcesOf(index, ['deepseek-r1']), ...o1Sources])],
      };
    },
  },
  {
    quotes: ['sevenLabs', 'reasoningWave'],
    figure: 'leaderboard',
    state: { region: 'cn', reasoning: 'reasoning' },
    // The first reasoning model of each lab the sources support (the unrated ones are named as not drawn).
    highlight: ['deepseek-r1-lite-preview', 'qwq-32b-preview', 'kimi-k1-5', 'glm-zero-preview', 'baichuan-m1-preview', 'step-r-mini', 'spark-x1', 'skywork-o1'],
    whatTheDataSays: (index, lang) => {
      const f = reasoningLabs(index);
      return {
        primary: f.supported,
        text: say(lang).s3.data(num(f.claimed), f.supported, f.byDate),
        sources: [...new Set([...(index.reasoningLabsClaim?.sources ?? []), ...(index.reasoningLabsClaim?.supported.flatMap((s) => s.sources) ?? [])])],
      };
    },
  },
  {
    quotes: ['bigTech', 'startups'],
    figure: 'leaderboard',
    state: { region: 'cn' },
    highlight: ['qwen2-5-max', 'qwq-32b-preview', 'ernie-4-0-turbo', 'doubao-1-5-pro', 'hunyuan-large', 'deepseek-r1', 'kimi-k1-5', 'glm-zero-preview', 'baichuan-m1-preview', 'step-r-mini'],
    whatTheDataSays: (index, lang) => {
      const f = bigTechVersusStartups(index);
      return {
        primary: f.startup.value - f.bigTech.value,
        text: say(lang).s4.data(f.bigTech.name, f.bigTech.value, f.startup.name, f.startup.value),
        sources: sourcesOf(index, [f.bigTech.id, f.startup.id]),
      };
    },
  },
  {
    quotes: ['openWeights'],
    figure: 'frontier',
    state: { openFrontier: true },
    highlight: ['deepseek-r1', 'qwen2-5-72b-instruct', 'phi-4', 'o1'],
    whatTheDataSays: (index, lang) => {
      const f = openWeightsLead(index);
      return {
        primary: f.cn.value - f.us.value,
        text: say(lang).s5.data(f.cn.name, f.cn.value, f.us.name, f.us.value, f.o1),
        sources: sourcesOf(index, [f.cn.id, f.us.id, 'o1']),
      };
    },
  },
  {
    quotes: ['adaptability'],
    figure: 'price',
    state: {},
    highlight: ['deepseek-r1', 'o1'],
    whatTheDataSays: (index, lang) => {
      const f = priceRatio(index);
      const priceSources = ['deepseek-r1', 'o1'].flatMap((id) => index.modelsById.get(id)?.price?.sources ?? []);
      return { primary: f.ratio, text: say(lang).s6.data(formatUsd(f.r1), formatUsd(f.o1), f.ratio), sources: [...new Set(priceSources)] };
    },
  },
  {
    quotes: ['exportControls'],
    figure: 'frontier',
    state: {},
    highlight: ['deepseek-v3', 'deepseek-r1'],
    whatTheDataSays: (index, lang) => {
      const f = chipsUnderTheLine(index);
      const chipSources = index.data.chips.filter((c) => ['h20', 'l20', 'a100-sxm4-80gb'].includes(c.id)).flatMap((c) => c.sources);
      return { primary: f.allowed, text: say(lang).s7.data(f.allowed, num(f.h20), num(f.l20), num(f.a100)), sources: [...new Set(chipSources)] };
    },
  },
  {
    quotes: ['outlook'],
    figure: 'frontier',
    state: { scope: 'all' },
    highlight: ['o3', 'qwq-32b', 'claude-3-7-sonnet', 'gpt-4-5', 'deepseek-r1', 'o3-mini'],
    whatTheDataSays: (index, lang) => {
      const f = afterTheReport(index);
      return {
        primary: f.later,
        text: say(lang).s8.data(f.later, num(f.o3Value), formatPartialDate(f.o3Released)),
        sources: [...new Set([...sourcesOf(index, ['o3']), ...(index.modelsById.get('o3')?.sources ?? [])])],
      };
    },
  },
];

export const STEP_COUNT = STORY_STEPS.length;
