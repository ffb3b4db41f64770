/**
 * The source document, quoted: each quote verbatim from the English rendering (`report-summary.en.md`,
 * its [bracketed] garble notes kept) and from the Japanese machine translation (`report-summary.ja.txt`),
 * with a note in Japanese where the Japanese text is garbled. Data, not UI text: never edited to read better.
 */
export interface SourceQuote {
  /** The paragraph of the source document (1–8). */
  paragraph: number;
  en: string;
  ja: string;
  /** Where the Japanese is garbled or doubtful: a note in Japanese (the English carries its own [notes]). */
  jaNote?: string;
}

export const SOURCE_QUOTES = {
  studentToCompetitor: {
    paragraph: 1,
    en: "Chinese AI has turned from \"student\" into \"competitor\".",
    ja: "中国のAIは「学生」から「競争相手」に変わりました。",
  },
  gapNarrowed: {
    paragraph: 2,
    en: "In 2023 Chinese AI was still working to narrow the gap with the US; from the end of 2024 into early 2025 the gap narrowed dramatically.",
    ja: "2023年、中国のAIは依然として米国とのギャップを狭めるために取り組んでいますが、2024年の終わりまでに2025年の初めまで、このギャップは大幅に狭まりました。",
  },
  r1NearO1: {
    paragraph: 2,
    en: "The striking data: DeepSeek's R1 has an intelligence index of 89, almost the same as OpenAI's o1 (94) [the 94 is doubtful: on the report's scale o1 was 90; 94 is most likely the estimate for o3]",
    ja: "衝撃的なデータは次のとおりです。DeepseekのR1モデルインテリジェンスインデックス89は、OpenaiのO1モデルとほぼ同じです(94)。",
    jaNote: "〔注：「94」は疑わしい。レポートの尺度では o1 は 90。94 はおそらく o3 の推定値。〕",
  },
  r1WithinMonths: {
    paragraph: 5,
    en: "At the end of 2024, after OpenAI launched o1, DeepSeek released R1 with comparable performance within months.",
    ja: "2024年の終わりに、OpenaiがO1モデルを開始した後、DeepSeekは数か月以内に同等のパフォーマンスでR1モデルを開始しました。",
  },
  sevenLabs: {
    paragraph: 2,
    en: "Seven Chinese AI labs have launched frontier models with reasoning capability, and tech giants Alibaba, ByteDance, Baidu, Tencent and Huawei have launched their own model series.",
    ja: "さらに、中国の7つのAI研究所が推論能力を備えた最先端のモデルを開始し、Alibaba、Bytedance、Baidu、Tencent、Huaweiなどのテクノロジーの巨人も独自のAIモデルシリーズを開始しました。",
  },
  reasoningWave: {
    paragraph: 5,
    en: "In early 2025 Chinese labs released frontier reasoning models in quick succession; the pace shows China is no longer lying in wait.",
    ja: "2025年初頭、中国のAI研究所は、最先端の推論モデルを集中的にリリースし、リリースの速度とペースは、中国がもはや潜伏者ではないことを示しています。",
  },
  bigTech: {
    paragraph: 3,
    en: "Alibaba launched the Qwen series: Qwen2.5-Max reaches an intelligence index of 79, and the QwQ reasoning model 78. Baidu has made progress integrating AI with its search platform through ERNIE 4.0 Turbo (index 76). ByteDance's Doubao 1.5 Pro scores 80, showing its technical strength from short video. Huawei focuses on domain-specific models, served on Huawei Cloud [no index value given]. Tencent launched the Hunyuan Large model (index 74) and works on open-weights models.",
    ja: "AlibabaはQWENシリーズモデルを開始し、QWEN2.5MAXのインテリジェントインデックスに79に達し、QWQ推論モデルは78に達しました。Baiduは、AIおよび検索プラットフォームのERNIE 4.0ターボモデル(インテリジェントインデックス76)を介して大きな統合に大きな進歩を遂げました。 BytedanceのDoubao1.5Proモデルのインテリジェントインデックスは80と同じで、短いビデオの分野での技術的強さを示しています。 Huaweiは、ドメイン固有のモデルに焦点を当て、Huawei Cloudでサービスを提供しています。 TencentはHunyuan Large Model(Smart Index 74)を起動し、オープンソースの重量モデルの作成に取り組んでいます。",
    jaNote: "〔注：Huawei にはインデックスの値が示されていない。〕",
  },
  startups: {
    paragraph: 4,
    en: "DeepSeek's R1 reaches 89, above many American models. Moonshot AI, a \"super-unicorn\" that has raised US$1.67 billion, has Kimi k1.5 at 87. Zhipu has GLM-Zero-Preview [its value is lost in the translation]. Baichuan, founded by former Sogou CEO Wang Xiaochuan, has M1-Preview at 83. StepFun [\"the first AI startup in China\" — garbled] has Step-R-Mini at 84.",
    ja: "DeepseekのR1モデルインテリジェンスインデックスは89に達し、多くのアメリカモデルを上回ります。 Moonshot AIは、16億7,000万ドルを調達したスーパーユニコーンとして、87。ZhipuのGLM-Zero-Preview Model Intelligence IndexのKimi K1.5モデルインテリジェンスインデックスを搭載しています。 Baichuanは、元Sogou CEOであるWang Xiaochuanによって設立され、M1-Previewモデルインテリジェンスインデックスは83です。StepFunは、中国で最初のAIスタートアップであり、Step-R-Miniモデルインテリジェンスインデックス84を備えています。",
    jaNote: "〔注：この段落は機械翻訳で崩れている。英語訳では Kimi k1.5 が 87、GLM-Zero-Preview の値は翻訳で失われている。「中国で最初のAIスタートアップ」も原文の誤訳。〕",
  },
  openWeights: {
    paragraph: 5,
    en: "Chinese labs are at the front of open-weights models: open models from DeepSeek and Alibaba come close to o1-level intelligence.",
    ja: "中国のAI研究所はオープンソースの重量モデルの最前線にあり、DeepseekやAlibabaなどの企業によって開始されたオープンソースモデルは、O1レベルのインテリジェンスのレベルに近いことに特に言及する価値があります。",
    jaNote: "〔注：「オープンソースの重量モデル」は「オープンウェイト（重みが公開された）モデル」の誤訳。〕",
  },
  adaptability: {
    paragraph: 8,
    en: "Export controls are a challenge, but Chinese labs show remarkable adaptability and speed of innovation.",
    ja: "輸出管理は課題を提示していますが、中国のAIラボは驚くべき順応性とイノベーションの速度を示しています。",
  },
  exportControls: {
    paragraph: 6,
    en: "October 2022: the US first restricted exports of leading-edge GPUs. October 2023: the framework was revised to prevent circumvention. January 2025: a three-tier licensing framework was introduced, with a strict AI-chip ban on Tier 3 countries, China among them. NVIDIA's H20 and L20 can be exported freely because their performance sits below the thresholds. But the Trump administration has begun a preliminary discussion of putting the H20 on the restricted list.",
    ja: "2022年10月、米国は初めて最先端のGPU輸出を制限しました。 2023年10月、回避を防ぐためにフレームワークが修正されました。 2025年1月、3層のライセンスフレームワークが実装され、中国を含むTier3諸国にAIチップ禁止が高度に課されました。 H20やL20などのNVIDIAチップは、パフォーマンスインジケーターが制限しきい値を下回っているため、中国に自由に輸出できます。しかし、トランプ政権は、制限付きリストにH20チップを置く可能性に関する予備的な議論を開始しました。",
  },
  outlook: {
    paragraph: 7,
    en: "Overall the US is ahead at the intelligence frontier, but China is not far behind. In early 2025 OpenAI's o3 ranks first with 94; DeepSeek R1 follows closely with 89; third to fifth are OpenAI o3-mini (90), o1-mini (89) and StepFun Step-2-16K (84) [order and values garbled: an ordering by score would put o3-mini above R1; on the report's scale o3-mini was 89 and o1-mini 84; whether StepFun's 84 belongs to Step-2-16K or Step R-mini is unclear].",
    ja: "先を見据えて、米国は全体的にスマートフロンティアよりも先を行っていますが、中国はそれほど遠くありません。 2025年の初めに、OpenaiのO3 Model Intelligence Indexは94ポイントで、最初にランクされていました。 DeepseekのR1モデルは89ポイントで密接に続きました。 3番目から5位は、OpenaiのO3-Mini(90ポイント)、O1-Mini(89ポイント)、StepfunのStep-2-16K(84ポイント)です。",
    jaNote: "〔注：順位と値が崩れている。値の順なら o3-mini が R1 より上。レポートの尺度では o3-mini は 89、o1-mini は 84。StepFun の 84 が Step-2-16K と Step R-mini のどちらのものかは不明。〕",
  },
} satisfies Record<string, SourceQuote>;

export type QuoteId = keyof typeof SOURCE_QUOTES;
