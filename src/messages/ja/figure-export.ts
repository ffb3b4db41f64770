import type { figureExport as en } from '../en/figure-export';

export const figureExport: typeof en = {
  share: {
    copyLink: 'この図へのリンクをコピー',
    copied: 'リンクをコピーしました',
    copyRefused: 'ブラウザーがコピーを許可しませんでした。下のリンクを選択してコピーしてください：',
    linkLabel: 'この図へのリンク',
    nativeShare: '共有…',
    shareFailed: '共有シートを開けませんでした。',
    copyEmbed: '埋め込みコードをコピー',
    embedCopied: '埋め込みコードをコピーしました',
    embedLabel: '埋め込みコード（iframe）',
  },
  download: {
    png: '画像（PNG、2倍）',
    svg: '画像（SVG）',
    csv: '表示中のデータ（CSV）',
    dataset: 'データセット全体（JSON）',
    working: 'ファイルを準備しています…',
    done: (file: string) => `${file} をダウンロードしました`,
    failed: (reason: string) => `ダウンロードに失敗しました：${reason}`,
  },
  cite: {
    text: '引用文をコピー',
    bibtex: 'BibTeXをコピー',
    copied: '引用文をコピーしました',
    copyRefused: 'ブラウザーがコピーを許可しませんでした。下のテキストを選択してコピーしてください：',
    textLabel: '引用文',
    bibtexLabel: 'BibTeX',
  },
  errors: {
    noChart: 'グラフがページ上にありません',
    canvasBlocked: 'ブラウザーが画像の描画を拒否しました（canvasがブロックされています）',
    imageLoad: '画像を生成できませんでした',
    encode: 'ブラウザーがPNGをエンコードできませんでした',
    unknown: '予期しないエラーが発生しました',
  },
  print: {
    source: (source: string, asOf: string) => `出典：${source}。データは${asOf}時点。`,
    scale: (scale: string) => `インデックス：${scale}。`,
    url: (url: string) => url,
  },
  embed: {
    openFull: '完全なビューを開く',
    sourceLabel: '出典',
  },
  preview: {
    heading: '中国AIダッシュボード',
    subheading: (report: string, count: number) => `${report}：インデックス上位${count}件のモデル`,
    source: (publisher: string, report: string, asOf: string) => `出典：${publisher}「${report}」。データは${asOf}時点。`,
    scale: (scale: string) => `インデックス：${scale}。`,
    estimate: '「+」：Artificial Analysisによる推定値（まだ独自に評価されていない）。',
    asStated: '「*」：レポートの解説記事にのみ記載された値。',
    alt: (count: number) => `Artificial Analysisのインデックス上位${count}件のモデルの棒グラフ。地域別に色分け：中国、米国、その他の国。`,
  },
  csv: {
    status: 'インデックスの区分',
    scale: 'インデックスの尺度',
    sourceIds: '情報源ID',
    sourceUrls: '情報源URL',
    releaseDate: 'リリース日',
  },
};
