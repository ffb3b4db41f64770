import type { errors as en } from '../en/errors';

/** What a failed load and an unknown path say: loaded only when one happens (the shared `common.error` keeps the rest). */
export const errors: typeof en = {
  dataset: {
    network: (detail: string) => `网络请求失败。${detail}`,
    http: (status: number, url: string) => `服务器对 ${url} 返回了 HTTP ${status}。`,
    json: (url: string) => `${url} 处的文件不是有效的 JSON：可能被截断或已损坏。`,
    html: (url: string) => `在 ${url} 未找到数据集：服务器返回的是网页，而不是数据文件。请检查该文件是否已部署在此路径。`,
    empty: (url: string) => `${url} 处的文件为空。`,
    tooLarge: (url: string, limit: string) => `${url} 处的文件超过${limit}的上限，因此未读取。`,
    timeout: (url: string, seconds: number) => `服务器未在${seconds}秒内发送 ${url}，因此请求已中止。`,
    invalid: (count: number) => `数据集未通过校验（${count}个问题）。其中任何内容都不会显示，以免错误的数字出现在屏幕上。前几个问题：`,
    unknown: '发生了意外错误。',
  },
  notFound: {
    title: '页面未找到',
    body: (path: string) => `“${path}”处没有视图。`,
    back: '前往排行榜',
  },
};
