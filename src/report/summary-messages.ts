/**
 * The words of a run's summary, in English and Chinese: the row labels shared by the terminal
 * table, the report's headline table and summary.csv (one per key of summary-metrics.ts), the
 * lines around the terminal table, the finding, the glossary and the note on overlapping
 * modes. Apart from messages-en/zh.ts so the summary can grow (new metrics) on its own.
 * Sources are cited by author and table (docs/references.md), never by the seed number alone.
 */
export const summaryEn = {
  rows: {
    households: 'households',
    incomeBefore: 'income before (yuan/person)',
    incomeAfter: 'income after (yuan/person)',
    incomeDropPct: 'income drop (%)',
    yearsAboveLineShare: 'years above line after (%)',
    povertyRateEnd: 'poverty rate, end year (%)',
    returnToPovertyRate: 'return to poverty (%)',
    povertyRateBeforeSupportEnd: 'poor before support, end (%)',
    povertyRateSelfMadeEnd: 'poor on self-made income, end (%)',
    selfMadeAfter: 'self-made income after (yuan/person)',
    incomeEffectBefore: 'mode adds to income, before',
    incomeEffectAfter: 'mode adds to income, after',
    povertyEffectAfter: 'mode changes poverty, after (pp)',
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
    tooWide: 'the 95% intervals are in summary.csv (too wide for this table)',
    windows: (w: { start: number; complete: number; before: [number, number]; after: [number, number] }) =>
      `withdrawal starts ${w.start}, completes ${w.complete} · income before = mean ${w.before[0]}–${w.before[1]}, after = mean ${w.after[0]}–${w.after[1]}`,
    orders: { incomeEffectAfter: 'largest mode effect, after:', incomeDropPct: 'smallest income drop first:', empowerment: 'highest empowerment (R+K+V)/3:' } as Record<string, string>,
    noClearOrder: (modes: string) => `no clear order: the 95% intervals overlap (${modes})`,
    oneReplicateOrder: 'not ranked: one replicate has no interval (run with --replicates 10)',
    fiscal: (start: number, end: number, total: string, keptOut: string) => [`fiscal cost ${start}–${end}: ${total} yuan in total;`, `${keptOut} yuan per household kept out of poverty`],
    keptOutNote: '(kept out of poverty: registered households not income-poor in the end year)',
    overlap: (sum: string, members: string, all: string) => `modes overlap: ${sum} = ${members} memberships of ${all} households ("all" counts each household once)`,
    already: (folder: string) => `results already in ${folder}/ (same scenario, seeds and options): nothing rerun; --force redoes them`,
    written: (folder: string) => `results written to ${folder}/`,
    report: (file: string) => `report: ${file}`,
  },
  finding: {
    heading: 'Finding',
    /** The drop of income after withdrawal, by mode. */
    /** The drop of income after withdrawal, by mode; `bestRises`: the best mode's income rises (its drop is negative, given here without the sign). */
    drop: (p: { start: number; complete: number; best: string; bestDrop: string; worst: string; worstDrop: string; clear: boolean; n: number; bestRises?: boolean }) =>
      p.clear
        ? `After support is withdrawn (${p.start}-${p.complete}), income per person ${p.bestRises ? `rises for ${p.best} households (${p.bestDrop}) and falls most` : `falls least for ${p.best} households (${p.bestDrop}) and most`} for ${p.worst} households (${p.worstDrop}); over ${p.n} replicates the difference is clear.`
        : `After support is withdrawn (${p.start}-${p.complete}), ${p.bestRises ? `income per person ranges from a rise of ${p.bestDrop} (${p.best}) to a fall of ${p.worstDrop} (${p.worst})` : `income per person falls by ${p.bestDrop} (${p.best}) to ${p.worstDrop} (${p.worst})`} across the modes; ${p.n > 1 ? `over ${p.n} replicates the 95% intervals overlap, so no mode clearly keeps income better` : 'with one replicate there is no interval, so no mode can be said to keep income better'}.`,
    rise: (p: { best: string; bestDrop: string }) => `After support is withdrawn, income per person does not fall in any mode; ${p.best} households gain most (${p.bestDrop}).`,
    effect: (p: { top: string; topEffect: string; bottom: string; bottomEffect: string; clear: boolean }) =>
      `Against the same village without it, the ${p.top} mode adds most to its households' income after withdrawal (${p.topEffect} yuan per person) and the ${p.bottom} mode least (${p.bottomEffect})${p.clear ? '' : '; the intervals overlap, so the order is not clear'}.`,
    fallBack: (p: { all: string; worst: string; worstRate: string }) => `${p.all} of households that had left poverty fall back below the line at least once (highest among ${p.worst} households: ${p.worstRate}).`,
    fallBackNone: 'No household that had left poverty falls back below the line.',
    cost: (p: { total: string; keptOut: string }) => `Support costs ${p.total} yuan over the horizon, ${p.keptOut} yuan per registered household kept out of poverty.`,
  },
  glossary: {
    heading: 'Glossary',
    entries: [
      ['poverty line', 'China\'s rural line: 2,300 yuan per person per year at 2010 prices, about 4,000 yuan in 2020 (State Council white paper, April 2021); income here is in 2020 prices.'],
      ['withdrawal', 'the end of the 2021-2025 transition period, when support instruments stop, taper or fold into the ordinary system; "before" and "after" are the mean over the windows in the table\'s second line.'],
      ['income drop', '100 × (income before − income after) / income before, per person; negative means income rose.'],
      ['years above the line', 'the share of post-withdrawal years a household spends at or above the poverty line.'],
      ['return to poverty', 'households that fall back below the line after withdrawal, among those above it when withdrawal started.'],
      ['R, K, V', 'empowerment on three levels, each from 0 to 1: resources and opportunities (R), knowledge and skills (K), values and agency (V) (Cao and Li, §2).'],
      ['self-made share', 'the "hematopoiesis" share: income a household makes itself (farming, business, wages, remittances, rent) over all its income; the rest is "transfusion" (transfers, dividends, grants).'],
      ['mode adds to income', 'the effect of a mode: income per person of the mode\'s households minus their income in the same village, same seed, with that mode\'s access withheld; what the mode adds, not what its households earn.'],
      ['poor before support', 'poor on income without the discretionary support of monitoring and one-off grants; "poor on self-made income" counts self-made income alone.'],
      ['fiscal cost per household', 'support spent on the mode\'s households over the whole horizon, yuan per household.'],
      ['95% interval', 'mean ± t × standard deviation / √n over the replicates: where the mean of this many replicates would fall with other seeds, 19 times in 20.'],
      ['all households', 'every household once; a household may belong to several modes, so the mode columns overlap.'],
    ] as [string, string][],
  },
  intervalNote: (n: number) => `± is the half-width of the 95% interval of the mean over ${n} replicates.`,
  references: 'Sources: docs/references.md in the ipasim repository lists the full reference behind every source the parameters cite.',
};

