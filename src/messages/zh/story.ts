/** 故事模式（中文）：与 en/story.ts 同形。 */
import type { story as en } from '../en/story';

export const story: typeof en = {
  title: '以故事读报告',
  link: '以故事形式阅读报告',
  navLabel: '故事',
  progress: (step: number, total: number) => `第${step}步，共${total}步`,
  stepsLabel: '故事步骤',
  back: '上一步',
  next: '下一步',
  restart: '从头开始',
  explore: '查看完整视图',
  keysHint: '用←和→在步骤之间移动，触摸屏上可滑动。',
  sourceVoice: '源文档怎么说',
  dataVoice: '数据怎么说',
  paragraph: (n: number) => `源文档第${n}段`,
  quoteLanguage: '源文档（日文机器翻译）的英文译本；[方括号]标出混乱之处。',
  sourcesLabel: '来源：',
  highlighted: (names: string) => `突出显示：${names}。`,
  notDrawn: (m: string) => `未绘制（此口径下无指数值）：${m}。`,
  tableCaption: '本步骤突出显示的模型',
  tableHeader: ['模型', '实验室', '国家', '发布日期', '指数', '状态'],
  figureSummary: (claim: string) => `${claim}突出显示的模型完整绘制，其余淡化。`,
  changeFilters: '更改筛选条件',
  figures: { frontier: '智能前沿随时间的变化', leaderboard: '按指数排名的模型', price: '指数与混合 API 价格' },
  steps: {
    s1: {
      unit: '报告发布时美中前沿之间的分差',
      title: '从学生到竞争者',
      claim: '美国与中国前沿随时间的变化：差距从2023年到2025年初明显缩小。',
      data: (us2023: string, cn2023: string, gap2023: number, usNow: string, cnNow: string, gapNow: number) =>
        `2023年底，美国最佳模型是${us2023}，中国最佳模型是${cn2023}，相差${gap2023}分。到报告发布时，美国最佳模型是${usNow}，中国最佳模型是${cnNow}，相差${gapNow}分。`,
    },
    s2: {
      unit: 'o1 与 R1 的实测分差',
      title: 'DeepSeek-R1 与 o1',
      claim: '排行榜上 R1 紧挨 o1，但标题所称的差距与实测差距不同。',
      data: (r1: number, o1Stated: number, headlineGap: number, o1Measured: number, measuredGap: number) =>
        `标题将 R1 的${r1}与评述文章所载 o1 的${o1Stated}相比，相差${headlineGap}分。在同一快照的实测值中，o1 为${o1Measured}，差距为${measuredGap}分。`,
    },
    s3: {
      unit: '据来源，报告前已有推理模型的中国实验室数（家）',
      title: '推理模型浪潮',
      claim: '每家中国实验室的第一个推理模型，对照报告所说的“7家实验室”。',
      data: (claimed: string, supported: number, byDate: number) =>
        `报告说有${claimed}家实验室。来源能证实的、在报告前发布推理模型的中国实验室有${supported}家；按数据集中所有有日期的中国推理模型计算（只有月份的日期按当月1日计）为${byDate}家。没有来源列出这${claimed}家。`,
    },
    s4: {
      unit: '最佳初创企业模型领先最佳科技巨头模型的分数',
      title: '科技巨头与初创企业',
      claim: '中国实验室并排比较：科技巨头的旗舰模型与初创企业的旗舰模型。',
      data: (bigTech: string, bigTechValue: number, startup: string, startupValue: number) =>
        `截至报告发布，评分最高的中国科技巨头模型是${bigTech}（${bigTechValue}），评分最高的初创企业模型是${startup}（${startupValue}），初创企业领先${startupValue - bigTechValue}分。`,
    },
    s5: {
      unit: '中国最佳开放权重模型领先美国的分数',
      title: '中国领跑开放权重',
      claim: '开放权重前沿：中国最佳开放权重模型对比美国最佳开放权重模型。',
      data: (cn: string, cnValue: number, us: string, usValue: number, o1Value: number) =>
        `截至报告发布，中国最佳开放权重模型是${cn}（${cnValue}），美国最佳为${us}（${usValue}），中国领先${cnValue - usValue}分，比 o1（${o1Value}）低${o1Value - cnValue}分。`,
    },
    s6: {
      unit: 'o1 每词元价格是 R1 的几倍',
      title: '智能与价格',
      claim: '智能与价格：R1 的指数接近 o1，价格却只是其零头。',
      data: (r1Price: string, o1Price: string, ratio: number) =>
        `2025年2月的混合价格（输入与输出按3:1）：DeepSeek-R1 每百万词元${r1Price}，o1 为${o1Price}，o1 的价格是 R1 的${ratio}倍。源文档没有提到价格。`,
    },
    s7: {
      unit: '专为中国设计、2025年初仍获准销售的加速器数（款）',
      title: '出口管制',
      claim: '前沿时间轴上的芯片规则，以及为低于阈值而设计的芯片。',
      data: (allowed: number, h20Tpp: string, l20Tpp: string, a100Tpp: string) =>
        `数据集列出${allowed}款专为中国设计、在2025年初仍可在中国销售的加速器。H20 的总处理性能（TPP）为${h20Tpp}，L20 为${l20Tpp}；自2022年起受管制的 A100 为${a100Tpp}。`,
    },
    s8: {
      unit: '数据集中发布于报告之后的模型数（个）',
      title: '展望，以及报告之后',
      claim: '包括报告之后发布的模型的前沿，并明确标为发布于报告之后。',
      data: (later: number, o3Value: string, o3Released: string) =>
        `数据集中有${later}个模型发布于报告之后。源文档以${o3Value}分将 o3 排在第一，但 o3 于${o3Released}发布，晚于报告；其${o3Value}是估计值。`,
    },
  },
};
