/**
 * The words of a run's summary, in English and Chinese: the row labels shared by the terminal
 * table, the report's headline table and summary.csv (one per key of summary-metrics.ts), the
 * lines around the terminal table, the finding, the glossary and the note on overlapping
 * modes. Apart from messages-en/zh.ts so the summary can grow (new metrics) on its own.
 * Sources are cited by author and table (docs/references.md), never by the seed number alone.
 * Every poverty figure says whether it counts households or persons.
 */

/** Pieces of the windows' description, formatted by windows-text.ts. */
export interface WindowsWords {
  start: number;
  complete: number;
  /** "2026–2028", or "2026" when it completes the year it starts. */
  years: string;
  before: string;
  after: string;
  /** The last year before withdrawal, and the trough years. */
  lastBefore: number;
  trough: string;
  /** The years return to poverty and years above the line count (start to the end of the run). */
  counted: string;
  /** "dividend 2022 abrupt; welfare posts 2025 taper (3 years)": the instruments withdrawn. */
  instruments: string;
  /** The after window begins before the withdrawal is complete (the horizon ends too soon). */
  afterEarly: boolean;
}

/** The words of an ordering line or sentence (ordering.ts): best first with letters, or why there is none. */
export interface OrderWords {
  status: 'single' | 'no-interval' | 'none' | 'ordered';
  letters: string;
  names: string;
  n: number;
}

