/** ストーリーモード（日本語）：en/story.ts と同じ形。 */
import type { story as en } from '../en/story';

export const story: typeof en = {
  title: 'ストーリーで読むレポート',
  link: 'レポートをストーリーで読む',
  navLabel: 'ストーリー',
  progress: (step: number, total: number) => `ステップ${step}／${total}`,
  stepsLabel: 'ストーリーのステップ',
  back: '戻る',
  next: '次へ',
  restart: '最初から',
  explore: 'このビューを詳しく見る',
  keysHint: '←と→でステップを移動できます。タッチ画面ではスワイプできます。',
  sourceVoice: '原資料の記述',
  dataVoice: 'データが示すこと',
  paragraph: (n: number) => `原資料の第${n}段落`,
  quoteLanguage: '原資料（日本語の機械翻訳）の原文のままの引用です。〔注〕は崩れている箇所の説明です。',
  sourcesLabel: '出典：',
  highlighted: (names: string) => `強調表示：${names}。`,
  notDrawn: (m: string) => `描画なし（この尺度のインデックス値なし）：${m}。`,
  tableCaption: 'このステップで強調表示するモデル',
  tableHeader: ['モデル', 'ラボ', '国', 'リリース日', 'インデックス', '区分'],
  figureSummary: (claim: string) => `${claim}強調表示のモデルはそのまま描き、その他は薄く表示します。`,
  changeFilters: 'フィルターを変更',
  figures: { frontier: 'インテリジェンスのフロンティアの推移', leaderboard: 'インデックス順のモデル', price: 'インデックスとブレンドAPI価格' },
  steps: {
    s1: {
      unit: 'レポート時点の米中フロンティアの差（ポイント）',
      title: '学生から競争相手へ',
      claim: '米国と中国のフロンティアの推移：差は2023年から2025年初めにかけて縮まった。',
      data: (us2023: string, cn2023: string, gap2023: number, usNow: string, cnNow: string, gapNow: number) =>
        `2023年末の米国の最高モデルは${us2023}、中国は${cn2023}で、差は${gap2023}ポイント。レポートの時点では米国が${usNow}、中国が${cnNow}で、差は${gapNow}ポイント。`,
    },
    s2: {
      unit: 'o1とR1の実測値の差（ポイント）',
      title: 'DeepSeek-R1とo1',
      claim: 'リーダーボードでR1はo1の隣にあるが、見出しの差と実測値の差は異なる。',
      data: (r1: number, o1Stated: number, headlineGap: number, o1Measured: number, measuredGap: number) =>
        `見出しはR1の${r1}と、記載値によるo1の${o1Stated}を比べており、差は${headlineGap}ポイント。同じスナップショットの実測値ではo1は${o1Measured}で、差は${measuredGap}ポイント。`,
    },
    s3: {
      unit: '情報源によると、レポートまでに推論モデルを出した中国のラボの数（社）',
      title: '推論モデルの波',
      claim: '中国の各ラボの最初の推論モデルを、レポートの「7社のラボ」と比べる。',
      data: (claimed: string, supported: number, byDate: number) =>
        `レポートはラボを${claimed}社としている。情報源で確認できる、レポートまでに推論モデルを出した中国のラボは${supported}社。データセット内の日付のある中国の推論モデルをすべて数えると（月までの日付はその月の1日として）${byDate}社。${claimed}社を名指しする情報源はない。`,
    },
    s4: {
      unit: '最高のスタートアップのモデルが最高の大手テック企業のモデルを上回るポイント',
      title: '大手テック企業とスタートアップ',
      claim: '中国のラボを並べて：大手テック企業の主力モデルとスタートアップの主力モデル。',
      data: (bigTech: string, bigTechValue: number, startup: string, startupValue: number) =>
        `レポートの時点で、評価が最も高い中国の大手テック企業のモデルは${bigTech}（${bigTechValue}）、スタートアップでは${startup}（${startupValue}）。スタートアップが${startupValue - bigTechValue}ポイント上回る。`,
    },
    s5: {
      unit: '中国の最高のオープンウェイトモデルが米国を上回るポイント',
      title: 'オープンウェイトで先行する中国',
      claim: 'オープンウェイトのフロンティア：中国の最高のオープンウェイトモデルと米国のもの。',
      data: (cn: string, cnValue: number, us: string, usValue: number, o1Value: number) =>
        `レポートの時点で、中国の最高のオープンウェイトモデルは${cn}（${cnValue}）、米国は${us}（${usValue}）。中国が${cnValue - usValue}ポイント上回り、o1（${o1Value}）との差は${o1Value - cnValue}ポイント。`,
    },
    s6: {
      unit: 'o1のトークン単価がR1の何倍か',
      title: '価格に見合うインテリジェンス',
      claim: 'インテリジェンスと価格：R1はo1に近いインデックスを、わずかな価格で実現している。',
      data: (r1Price: string, o1Price: string, ratio: number) =>
        `2025年2月のブレンドAPI価格（入力3：出力1）は、100万トークンあたりDeepSeek-R1が${r1Price}、o1が${o1Price}。o1はR1の${ratio}倍。原資料は価格に触れていない。`,
    },
    s7: {
      unit: '中国向けに設計され、2025年初めにも販売できたアクセラレータの数（種）',
      title: '輸出管理',
      claim: 'フロンティアの時間軸上の規則と、そのしきい値を下回るよう設計されたチップ。',
      data: (allowed: number, h20Tpp: string, l20Tpp: string, a100Tpp: string) =>
        `データセットには、中国向けに設計され2025年初めにも中国で販売できたアクセラレータが${allowed}種ある。H20の総処理性能（TPP）は${h20Tpp}、L20は${l20Tpp}。2022年から規制対象のA100は${a100Tpp}。`,
    },
    s8: {
      unit: 'データセット内でレポート後にリリースされたモデルの数（件）',
      title: '展望と、レポートの後',
      claim: 'レポート後のリリースを含むフロンティア。レポート後であることを明示する。',
      data: (later: number, o3Value: string, o3Released: string) =>
        `データセットのモデルのうち${later}件はレポート後にリリースされた。原資料はo3を${o3Value}で1位としているが、o3のリリース日は${o3Released}でレポートより後。その${o3Value}は推定値。`,
    },
  },
};
