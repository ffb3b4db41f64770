import type { errors as en } from '../en/errors';

export const errors: typeof en = {
  dataset: {
    network: (detail: string) => `ネットワーク要求が失敗しました。${detail}`,
    http: (status: number, url: string) => `サーバーは ${url} に対して HTTP ${status} を返しました。`,
    json: (url: string) => `${url} のファイルは正しいJSONではありません。途中で切れているか、壊れている可能性があります。`,
    html: (url: string) =>
      `${url} にデータセットがありませんでした。サーバーはデータファイルではなくウェブページを返しました。ファイルがそのパスに配置されているか確認してください。`,
    empty: (url: string) => `${url} のファイルは空です。`,
    tooLarge: (url: string, limit: string) => `${url} のファイルは上限の${limit}を超えているため、読み込みませんでした。`,
    timeout: (url: string, seconds: number) => `サーバーが${seconds}秒以内に ${url} を送らなかったため、要求を中止しました。`,
    invalid: (count: number) =>
      `データセットが検証に失敗しました（問題${count}件）。誤った数値が画面に出ないよう、何も表示していません。最初の問題：`,
    unknown: '予期しないエラーが発生しました。',
  },
  notFound: {
    title: 'ページが見つかりません',
    body: (path: string) => `「${path}」にビューはありません。`,
    back: 'リーダーボードへ',
  },
};