export const summaryEn = {
  rows: {
    households: 'households',
    incomeBefore: 'income before (yuan/person)',
    incomeAfter: 'income after (yuan/person)',
    incomeShockPct: 'fall into trough (%)',
    incomeDropPct: 'drop, before to after (%; < 0: a rise)',
    yearsAboveLineShare: 'years above line from withdrawal (%)',
    povertyRateEnd: 'households poor, end year (%)',
    returnToPovertyRate: 'households back below line (%)',
    povertyRateBeforeSupportEnd: 'households poor before support, end (%)',
    povertyRateSelfMadeEnd: 'households poor on self-made, end (%)',
    underThresholdEnd: 'under monitoring threshold, end (%)',
    selfMadeAfter: 'self-made income after (yuan/person)',
    incomeEffectBefore: 'mode adds to income, before',
    incomeEffectAfter: 'mode adds to income, after',
    povertyEffectAfter: 'mode changes households poor (pp)',
    R: 'R resources, opportunities',
    K: 'K knowledge and skills',
    V: 'V values and agency',
    hematopoiesisShare: 'self-made share (%)',
    fiscalCostPerHousehold: 'fiscal cost/household (yuan)',
  } as Record<string, string>,
  table: {
    seed: (seed: number) => `seed ${seed}`,
    replicates: (n: number, first: number, last: number) => `mean of ${n} replicates (seeds ${first}–${last}), ± half-width of the 95% interval`,
    oneReplicate: 'one replicate: no interval',
    posterior: (n: number, first: number, last: number) => `mean of ${n} posterior draws (seeds ${first}–${last}), ± half-width of the 95% interval of the mean`,
    spreadHeading: (n: number) => `predictive spread: 5th–95th percentile over the ${n} runs (posterior draws × seeds); unlike the ± above, it does not shrink with more runs:`,
    tooWide: 'the 95% intervals are in summary.csv (too wide for this table)',
    /** The windows, as the table heads them: which years, and how they were chosen. */
    windows: {
      instruments: (w: WindowsWords) => `withdrawal ${w.years}, from the instruments' end years (${w.instruments})`,
      analysis: (w: WindowsWords) => `withdrawal ${w.years}, as set in analysis.withdrawalStart${w.instruments ? ` (instruments withdrawn: ${w.instruments})` : ' (no instrument is withdrawn)'}`,
      none: 'nothing is withdrawn: no instrument\'s level falls after its end year, so there is no before and after (analysis.withdrawalStart sets them)',
      years: (w: WindowsWords) => `income before = mean ${w.before}, after = mean ${w.after}${w.afterEarly ? ' (the run ends too soon for years after completion)' : ''}; fall into trough = ${w.lastBefore} to the lowest of ${w.trough}`,
      counted: (w: WindowsWords) => `households back below line: of those out of poverty in ${w.lastBefore}, the share below the line at least once in ${w.counted}; years above line count ${w.counted}`,
    },
    instrument: (p: { name: string; end: number; path: string; years: number; to: number }) =>
      `${p.name} ${p.end} ${p.path === 'taper' ? `taper (${p.years} years)` : p.path === 'fold' || p.path === 'strengthen' ? `${p.path} to ${p.to}` : p.path}`,
    orders: { incomeShockPct: 'smallest fall into trough first:', incomeDropPct: 'smallest drop, before to after:', incomeEffectAfter: 'largest mode effect, after:', empowerment: 'highest empowerment (R+K+V)/3:' } as Record<string, string>,
    ordersHeading: (n: number) => `orders, paired by seed over ${n} replicates (95% simultaneous intervals; a shared letter: not told apart):`,
    order: (o: OrderWords) => (o.status === 'no-interval' ? 'not ranked: one replicate has no interval (run with --replicates 10)' : o.status === 'none' ? `cannot be told apart (${o.names})` : o.letters),
    fiscal: (start: number, end: number, total: string, perRegistered: string) => [`fiscal cost ${start}–${end}: ${total} yuan in total;`, `${perRegistered} yuan per registered household not poor in ${end}`],
    fiscalNote: '(total cost / registered households above the line in the end year: a ratio, not the cost of keeping a household out of poverty)',
    overlap: (sum: string, members: string, all: string) => `modes overlap: ${sum} = ${members} memberships of ${all} households ("all" counts each household once)`,
    already: (folder: string) => `results already in ${folder}/ (same scenario, seeds and options): nothing rerun; --force redoes them`,
    written: (folder: string) => `results written to ${folder}/`,
    report: (file: string) => `report: ${file}`,
  },
  finding: {
    heading: 'Finding',
    none: 'Nothing is withdrawn in this scenario (no instrument\'s level falls after its end year), so there is no before and after to compare.',
    /** The shock and the change between the windows, for all households. */
    shock: (p: { years: string; lastBefore: number; trough: string; fall: string; rises: boolean; before: string; after: string; change: string; changeRises: boolean }) =>
      `Support is withdrawn in ${p.years}. From ${p.lastBefore} to its lowest year in ${p.trough}, income per person of all households ${p.rises ? `does not fall (it is ${p.fall} higher)` : `falls by ${p.fall}`}; between the windows ${p.before} and ${p.after} it ${p.changeRises ? 'rises' : 'falls'} by ${p.change}.`,
    /** One ordering, as a sentence: `what` names the figure and the direction. */
    order: (p: OrderWords & { what: string; best?: string; worst?: string }) =>
      p.status === 'no-interval' ? `With one replicate there is no interval, so the modes cannot be ranked by ${p.what}.`
        : p.status === 'none' ? `By ${p.what}, the modes cannot be told apart over ${p.n} replicates (${p.names}).`
          : p.best ? `By ${p.what}, ${p.best} households come first, clearly ahead of every other mode over ${p.n} replicates (${p.letters}; modes sharing a letter cannot be told apart).`
            : `By ${p.what}, the modes group as ${p.letters} over ${p.n} replicates (modes sharing a letter cannot be told apart).`,
    orderWhat: { incomeShockPct: 'the fall into the trough (smallest first)', incomeEffectAfter: 'what the mode adds (largest first)', returnToPovertyRate: 'households back below the line (fewest first)' } as Record<string, string>,
    effect: (p: { values: string }) => `Against the same village without it, each mode adds to its households' income after withdrawal (yuan per person): ${p.values}.`,
    fallBack: (p: { all: string; lastBefore: number; counted: string; values: string }) => `Of the households out of poverty in ${p.lastBefore}, ${p.all} fall below the line at least once in ${p.counted} (${p.values}).`,
    cost: (p: { total: string; start: number; end: number; perRegistered: string }) => `Support costs ${p.total} yuan over ${p.start}-${p.end}, ${p.perRegistered} yuan per registered household above the line in ${p.end} (a ratio of the two, not the cost of keeping a household out of poverty: no run without support is made).`,
  },
  glossary: {
    heading: 'Glossary',
    entries: [
      ['poverty line', 'China\'s rural line: 2,300 yuan per person per year at 2010 prices, about 4,000 yuan in 2020 (State Council white paper, April 2021); income here is in 2020 prices.'],
      ['withdrawal', 'support instruments stopping, tapering or folding into the ordinary system after their end years; its years come from the instruments themselves (or analysis.withdrawalStart), as the table\'s first lines say, with "before" and "after" the windows averaged.'],
      ['fall into trough', '100 × (income in the last year before withdrawal − the lowest income of the next three years) / the former, per person: the shock of withdrawal; negative when income does not fall.'],
      ['drop, before to after', '100 × (income before − income after) / income before, per person, between the two windows; negative means income rose (the windows are years apart, so growth in between counts).'],
      ['years above the line', 'the share of the years from the withdrawal start to the end of the run a household spends at or above the poverty line.'],
      ['households back below the line', 'of the households that had been poor and were above the line in the year before withdrawal, the share that falls below it at least once from the withdrawal start to the end of the run (not the poverty rate of any one year).'],
      ['households poor', 'the share of households whose income per person is below the line; the report\'s poverty chart counts persons instead, and says so.'],
      ['R, K, V', 'empowerment on three levels, each from 0 to 1: resources and opportunities (R), knowledge and skills (K), values and agency (V) (Cao and Li, §2).'],
      ['self-made share', 'the "hematopoiesis" share: income a household makes itself (farming, business, wages, remittances, rent) over all its income; the rest is "transfusion" (transfers, dividends, grants).'],
      ['mode adds to income', 'the effect of a mode: income per person of the mode\'s households minus their income in the same village, same seed, with that mode\'s access withheld; what the mode adds, not what its households earn.'],
      ['poor before support', 'poor on income without the discretionary support of monitoring and one-off grants; "poor on self-made" counts self-made income alone.'],
      ['fiscal cost per household', 'support spent on the mode\'s households over the whole horizon, yuan per household.'],
      ['95% interval', 'mean ± t × standard deviation / √n over the replicates: where the mean of this many replicates would fall with other seeds, 19 times in 20.'],
      ['order and letters', 'modes are compared pair by pair on the paired differences of their replicates (same seeds), with intervals that hold for all pairs at once (95%); a pair is ranked only where its interval excludes 0, and modes sharing a letter cannot be told apart.'],
      ['all households', 'every household once; a household may belong to several modes, so the mode columns overlap.'],
    ] as [string, string][],
  },
  intervalNote: (n: number) => `± is the half-width of the 95% interval of the mean over ${n} replicates.`,
  posteriorNote: (n: number, file: string) => `Each of the ${n} runs draws its parameters from the calibration posterior (${file}) and has its own seed. ± is the 95% interval of the mean over the runs: where the mean would fall with other draws and seeds, and it narrows as runs are added. The predictive spread (5th to 95th percentile of the runs) is where a single outcome falls under calibration and model uncertainty together.`,
  spreadColumn: 'predictive 5–95%',
  references: 'Sources: docs/references.md in the ipasim repository lists the full reference behind every source the parameters cite.',
};