export const summaryZh: typeof summaryEn = {
  rows: {
    households: '户数',
    incomeBefore: '退出前收入（元/人）',
    incomeAfter: '退出后收入（元/人）',
    incomeDropPct: '收入降幅（%）',
    yearsAboveLineShare: '退出后高于贫困线的年份（%）',
    povertyRateEnd: '末年贫困率（%）',
    returnToPovertyRate: '返贫率（%）',
    povertyRateBeforeSupportEnd: '扣除临时帮扶后贫困率，末年（%）',
    povertyRateSelfMadeEnd: '仅按自主收入的贫困率，末年（%）',
    selfMadeAfter: '退出后自主收入（元/人）',
    incomeEffectBefore: '模式对收入的贡献，退出前',
    incomeEffectAfter: '模式对收入的贡献，退出后',
    povertyEffectAfter: '模式对贫困率的影响，退出后（百分点）',
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
    tooWide: '95%区间见 summary.csv（此表放不下）',
    windows: (w) => `帮扶${w.start}年开始退出，${w.complete}年完成 · 退出前收入 = ${w.before[0]}–${w.before[1]}年平均，退出后 = ${w.after[0]}–${w.after[1]}年平均`,
    orders: { incomeEffectAfter: '退出后模式贡献由大到小：', incomeDropPct: '收入降幅由小到大：', empowerment: '赋能 (R+K+V)/3 由高到低：' },
    noClearOrder: (modes) => `无明确排序：95%区间相互重叠（${modes}）`,
    oneReplicateOrder: '不排序：一次运行没有区间（请用 --replicates 10）',
    fiscal: (start, end, total, keptOut) => [`${start}–${end}年财政成本：共${total}元；`, `每户稳定脱贫${keptOut}元`],
    keptOutNote: '（稳定脱贫：末年收入不低于贫困线的建档立卡户）',
    overlap: (sum, members, all) => `模式相互重叠：${sum} = ${members}户次，共${all}户（“全部农户”每户只计一次）`,
    already: (folder) => `结果已在 ${folder}/（情景、种子和选项相同）：未重新运行；--force 可重新运行`,
    written: (folder) => `结果已写入 ${folder}/`,
    report: (file) => `报告：${file}`,
  },
  finding: {
    heading: '主要发现',
    drop: (p) =>
      p.clear
        ? `帮扶退出（${p.start}-${p.complete}年）后，${p.bestRises ? `${p.best}农户人均纯收入上升（${p.bestDrop}）` : `${p.best}农户人均纯收入降幅最小（${p.bestDrop}）`}，${p.worst}农户最大（${p.worstDrop}）；${p.n}次重复运行下差异明确。`
        : `帮扶退出（${p.start}-${p.complete}年）后，${p.bestRises ? `各模式人均纯收入变化从增长${p.bestDrop}（${p.best}）到下降${p.worstDrop}（${p.worst}）不等` : `各模式人均纯收入降幅在${p.bestDrop}（${p.best}）至${p.worstDrop}（${p.worst}）之间`}；${p.n > 1 ? `${p.n}次重复运行的95%区间相互重叠，没有哪种模式明显更能保持收入` : '只有一次运行，没有区间，无法判断哪种模式更能保持收入'}。`,
    rise: (p) => `帮扶退出后各模式人均纯收入均未下降；${p.best}农户增幅最大（${p.bestDrop}）。`,
    effect: (p) => `与不提供该模式的同一村庄相比，退出后${p.top}对其农户收入的贡献最大（人均${p.topEffect}元），${p.bottom}最小（${p.bottomEffect}元）${p.clear ? '' : '；各区间相互重叠，排序并不明确'}。`,
    fallBack: (p) => `已脱贫农户中有${p.all}至少一次重新跌入贫困线以下（最高为${p.worst}农户：${p.worstRate}）。`,
    fallBackNone: '没有已脱贫农户重新跌入贫困线以下。',
    cost: (p) => `帮扶在整个时期共花费${p.total}元，每户建档立卡户稳定脱贫的成本为${p.keptOut}元。`,
  },
  glossary: {
    heading: '术语',
    entries: [
      ['贫困线', '中国农村贫困标准：2010年价格每人每年2300元，2020年约4000元（国务院新闻办公室白皮书，2021年4月）；本报告收入按2020年价格计。'],
      ['帮扶退出', '2021-2025年过渡期结束，各项帮扶措施停止、逐步退出或并入常规制度；“退出前”“退出后”为表格第二行所列年份的平均。'],
      ['收入降幅', '100 ×（退出前收入 − 退出后收入）/ 退出前收入，按人均计；负值表示收入上升。'],
      ['高于贫困线的年份', '帮扶退出后农户收入不低于贫困线的年份所占比例。'],
      ['返贫', '帮扶退出时在贫困线以上、退出后又跌入贫困线以下的农户。'],
      ['R、K、V', '三个层次的赋能，各为0到1：资源与机会（R）、知识与技能（K）、价值与能动性（V）（Cao 和 Li，§2）。'],
      ['自主收入比例', '即“造血”比例：农户自己创造的收入（种养、经营、工资、外出务工汇款、租金）占全部收入的比例；其余为“输血”（转移支付、分红、补助）。'],
      ['模式对收入的贡献', '某一模式的效果：该模式农户的人均收入，减去同一村庄、同一随机种子、但不提供该模式时这些农户的人均收入；衡量模式带来了什么，而不是其农户挣了多少。'],
      ['扣除临时帮扶后贫困', '不计监测帮扶和一次性补助时的贫困；“仅按自主收入的贫困”只计农户自主收入。'],
      ['每户财政成本', '整个时期花在该模式农户上的帮扶支出，元/户。'],
      ['95%区间', '重复运行的平均值 ± t × 标准差 / √n：换用其他随机种子时，这么多次重复运行的平均值有95%的可能落在此区间内。'],
      ['全部农户', '每户只计一次；一户可同时参与多种模式，因此各模式的列相互重叠。'],
    ],
  },
  intervalNote: (n) => `± 为${n}次重复运行平均值的95%区间半宽。`,
  references: '资料来源：ipasim 仓库中的 docs/references.md 列出了参数所引用的每一项来源的完整文献。',
};

export type SummaryMessages = typeof summaryEn;

export function summaryMessages(lang: 'en' | 'zh'): SummaryMessages {
  return lang === 'zh' ? summaryZh : summaryEn;
}
