/** ストーリーモード（日本語）：en/story.ts と同じ形。 */
import type { story as en } from '../en/story';

export const story: typeof en = {
  title: 'ストーリーで読むレポート',
  link: 'レポートをストーリーで読む',
  navLabel: 'ストーリー',
  progress: (step: number, total: number) => `全${total}ステップ中${step}`,
  stepsLabel: 'ストーリーのステップ',
  back: '戻る',
  next: '次へ',
  restart: '最初から',
  explore: 'このビューを詳しく見る',
  keysHint: '← と → でステップを移動できます。タッチ画面ではスワイプできます。',
  sourceVoice: '元の文書の記述',
  dataVoice: 'データが示すこと',
  paragraph: (n: number) => `元の文書の第 ${n} 段落`,
  quoteLanguage: '元の文書（日本語の機械翻訳）からの原文のままの引用です。〔注〕は崩れている箇所の説明です。',
  sourcesLabel: '出典：',
  highlighted: (names: string) => `強調表示：${names}。`,
  notDrawn: (m: string) => `描画なし（この尺度の指数値なし）：${m}。`,
  tableCaption: 'このステップで強調表示するモデル',
  tableHeader: ['モデル', 'ラボ', '国', 'リリース', '指数', '状態'],
  figureSummary: (claim: string) => `${claim} 強調表示のモデルはそのまま描き、その他は薄く表示します。`,
  changeFilters: 'フィルターを変更',
  figures: { frontier: '知能フロンティアの推移', leaderboard: '指数順のモデル', price: '指数とブレンド API 価格' },
  steps: {
    s1: {
      unit: 'レポート時点の米中フロンティアの差（ポイント）',
      title: '学生から競争相手へ',
      claim: '米国と中国のフロンティアの推移：差は 2023 年から 2025 年初めにかけて縮まった。',
      data: (us2023: string, cn2023: string, gap2023: number, usNow: string, cnNow: string, gapNow: number) =>
        `2023 年末の米国の最高モデルは ${us2023}、中国は ${cn2023} で、差は ${gap2023} ポイント。レポートの時点では米国が ${usNow}、中国が ${cnNow} で、差は ${gapNow} ポイント。`,
    },
    s2: {
      unit: 'o1 と R1 の測定値の差（ポイント）',
      title: 'DeepSeek-R1 と o1',
      claim: 'リーダーボードで R1 は o1 の隣にあるが、見出しの差と測定値の差は異なる。',
      data: (r1: number, o1Stated: number, headlineGap: number, o1Measured: number, measuredGap: number) =>
        `見出しは R1 の ${r1} と、記述された o1 の ${o1Stated} を比べており、差は ${headlineGap} ポイント。同じスナップショットの測定値では o1 は ${o1Measured} で、差は ${measuredGap} ポイント。`,
    },
    s3: {
      unit: '出典によると、レポートまでに推論モデルを出した中国のラボの数',
      title: '推論モデルの波',
      claim: '中国の各ラボの最初の推論モデルを、レポートの「7 つのラボ」と比べる。',
      data: (claimed: string, supported: number, byDate: number) =>
        `レポートは ${claimed} つのラボとしている。出典で確認できる、レポートまでに推論モデルを出した中国のラボは ${supported} つ。データセット内の日付のある中国の推論モデルをすべて数えると（月までの日付はその月の 1 日として）${byDate} つ。${claimed} つを名指しする出典はない。`,
    },
    s4: {
      unit: '最高のスタートアップモデルが最高の大手テックモデルを上回るポイント',
      title: '大手テック企業とスタートアップ',
      claim: '中国のラボを並べて：テック大手の主力モデルとスタートアップの主力モデル。',
      data: (bigTech: string, bigTechValue: number, startup: string, startupValue: number) =>
        `レポートの時点で、評価が最も高い中国の大手テック企業のモデルは ${bigTech}（${bigTechValue}）、スタートアップでは ${startup}（${startupValue}）。スタートアップが ${startupValue - bigTechValue} ポイント上回る。`,
    },
    s5: {
      unit: '中国の最高のオープンウェイトモデルが米国を上回るポイント',
      title: 'オープンウェイトで先行する中国',
      claim: 'オープンウェイトのフロンティア：中国の最高のオープンモデルと米国のもの。',
      data: (cn: string, cnValue: number, us: string, usValue: number, o1Value: number) =>
        `レポートの時点で、中国の最高のオープンウェイトモデルは ${cn}（${cnValue}）、米国は ${us}（${usValue}）。中国が ${cnValue - usValue} ポイント上回り、o1（${o1Value}）との差は ${o1Value - cnValue} ポイント。`,
    },
    s6: {
      unit: 'o1 のトークン単価が R1 の何倍か',
      title: '価格に見合う知能',
      claim: '知能と価格：R1 は o1 に近い指数を、わずかな価格で実現している。',
      data: (r1Price: string, o1Price: string, ratio: number) =>
        `2025 年 2 月のブレンド API 価格（入力 3 : 出力 1）は、100 万トークンあたり DeepSeek-R1 が ${r1Price}、o1 が ${o1Price}。o1 は R1 の ${ratio} 倍。元の文書は価格に触れていない。`,
    },
    s7: {
      unit: '中国向けに設計され、2025 年初めにも販売できたアクセラレーターの数',
      title: '輸出規制',
      claim: 'フロンティアの時間軸上の規制と、その基準を下回るよう設計されたチップ。',
      data: (allowed: number, h20Tpp: string, l20Tpp: string, a100Tpp: string) =>
        `データセットには、中国向けに設計され 2025 年初めにも中国で販売できたアクセラレーターが ${allowed} 種ある。H20 の総処理性能（TPP）は ${h20Tpp}、L20 は ${l20Tpp}。2022 年から規制されている A100 は ${a100Tpp}。`,
    },
    s8: {
      unit: 'データセット内でレポート後にリリースされたモデルの数',
      title: '展望と、レポートの後',
      claim: 'レポート後のリリースを含むフロンティア。レポート後であることを明示する。',
      data: (later: number, o3Value: string, o3Released: string) =>
        `データセットの ${later} モデルはレポートの後にリリースされた。元の文書は o3 を ${o3Value} で 1 位としているが、o3 のリリースは ${o3Released} でレポートより後。その ${o3Value} は推定値。`,
    },
  },
};
