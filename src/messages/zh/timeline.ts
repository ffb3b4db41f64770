import type { timeline as en } from '../en/timeline';

export const timeline: typeof en = {
  title: '时间线',
  intro: '美国和中国的前沿随时间的变化，与美国出口管制事件画在同一时间轴上；另附各地区每季度发布的模型数量。',

  /** The chart's own action in the shared empty state (src/messages/en/filters.ts). */
  emptyShowLater: '包括估计值和报告之后发布的模型',
  phoneWindow: (from: string) => `在小屏幕上，时间线从${from}开始。`,
  phoneWiden: '显示全部日期',

  /** An open end of the release window, in words (the brush handles). */
  filters: {
    anyStart: '最早',
    anyEnd: '至今',
  },

  window: {
    legend: '发布日期范围',
    help: '按发布日期筛选模型；无论范围如何，所有指数值均为2025年2月的数值。与排行榜共用。可在概览条上拖动，用方向键移动其手柄，或直接输入日期。',
    from: '起',
    to: '止',
    reset: '整个时期',
    presetsLabel: '快捷时间范围',
    year: (y: number) => `${y}年`,
    invalidDay: '请输入完整日期，例如 2023-10-17。',
    outOfRange: (min: string, max: string) => `请输入${min}至${max}之间的日期。`,
    fromAfterTo: '“起”必须早于或等于“止”。',
    brushLabel: '整个时期的概览：拖动以选择时间范围',
    startHandle: '范围起点',
    endHandle: '范围终点',
  },

  frontier: {
    title: '美国和中国的前沿随时间的变化',
    scaleNote: (scale: string, reportDay: string) =>
      `指数：${scale}。每个点是模型在2025年2月初的得分，按其发布日期放置；并非模型发布时的得分。报告发布于${reportDay}或之前。`,
    openFrontier: '显示开放权重前沿',
    hideLaterEvents: '隐藏报告之后的事件',
    yAxis: '指数',
    chartLabel: (n: number) =>
      `前沿图，共${n}个模型。用左右方向键按发布顺序在模型间移动，Home 和 End 跳到第一个和最后一个，Enter 打开模型详情。`,
    frontierLine: '前沿：迄今最佳指数，每个地区一条线，末端标注',
    openLine: '开放权重前沿（虚线）',
    openNote:
      '在这一指数上，中国的开放权重前沿在图中所示之处超过美国。Artificial Analysis 后来在其 v2 指数上的报告，将中国开放权重首次领先的时间定为2024年11月（QwQ-32B-Preview 超过 Llama 3.1 405B）；两种指数不可比较。',
    gapUs: '美国与中国前沿之间的差距（美国领先）',
    gapCn: '中国前沿领先时的差距（斜线阴影）',
    legendLabel: '标记、线条与事件',
    legendEvent: '出口管制规则（标有名称）或其他事件（刻度线）',
    legendStatusNote: (near: number) =>
      `标有名称的是刷新迄今最佳指数或与之相差不超过${near}分的模型，在有空间时也标出刷新或接近美国或中国各自前沿的模型。各数值的状态（实测值、仅见于评述文章、估计值）、是否开放权重、是否为推理模型：见悬停提示和“表格”标签页。`,
    afterReport: '报告之后',
    tooltipRelease: (date: string) => `${date}发布`,
    tooltipIndex: (value: string, status: string) => `指数${value}（${status}）`,
    tooltipAlso: (values: string) => `其他来源所载：${values}`,
    tooltipReasoning: '推理模型',
    tooltipOpen: '开放权重',
    tooltipClosed: '专有（不开放权重）',
    tooltipOpenUnknown: '是否开放权重未知',
    tooltipLater: '发布于报告之后',
    tooltipAction: '点击或按 Enter 查看详情',
    announce: (name: string, lab: string, region: string, date: string, value: string, status: string, flags: string) =>
      `${name}，${lab}，${region}。${date}发布。指数${value}，${status}。${flags ? `${flags}。` : ''}`,
    sourceIndex: '指数值：Artificial Analysis 排行榜2025年2月初的快照及报告的评述文章',
    sourceRest: '发布日期：各模型自身的来源（打开模型可查看）。事件：各事件卡片上的来源。',
    tableCaption: '前沿图中的模型，按发布顺序排列，及各自刷新的前沿',
    columns: {
      model: '模型',
      lab: '实验室',
      region: '地区',
      released: '发布日期',
      index: '指数',
      status: '状态',
      reasoning: '推理',
      open: '开放权重',
      afterReport: '报告之后',
      frontier: '刷新的前沿',
    },
    frontierSet: (region: string, kind: 'all' | 'open') => `${region}${kind === 'open' ? '开放权重前沿' : '前沿'}`,
    unplottedCaption: '当前选择中无法绘制的模型',
    /** A model with no preferred value whose sources state others: "a write-up states 84". */
    unplottedReason: {
      'not-rated': '在这一指数上无评分',
      undated: '来源中未载明发布日期',
      neither: '无评分，且未载明发布日期',
      'imprecise-date': '日期只精确到与时间范围重叠的某月或某年，无法放到这条时间轴上',
    } as Record<'not-rated' | 'undated' | 'neither' | 'imprecise-date', string>,
    eventsCaption: '时间轴上的出口管制事件',
    eventColumns: { number: '编号', date: '日期', title: '事件', kind: '类型', after: '报告之后' },
    openDetails: (name: string) => `打开${name}的详情`,
    csvFile: 'timeline-frontier',
    endLabel: (region: string, value: string) => `${region} ${value}`,
    endLabelOpen: (region: string, value: string) => `${region}开放权重 ${value}`,
  },

  events: {
    toolbar: '时间轴上的出口管制事件。用左右方向键在事件间移动。',
    legendList: '图中的事件，按编号',
    earlier: (n: number) => `${n}项更早的事件，在时间轴起点之前`,
    ticks: (n: number) => `时间轴上的${n}项其他事件（仅刻度线）`,
    later: (n: number) => `${n}项更晚的事件，在时间轴终点之后`,
    markerName: (visible: string, date: string, title: string, after: boolean) => `${visible}：${date}，${title}${after ? '（报告之后）' : ''}`,
    /** Short labels for the markers; an event not listed here gets one made from its date and kind. */
    shortLabels: {
      '2019-huawei-entity-list': 'Huawei 列入',
      '2022-08-nvidia-a100-h100-licence-letter': 'A100/H100 函件',
      '2022-10-bis-advanced-computing-rule': '2022年10月规则',
      '2022-11-a800-confirmed': 'A800',
      '2023-03-h800-launch': 'H800',
      '2023-10-bis-advanced-computing-update': '2023年10月规则',
      '2023-11-h20-l20-l2-reported': 'H20/L20/L2',
      '2024-04-bis-corrections': '规则更正',
      '2024-12-bis-hbm-entity-list-rule': 'HBM 规则',
      '2025-01-ai-diffusion-rule': '扩散规则',
      '2025-01-zhipu-entity-list': 'Zhipu 列入',
      '2025-01-foundry-due-diligence-rule': '代工厂规则',
      '2025-01-h20-curbs-considered': '拟限 H20',
      '2025-04-h20-curbs-on-hold-report': '限制暂缓',
      '2025-04-h20-mi308-licence-requirement': 'H20 许可要求',
      '2025-05-diffusion-rule-rescinded': '规则撤销',
      '2025-07-h20-mi308-resumption': 'H20 恢复',
    } as Record<string, string>,
    kindShort: {
      'chip-rule': '芯片规则',
      'entity-list': '实体清单',
      'diffusion-rule': '扩散规则',
      'reported-deliberation': '据报在议',
      'chip-launch': '芯片推出',
    } as Record<string, string>,
    kind: {
      'chip-rule': '芯片规则',
      'entity-list': '实体清单',
      'diffusion-rule': '扩散规则',
      'reported-deliberation': '据报在议的措施',
      'chip-launch': '中国特供芯片',
    } as Record<string, string>,
    card: {
      afterReport: '报告之后',
      whatChanged: '变化内容',
      details: '详情',
      thresholds: '阈值',
      chips: '涉及的芯片',
      labs: '涉及的实验室',
      sources: '来源',
      confidence: (c: string) => `可信度：${c}`,
      modelsAfter: '此后发布的模型',
      modelsAfterHelp: (day: string) => `打开排行榜，发布时间范围从${day}开始。`,
      zoomAfter: '将时间线缩小到此后',
      close: '关闭',
      unknownChip: (id: string) => `${id}（不在芯片表中）`,
    },
  },

  cadence: {
    title: '发布节奏：每季度发布的模型数',
    scaleNote: '数据集中的模型数量（并非所有已发布的模型），按实验室所在地区堆叠。斜线阴影：推理模型。',
    yAxis: '发布的模型数',
    reasoningLegend: '推理模型（斜线阴影）',
    otherLegend: (region: string) => `${region}：其他模型`,
    reasoningSeries: (region: string) => `${region}：推理模型`,
    tooltipTotal: (n: number) => `共${n}个模型`,
    tooltipReasoning: (n: number) => `${n}个推理模型`,
    firstLegend: '★n：该季度推出首个推理模型的实验室数',
    tooltipFirst: (names: string) => `实验室的首个推理模型：${names}`,
    source: '来源：本数据集中的模型及其发布日期，各附其来源（打开模型，或见“关于数据”）。',
    tableCaption: '各地区每季度发布的模型数，推理模型单独计数',
    columns: {
      quarter: '季度',
      us: '美国',
      usReasoning: '其中推理模型',
      cn: '中国',
      cnReasoning: '其中推理模型',
      other: '其他',
      otherReasoning: '其中推理模型',
      total: '合计',
      first: '实验室的首个推理模型',
    },
    csvFile: 'timeline-release-cadence',
    empty: '当前选择中没有模型的发布日期精确到足以归入某个季度。',
    firstTitle: '各实验室的首个推理模型',
    firstCaption: '当前选择中各实验室最早的推理模型，按发布顺序排列',
    firstColumns: { lab: '实验室', region: '地区', model: '首个推理模型', released: '发布日期', index: '指数' },
    /** `nWord` is the count as running text writes it (in Chinese: digits, 7家); `n` only picks plurals in English. */
    claim: (_n: number, nWord: string, labs: string, day: string) =>
      `截至报告发布（${day}），数据显示有${nWord}家中国实验室已发布推理模型：${labs}。`,
    claimReport: (nWord: string) =>
      `源文档称有${nWord}家中国实验室推出了推理模型；没有找到任何来源列出全部这些实验室，因此本看板只显示有证据的实验室。`,
    summary: {
      none: '当前选择中没有模型可归入某个季度。',
      totals: (first: string, last: string, all: number, us: number, cn: number, other: number) =>
        `从${first}到${last}，当前选择中有${all}个模型具有发布日期：${us}个来自美国，${cn}个来自中国，${other}个来自其他地区。`,
      busiest: (label: string, total: number, cn: number, us: number) => `发布最多的季度是${label}，共${total}个模型（中国${cn}个，美国${us}个）。`,
      reasoning: (n: number) => `其中${n}个是推理模型。`,
      firstReasoning: (usModel: string, usLab: string, usDate: string, cnModel: string, cnLab: string, cnDate: string) =>
        `美国首个推理模型是${usModel}（${usLab}，${usDate}）；中国首个推理模型是${cnModel}（${cnLab}，${cnDate}）。`,
      unplaced: (n: number) => `${n}个没有发布月份的模型未计入。`,
    },
    claimLab: (lab: string, model: string, date: string) => `${lab}（${model}，${date}）`,
  },

  summary: {
    noPoints: '当前选择中没有可绘制的模型。',
    points: (n: number, first: string, last: string) => `图中绘制了${first}至${last}之间发布的${n}个模型。`,
    standing: (when: string, us: number, usModel: string, cn: number, cnModel: string) =>
      `截至${when}，美国前沿为${us}（${usModel}），中国前沿为${cn}（${cnModel}）。`,
    oneFrontier: (region: string, value: number, model: string) => `当前选择中只有${region}的前沿；它达到了${value}（${model}）。`,
    gapSteady: (gap: number, when: string) => `自${when}起，差距一直保持在${gap}分。`,
    gapNarrowed: (from: number, fromWhen: string, to: number, toWhen: string) =>
      `两条前沿之间的差距从${fromWhen}的${from}分缩小到${toWhen}的${to}分。`,
    cameWithin: (when: string, cnModel: string, cn: number, _gap: number, gapWords: string, usModel: string, us: number) =>
      `${when}，${cnModel}（${cn}）与${usModel}（${us}）的差距缩小到${gapWords}分。`,
    drewLevel: (when: string, cnModel: string, cn: number, usModel: string, us: number) => `${when}，${cnModel}（${cn}）追平了${usModel}（${us}）。`,
    passed: (when: string, cnModel: string, cn: number, usModel: string, us: number) => `${when}，${cnModel}（${cn}）超过了${usModel}（${us}）。`,
    gapAtEnd: (when: string, gap: number) => `截至${when}，差距为${gap}分。`,
    openPassed: (when: string, cnModel: string, cn: number, usModel: string, us: number) =>
      `在开放权重模型中，中国前沿于${when}超过美国：${cnModel}（${cn}）对${usModel}（${us}）。`,
    openUsAhead: (us: number, cn: number) => `在开放权重模型中，美国前沿保持领先（${us}对${cn}）。`,
    openMissing: '当前选择中，两国之一没有开放权重模型，因此无法进行开放权重的比较。',
    unplotted: (n: number, notRated: number, undated: number, imprecise = 0) =>
      `当前选择中有${n}个模型未绘制（${[notRated > 0 ? `${notRated}个无评分` : '', undated > 0 ? `${undated}个没有发布日期` : '', imprecise > 0 ? `${imprecise}个只精确到跨越时间范围边界的某月或某年` : ''].filter(Boolean).join('，')}）；表格中列出了这些模型。`,
    laterHidden: (n: number) => `${n}个发布于报告之后的模型不在数据范围内；在“数据范围”中选择“包括估计值和报告之后发布的模型”即可加入。`,
    laterShown: (n: number) => `${n}个发布于报告之后的模型画在报告之后的阴影区域中。`,
    /** "美国领先10分", "中国领先3分", "双方持平". */
    lead: (gap: number) => (gap > 0 ? `美国领先${gap}分` : gap < 0 ? `中国领先${-gap}分` : '双方持平'),
    measuredEnd: (when: string, measured: string, drawn: string | null) =>
      `仅计实测值（不计仅见于评述文章的数值和估计值）时，截至${when}，${measured}${drawn === null ? '，与图中所绘相同' : `；按图中所绘，${drawn}`}。`,
    measuredWidest: (when: string, measured: string, drawn: string) => `两种读法自${when}起差别最大：按实测值，${measured}；按图中所绘，${drawn}。`,
    measuredMissing: (when: string) => `仅计实测值时，截至${when}无法比较：两国之一在当前选择中没有实测值。`,
  },
};
