/**
 * The words of the empty-result diagnosis, shared by every view that filters models. Two wordings of
 * the same diagnosis: a list of rows ("shows 3 models") and a chart ("3 models to plot").
 */
import type { EmptyWording, filters as en } from '../en/filters';

const rows: EmptyWording = {
  title: '没有符合这些筛选条件的模型',
  because: '以下每个筛选条件，单独移除后都能让模型重新出现：',
  noFilters: '数据集中没有可在此显示的模型。',
  single: (label, n) => `移除“${label}”（显示${n}个模型）`,
  stillEmpty: (label) => `仅移除“${label}”仍然没有结果。`,
  together: (labels) => `${labels}共同作用后没有结果；并非其中某一个条件单独造成。`,
  resetAll: '移除所有筛选条件',
};

const plot: EmptyWording = {
  title: '没有可绘制的模型',
  because: '当前的筛选条件下，此时间范围内没有同时具备发布日期和指数值的模型。',
  noFilters: '数据集中，此时间范围内没有同时具备发布日期和指数值的模型。',
  single: (label, n) => `移除“${label}”（可绘制${n}个模型）`,
  stillEmpty: (label) => `仅移除“${label}”仍然没有可绘制的模型。`,
  together: (labels) => `${labels}共同作用后没有可绘制的模型；并非其中某一个条件单独造成。`,
  resetAll: '清除所有筛选条件',
};

export const filters: typeof en = {
  empty: { rows, plot },
  /** The scope every view shares: as of the report (default) or everything. `month` is "2025年2月". */
  scope: {
    legend: '数据范围',
    options: { report: '截至报告', all: '包括估计值和报告之后发布的模型' } as Record<'report' | 'all', string>,
    help: (day: string) => `截至报告：${day}及之前发布的模型，计入实测值和仅见于评述文章的数值；不计估计值（“+”）。`,
    /** The scope in words, for every headline and readout. */
    phrase: {
      report: (month: string) => `截至报告（${month}）：实测值和仅见于评述文章的数值`,
      all: (month: string) => `全部数值：包括估计值和报告（${month}）之后发布的模型`,
    } as Record<'report' | 'all', (month: string) => string>,
    chip: '已包括估计值和报告之后发布的模型',
    /** The one definition of the count above each view. */
    showing: (shown: number, inScope: number) => `显示范围内${inScope}个模型中的${shown}个。`,
  },
  /** A readout with one side empty: no winner is declared. */
  noComparison: {
    headline: '无法比较',
    because: (side: string, filters: string) => `当前选择中没有有评分的${side}模型；${filters}使这一方为空。`,
    becauseScope: (side: string) => `此数据范围内没有有评分的${side}模型。`,
  },
  /** “A”，“A”和“B”，“A”、“B”和“C”. */
  joinLabels: (labels: string[]): string => {
    const quoted = labels.map((l) => `“${l}”`);
    if (quoted.length <= 1) return quoted.join('');
    return `${quoted.slice(0, -1).join('、')}和${quoted[quoted.length - 1]}`;
  },
};