export const summaryZh: typeof summaryEn = {
  rows: {
    households: '户数',
    incomeBefore: '退出前收入（元/人）',
    incomeAfter: '退出后收入（元/人）',
    incomeShockPct: '跌入低谷的降幅（%）',
    incomeDropPct: '退出前后降幅（%；负值为上升）',
    yearsAboveLineShare: '退出起高于贫困线的年份（%）',
    povertyRateEnd: '末年贫困户比例（%）',
    returnToPovertyRate: '返贫户比例（%）',
    povertyRateBeforeSupportEnd: '扣除临时帮扶后贫困户比例，末年（%）',
    povertyRateSelfMadeEnd: '仅按自主收入的贫困户比例，末年（%）',
    underThresholdEnd: '低于监测线的户比例，末年（%）',
    selfMadeAfter: '退出后自主收入（元/人）',
    incomeEffectBefore: '模式对收入的贡献，退出前',
    incomeEffectAfter: '模式对收入的贡献，退出后',
    povertyEffectAfter: '模式对贫困户比例的影响（百分点）',
    R: 'R 资源与机会',
    K: 'K 知识与技能',
    V: 'V 价值与能动性',
    hematopoiesisShare: '自主（造血）收入比例（%）',
    fiscalCostPerHousehold: '每户财政成本（元）',
  },
  table: {
    seed: (seed) => `随机种子 ${seed}`,
    replicates: (n, first, last) => `${n}次重复运行的平均值（种子 ${first}–${last}），± 为95%区间的半宽`,
    oneReplicate: '一次运行：无区间',
    posterior: (n, first, last) => `${n}个后验抽样的平均值（种子 ${first}–${last}），± 为平均值95%区间的半宽`,
    spreadHeading: (n) => `预测区间：${n}次运行（后验抽样 × 随机种子）的第5至第95百分位；与上表的 ± 不同，它不会随运行次数增加而缩小：`,
    tooWide: '95%区间见 summary.csv（此表放不下）',
    windows: {
      instruments: (w) => `帮扶退出 ${w.years}年，按各项政策自身的结束年份确定（${w.instruments}）`,
      analysis: (w) => `帮扶退出 ${w.years}年，由 analysis.withdrawalStart 设定${w.instruments ? `（退出的政策：${w.instruments}）` : '（没有政策退出）'}`,
      none: '没有帮扶退出：没有任何政策在结束年份之后降低水平，因此没有退出前后可比（可用 analysis.withdrawalStart 设定）',
      years: (w) => `退出前收入 = ${w.before}年平均，退出后 = ${w.after}年平均${w.afterEarly ? '（运行结束太早，没有退出完成之后的年份）' : ''}；跌入低谷 = 从${w.lastBefore}年到${w.trough}年中最低的一年`,
      counted: (w) => `返贫户：${w.lastBefore}年已脱贫的农户中，${w.counted}年至少一次跌入贫困线以下的比例；高于贫困线的年份按${w.counted}年计`,
    },
    instrument: (p) => `${p.name}${p.end}年后${p.path === 'taper' ? `逐步退出（${p.years}年）` : p.path === 'fold' ? `并入常规制度（水平${p.to}）` : p.path === 'strengthen' ? `调整至水平${p.to}` : p.path === 'abrupt' ? '立即停止' : '保持'}`,
    orders: { incomeShockPct: '跌入低谷的降幅由小到大：', incomeDropPct: '退出前后降幅由小到大：', incomeEffectAfter: '退出后模式贡献由大到小：', empowerment: '赋能 (R+K+V)/3 由高到低：' },
    ordersHeading: (n) => `${n}次重复运行的排序（按种子配对，95%联合区间；字母相同的模式无法区分）：`,
    order: (o) => (o.status === 'no-interval' ? '不排序：一次运行没有区间（请用 --replicates 10）' : o.status === 'none' ? `无法区分（${o.names}）` : o.letters),
    fiscal: (start, end, total, perRegistered) => [`${start}–${end}年财政成本：共${total}元；`, `按${end}年不贫困的建档立卡户计，每户${perRegistered}元`],
    fiscalNote: '（总成本除以末年收入不低于贫困线的建档立卡户数：只是一个比值，不是让一户稳定脱贫的成本）',
    overlap: (sum, members, all) => `模式相互重叠：${sum} = ${members}户次，共${all}户（“全部农户”每户只计一次）`,
    already: (folder) => `结果已在 ${folder}/（情景、种子和选项相同）：未重新运行；--force 可重新运行`,
    written: (folder) => `结果已写入 ${folder}/`,
    report: (file) => `报告：${file}`,
  },
  finding: {
    heading: '主要发现',
    none: '本情景中没有帮扶退出（没有任何政策在结束年份之后降低水平），因此没有退出前后可比。',
    shock: (p) => `帮扶在${p.years}年退出。从${p.lastBefore}年到${p.trough}年中收入最低的一年，全部农户人均纯收入${p.rises ? `没有下降（高出${p.fall}）` : `下降${p.fall}`}；在${p.before}年与${p.after}年两个窗口之间${p.changeRises ? '上升' : '下降'}${p.change}。`,
    order: (p) =>
      p.status === 'no-interval' ? `只有一次运行，没有区间，无法按${p.what}给各模式排序。`
        : p.status === 'none' ? `按${p.what}，${p.n}次重复运行下各模式无法区分（${p.names}）。`
          : p.best ? `按${p.what}，${p.best}农户居首，${p.n}次重复运行下明显领先于其他各模式（${p.letters}；字母相同的模式无法区分）。`
            : `按${p.what}，${p.n}次重复运行下各模式分组为：${p.letters}（字母相同的模式无法区分）。`,
    orderWhat: { incomeShockPct: '跌入低谷的降幅（由小到大）', incomeEffectAfter: '模式的贡献（由大到小）', returnToPovertyRate: '返贫户比例（由低到高）' },
    effect: (p) => `与不提供该模式的同一村庄相比，退出后各模式对其农户人均收入的贡献（元/人）：${p.values}。`,
    fallBack: (p) => `${p.lastBefore}年已脱贫的农户中，有${p.all}在${p.counted}年至少一次跌入贫困线以下（${p.values}）。`,
    cost: (p) => `${p.start}-${p.end}年帮扶共花费${p.total}元，按${p.end}年收入不低于贫困线的建档立卡户计每户${p.perRegistered}元（两者之比，不是让一户稳定脱贫的成本：模型没有运行不提供帮扶的情形）。`,
  },
  glossary: {
    heading: '术语',
    entries: [
      ['贫困线', '中国农村贫困标准：2010年价格每人每年2300元，2020年约4000元（国务院新闻办公室白皮书，2021年4月）；本报告收入按2020年价格计。'],
      ['帮扶退出', '各项帮扶政策在结束年份之后停止、逐步退出或并入常规制度；退出的年份由各项政策自身确定（或由 analysis.withdrawalStart 设定），见表格开头几行；“退出前”“退出后”为所取平均的年份窗口。'],
      ['跌入低谷的降幅', '100 ×（退出前最后一年的收入 − 其后三年中最低的收入）/ 前者，按人均计：退出带来的冲击；收入没有下降时为负值。'],
      ['退出前后降幅', '100 ×（退出前收入 − 退出后收入）/ 退出前收入，按人均计，比较两个年份窗口；负值表示收入上升（两个窗口相隔数年，其间的增长也计算在内）。'],
      ['高于贫困线的年份', '从帮扶退出开始到运行结束，农户收入不低于贫困线的年份所占比例。'],
      ['返贫户', '曾经贫困、在退出前一年高于贫困线的农户中，从退出开始到运行结束至少一次跌入贫困线以下的比例（不是某一年的贫困率）。'],
      ['贫困户比例', '人均收入低于贫困线的农户所占比例；报告中的贫困图按人口计算，图中已注明。'],
      ['R、K、V', '三个层次的赋能，各为0到1：资源与机会（R）、知识与技能（K）、价值与能动性（V）（Cao 和 Li，§2）。'],
      ['自主收入比例', '即“造血”比例：农户自己创造的收入（种养、经营、工资、外出务工汇款、租金）占全部收入的比例；其余为“输血”（转移支付、分红、补助）。'],
      ['模式对收入的贡献', '某一模式的效果：该模式农户的人均收入，减去同一村庄、同一随机种子、但不提供该模式时这些农户的人均收入；衡量模式带来了什么，而不是其农户挣了多少。'],
      ['扣除临时帮扶后贫困', '不计监测帮扶和一次性补助时的贫困；“仅按自主收入”只计农户自主收入。'],
      ['每户财政成本', '整个时期花在该模式农户上的帮扶支出，元/户。'],
      ['95%区间', '重复运行的平均值 ± t × 标准差 / √n：换用其他随机种子时，这么多次重复运行的平均值有95%的可能落在此区间内。'],
      ['排序与字母', '按重复运行（相同随机种子）的配对差值两两比较各模式，区间对所有配对同时成立（95%）；只有区间不含0的一对才排出先后，字母相同的模式无法区分。'],
      ['全部农户', '每户只计一次；一户可同时参与多种模式，因此各模式的列相互重叠。'],
    ],
  },
  intervalNote: (n) => `± 为${n}次重复运行平均值的95%区间半宽。`,
  posteriorNote: (n, file) => `${n}次运行中，每次从校准后验（${file}）抽取参数，并配以各自的随机种子。± 为各次运行平均值的95%区间：换用其他抽样和种子时平均值所在的范围，运行次数越多越窄。预测区间（各次运行的第5至第95百分位）是在校准不确定性和模型随机性共同作用下单次结果所在的范围。`,
  spreadColumn: '预测区间 5–95%',
  references: '资料来源：ipasim 仓库中的 docs/references.md 列出了参数所引用的每一项来源的完整文献。',
};

export type SummaryMessages = typeof summaryEn;

export function summaryMessages(lang: 'en' | 'zh'): SummaryMessages {
  return lang === 'zh' ? summaryZh : summaryEn;
}
