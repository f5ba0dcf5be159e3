/**
 * The English message catalogue: every label, title and reading of the charts and the report.
 * messages-zh.ts must have the same shape (the type is this object's). Readings take numbers
 * already formatted by the caller (src/report/format.ts), so the catalogue holds no arithmetic.
 */
/** What the "after 2025" figures name: the last year and the years from the withdrawal start to it. */
export interface AfterContext { end: number; span: string }

export const en = {
  lang: 'en',
  /** Between two sentences of a reading. */
  sentenceJoin: ' ',
  /** Between the items of a list. */
  listJoin: ', ',
  modes: { shareholding: 'shareholding', cooperative: 'cooperative', individual: 'individual', employment: 'employment', all: 'all households' } as Record<string, string>,
  sources: {
    planting: 'planting', breeding: 'breeding', cooperative: 'cooperative pay', cooperativeSurplus: 'cooperative surplus', business: 'business', wages: 'enterprise wages', workshop: 'workshop pay', casual: 'casual work',
    migrantWages: 'migrants\' wages', remittances: 'remittances of members settled away', rent: 'land rent', dividends: 'dividends', welfarePosts: 'welfare posts', livingSupport: 'minimum living guarantee',
    pension: 'pension', insurance: 'insurance payouts', monitoring: 'monitoring support', grants: 'grants',
    cooperativePaySubsidy: 'cooperative pay from its subsidy', cooperativeSurplusSubsidy: 'cooperative surplus from its subsidy', workshopSubsidy: 'workshop pay from its subsidy',
  } as Record<string, string>,
  instruments: {
    fund: 'fund principal', dividend: 'dividends', startupGrant: 'start-up grants', materialHelp: 'material help', coopSubsidy: 'cooperative subsidy',
    workshopSubsidy: 'workshop subsidy', welfarePosts: 'welfare posts', livingSupport: 'minimum living guarantee', extremePoverty: 'extreme-poverty support', pension: 'pension', medical: 'medical cover',
    insurance: 'insurance', training: 'training', microcredit: 'microcredit', infrastructure: 'infrastructure', monitoring: 'monitoring support', lastPush: 'the campaign\'s last push', lowIncome: 'low-income monitoring', industrySupport: 'industry support', medicalAssistance: 'medical assistance',
  } as Record<string, string>,
  /** An instrument's field after its name, on sweep charts: "dividends: last full year". */
  parameterField: { start: ': first year', end: ': last full year', years: ': taper years', to: ': level after', amount: ': amount' } as Record<string, string>,
  /** Short names of swept parameters where the schema's label (English) is not used: none in English. */
  parameterLabels: {} as Record<string, string>,
  levels: { R: 'R resources and opportunities', K: 'K knowledge and skills', V: 'V values and agency' } as Record<string, string>,
  kind: { hematopoiesis: 'self-made (hematopoiesis)', transfusion: 'transfers (transfusion)' } as Record<string, string>,
  groups: { registered: 'registered poor', 'not-registered': 'other households' } as Record<string, string>,
  survey: {
    tables: { T2: 'Table 2: households', T3: 'Table 3: awareness vs head age (partial r)', T4: 'Table 4: main income sources named', 'S4.1': '§4.1: migrants' } as Record<string, string>,
    items: { registered: 'registered poor', 'head-age': 'head age', 'head-education': 'head schooling', 'first-cause': 'first cause of poverty', 'awareness-vs-head-age': 'awareness', 'households-naming-source': 'names as main source', 'people-away-as-migrants': 'migrants' } as Record<string, string>,
    categories: { 'high school+': 'high school+', funds: 'lack of funds', technology: 'lack of technology', labor: 'lack of labor', illness: 'illness', disability: 'disability', study: 'schooling costs' } as Record<string, string>,
    model: 'virtual survey', target: 'field survey (Cao and Li)',
  },
  axis: {
    year: 'year', incomePerPerson: 'income per person (yuan/year, 2020 prices)', yuanPerPerson: 'yuan per person', mode: 'mode', source: 'source', share: 'share',
    povertyHeadcount: 'persons below the poverty line (share of persons)', returnRate: 'households back below the line (share)', level: 'level', value: 'value',
    score: 'score (0-1)', participation: 'share of the 8 measures', benefitsPerPerson: 'yuan per person per year',
    eliteShare: 'share to cadre households', fiscalYuan: 'fiscal cost (yuan)', instrument: 'instrument',
    costPerHousehold: 'fiscal cost per household over the horizon (yuan)', item: 'item', figure: 'figure', difference: 'difference B − A',
    incomeDifference: 'income per person, B − A (yuan)', metric: 'metric', percent: 'percent', correlation: 'partial correlation', factor: 'factor', index: 'index', kindOfIncome: 'kind of income',
  },
  legend: {
    povertyLine: 'poverty line', withdrawal: 'withdrawal', band: '5-95% of replicates', nominal: 'nominal', real: 'real',
    S1: 'first order S1', ST: 'total order ST', endYear: (y: number) => `in ${y}`,
    noneAnyYear: 'none in any year', noneAfterWithdrawal: 'none after withdrawal',
  },
  title: {
    income: 'Income per person by mode',
    composition: 'Where income comes from: self-made against transfers',
    poverty: 'Poverty and return to poverty',
    empowerment: 'Empowerment: resources (R), knowledge (K), agency (V)',
    participation: 'Participation and who benefits',
    fiscal: 'Fiscal cost',
    survey: 'Virtual survey against the field survey (Cao and Li, Tables 2-4)',
    difference: 'Paired difference of two runs (B − A)',
    yearlyDifference: 'Income per person year by year, B − A',
    heatmap: 'Outcomes over the swept parameters',
    sobol: 'Sobol sensitivity indices',
    morris: 'Morris screening: mu* against sigma',
    participationBars: (y: number) => `participation in ${y}`,
    benefits: 'program benefits per person',
    elite: 'elite-capture share',
    headcount: 'persons below the poverty line',
    returnBars: 'households back below the line at least once',
    fiscalByInstrument: 'by instrument, per year',
    fiscalByMode: 'per household, by mode',
    overTime: 'over time', atEnd: (y: number) => `in ${y}`,
  },
  subtitle: {
    income: (start: number | null, complete: number | null) => (start === null ? 'nothing is withdrawn; dashed: poverty line' : `shaded: withdrawal ${start}-${complete}; dashed: poverty line`),
    perRegisteredNotPoor: (v: string, end: number) => `total cost / registered households above the line in ${end}: ${v} yuan (a ratio, not a cost per household kept out of poverty)`,
    bars: (n: number) => (n > 1 ? `bars: mean of ${n} replicates, whiskers: 95% interval of the mean` : 'bars: one replicate (no interval)'),
    replicates: (n: number) => `mean of ${n} replicates`,
    noise: (share: string) => `replicate noise: ${share} of the variance`,
    ownScale: 'each panel has its own colour scale (at least ±2.5% around its values, so a flat outcome stays one colour)',
  },
  metrics: {
    incomeBefore: 'income before withdrawal', incomeAfter: 'income after withdrawal', incomeDropPct: 'drop, before to after %',
    yearsAboveLineShare: 'years above the line from withdrawal', povertyRateEnd: 'households poor, end year', returnToPovertyRate: 'households back below the line',
    R: 'R resources', K: 'K knowledge', V: 'V agency', hematopoiesisShare: 'hematopoiesis share', fiscalCostPerHousehold: 'fiscal cost per household',
    fiscalTotal: 'fiscal cost, total', fiscalPerRegisteredNotPoor: 'fiscal cost / registered households not poor at the end', households: 'households', incomeShockPct: 'fall into trough %',
    incomeMean: 'income per person', povertyRate: 'households poor',
    selfMadeBefore: 'self-made income before', selfMadeAfter: 'self-made income after', povertyRateBeforeSupportEnd: 'households poor before support, end year',
    povertyRateSelfMadeEnd: 'households poor on self-made income, end year', underThresholdEnd: 'households under the monitoring threshold, end year', incomeEffectBefore: 'mode adds to income, before', incomeEffectAfter: 'mode adds to income, after',
    selfMadeEffectAfter: 'mode adds to self-made income, after', povertyEffectAfter: 'mode changes households poor, after',
    householdYearsAboveLine: 'household-years above the line from withdrawal', fiscalTotalFromWithdrawal: 'fiscal cost from withdrawal',
  } as Record<string, string>,
  outcome: (metric: string, mode: string, year: number | null) => `${metric} (${mode}${year !== null ? `, ${year}` : ''})`,
  reading: {
    income: (p: { lastBefore: number; trough: string; fall: string; rises: boolean; values: string }) =>
      `From ${p.lastBefore} to its lowest year in ${p.trough}, income per person of all households ${p.rises ? `did not fall (it stayed ${p.fall} higher)` : `fell by ${p.fall}`} (by mode: ${p.values}; negative: no fall).`,
    incomeNone: 'Nothing is withdrawn in this scenario: the shaded years and the fall into the trough do not apply.',
    incomeLine: (p: { year: number; low: string; high: string }) => `In ${p.year} the modes' income per person stood at ${p.low} to ${p.high} times the poverty line.`,
    composition: (p: { year: number; values: string }) => `In ${p.year} the share of income households made themselves was ${p.values}; the rest came from transfers.`,
    compositionShift: (p: { from: number; to: number; before: string; after: string }) =>
      `Across all households the self-made share moved from ${p.before} in ${p.from} to ${p.after} in ${p.to}.`,
    poverty: (p: { year: number; rate: string; values: string }) =>
      `In ${p.year}, ${p.rate} of persons lived below the poverty line (persons in households of each mode: ${p.values}).`,
    returnNone: 'No household that had left poverty fell back below the line after withdrawal.',
    returnSome: (p: { all: string; lastBefore: number; counted: string; values: string }) =>
      `Of the households out of poverty in ${p.lastBefore}, ${p.all} fell below the line at least once in ${p.counted} (${p.values}).`,
    empowerment: (p: { year: number; values: string }) => `In ${p.year} the mean of R, K and V was ${p.values}.`,
    weakest: (p: { level: string }) => `Over all households, ${p.level} is clearly the weakest of the three levels.`,
    /** An ordering of the modes (src/report/ordering.ts) as a sentence of a chart's reading. */
    order: (p: { what: string; status: 'single' | 'no-interval' | 'none' | 'ordered'; letters: string; n: number }) =>
      p.status === 'no-interval' ? `With one replicate there is no interval, so the modes are not ranked by ${p.what}.`
        : p.status === 'none' ? `Over ${p.n} replicates the modes cannot be told apart by ${p.what}.`
          : `By ${p.what}, over ${p.n} replicates the modes group as ${p.letters} (modes sharing a letter cannot be told apart).`,
    orderWhat: {
      incomeShockPct: 'the fall into the trough (smallest first)', hematopoiesisShare: 'the self-made share (highest first)', povertyHeadcount: 'the share of persons below the line (lowest first)',
      returnToPovertyRate: 'households back below the line (fewest first)', empowerment: 'the mean of R, K and V (highest first)',
    } as Record<string, string>,
    participation: (p: { year: number; nominal: string; real: string }) =>
      `In ${p.year} households took part nominally in ${p.nominal} of the eight measures but really worked at ${p.real}.`,
    benefits: (p: { year: number; registered: string; others: string; elite: string }) =>
      `Registered-poor households received ${p.registered} yuan per person in program benefits in ${p.year}, other households ${p.others}; ${p.elite} of benefits went to households with a cadre or party member.`,
    fiscal: (p: { total: string; start: number; end: number; top: string; topShare: string; perRegistered: string }) =>
      `From ${p.start} to ${p.end} support cost ${p.total} yuan; the largest item was ${p.top} (${p.topShare}). Divided by the registered households above the line in ${p.end}, that is ${p.perRegistered} yuan each: a ratio, not what keeping a household out of poverty cost.`,
    survey: (p: { t2: string; t4: string; worstItem: string; worstGap: string }) =>
      `The virtual survey is within ${p.t2} percentage points of the field survey on household profile (Table 2, mean gap) and ${p.t4} on income sources named (Table 4); the largest gap is ${p.worstItem} (${p.worstGap} points).`,
    difference: (p: { n: number; clear: string; none: boolean }) =>
      p.none ? `With ${p.n} paired replicates, no difference is clearly away from zero.` : `With ${p.n} paired replicates, the differences clearly away from zero are: ${p.clear}.`,
    differenceUnpaired: (p: { n: number; clear: string; none: boolean }) =>
      `Not paired (differences of means with Welch intervals, at least ${p.n} replicates per run): ${p.none ? 'no difference is clearly away from zero' : `the differences clearly away from zero are: ${p.clear}`}.`,
    differenceOne: 'With a single replicate there is no interval: run both with --replicates 5 or more.',
    yearlyDifference: (p: { year: number; diff: string; more: boolean; low: string; high: string; n: number }) => `In ${p.year}, B's households had ${p.diff} yuan per person ${p.more ? 'more' : 'less'} than A's (difference B − A: 95% interval ${p.low} to ${p.high}, ${p.n} pairs).`,
    heatmap: (p: { metric: string; high: string; highAt: string; low: string; lowAt: string }) =>
      `${p.metric} is highest (${p.high}) at ${p.highAt} and lowest (${p.low}) at ${p.lowAt}.`,
    sobol: (p: { output: string; noise: string; factors: string }) =>
      `For ${p.output}, replicate noise explains ${p.noise} of the variance; clearly above both zero and that share: ${p.factors}.`,
    sobolFactor: (p: { factor: string; st: string; low: string; high: string }) => `${p.factor} (total-order index ${p.st}, ${p.low}-${p.high})`,
    mostlyNoise: (p: { output: string; noise: string }) =>
      `For ${p.output}, replicate noise explains most of the variance (${p.noise}), so the indices measure mostly noise and single out no factor.`,
    sobolNone: (p: { output: string; noise: string }) =>
      `For ${p.output}, replicate noise explains ${p.noise} of the variance; no factor's total-order index lies clearly above that share, so the indices single out no factor.`,
    morris: (p: { output: string; noise: string; factor: string; muStar: string }) =>
      `For ${p.output}, replicate noise explains ${p.noise} of the variance; ${p.factor} has the largest mean absolute effect (mu* ${p.muStar}), its interval above every other factor's.`,
    morrisNone: (p: { output: string; noise: string }) => `For ${p.output}, replicate noise explains ${p.noise} of the variance; the factors' mu* intervals overlap, so none is clearly the most influential.`,
  },
  report: {
    title: (scenario: string) => `ipasim report: ${scenario}`,
    sweepTitle: (sweep: string) => `ipasim sweep report: ${sweep}`,
    intro: (p: { scenario: string; seed: number; replicates: number; start: number; end: number }) =>
      `Scenario ${p.scenario}, seed ${p.seed}, ${p.replicates} replicate(s), years ${p.start}-${p.end}. Income in yuan per person per year at 2020 prices.`,
    sweepIntro: (p: { points: number; replicates: number; design: string }) => `${p.points} design points (${p.design}), ${p.replicates} replicate(s) each.`,
    headline: 'The modes side by side',
    charts: 'Charts',
    scenario: 'Scenario and manifest',
    scenarioNote: 'The resolved scenario (every default filled in): rerunning it reproduces these results.',
    files: 'Each chart is also in charts/ as SVG, PNG and its Vega-Lite specification (.vl.json).',
    generated: (v: string) => `Written by ipasim ${v}.`,
    noSensitivity: 'No sensitivity.json in this folder: run "ipasim analyze" for Sobol or Morris charts.',
    question: (q: string) => `Question: ${q}`,
    prim: {
      heading: (where: string) => `Where ${where}: scenario discovery (PRIM)`,
      intro: 'The box of parameter ranges where the condition holds most often, found by PRIM (ipasim analyze --where). The base rate is the share of all runs that meet the condition; density the share of runs in the box that meet it; lift the density over the base rate; coverage the share of the runs meeting the condition that fall in the box. A box counts only where its density is clearly above the base rate (the lower end of its 95% interval lies above it).',
      base: (p: { positives: number; runs: number; base: string }) => `${p.positives} of ${p.runs} runs meet the condition: a base rate of ${p.base}.`,
      box: (p: { coverage: string; density: string; lift: string; base: string }) => `In the box, ${p.density} of the runs meet it (density), ${p.lift} times the base rate of ${p.base} (lift); the box holds ${p.coverage} of the runs that meet it (coverage).`,
      none: (p: { density: string; base: string }) => `No box beats the base rate: the best box PRIM found has a density of ${p.density}, not clearly above the base rate of ${p.base}, so no parameter range singles these runs out.`,
      parameter: 'parameter', from: 'from', to: 'to',
    },
  },
  compare: {
    heading: (a: string, b: string) => `B − A: ${b} minus ${a}`,
    seedsMatch: (n: number) => `Seeds match (${n} paired replicates): common random numbers, so the differences are paired.`,
    unpaired: (why: string) => `warning: not paired (${why}); differences of means with Welch 95% intervals, as --unpaired asked.`,
    windowsDiffer: (metrics: string) => `warning: the before/after windows differ, so these figures average other years in A than in B and their difference mixes the scenario change with the change of years (marked *): ${metrics}. The windows:`,
    columns: ['metric', 'mode', 'A', 'B', 'B − A', '95% interval'],
    designsHeading: (reference: string, n: number, mode: string) => `${n} designs against ${reference} (design − reference, mode ${mode})`,
    designsPaired: (n: number) => `Seeds match for every design (${n} paired replicates): common random numbers, so the differences are paired.`,
    designsUnpaired: (why: string) => `warning: not paired (${why}); differences of means with Welch 95% intervals, as --unpaired asked.`,
    designsWindowsDiffer: (design: string, metrics: string) => `warning: ${design} averages other years than the reference for ${metrics} (marked *): their difference mixes the design with a change of years.`,
    designColumns: ['metric', 'design', 'reference', 'design', 'design − ref.', '95% interval'],
    outsideAnnounced: (design: string) => `note: ${design} pays the collective's asset income as dividends after 2025, outside the announced policy (no simple handing out of money, 不搞简单发钱): a counterfactual, not an option the rules offer.`,
  },
  after2025: {
    heading: 'After 2025: each design against the reference',
    intro: (reference: string, start: number, end: number, n: number) => `Each design against ${reference}, replicate by replicate over the same ${n} seeds (common random numbers). Poverty is the share of households under the line in ${end} on each measure; self-made income is per person, averaged over ${start}-${end} (the same years in every design); K and V are means per household in ${end}; the fiscal cost and the household-years above the line run from ${start} to ${end}. Every figure has its 95% interval; "…" joins its ends.`,
    notPaired: 'The section needs paired runs (the same villages, horizon and seeds): it is left out for runs compared with --unpaired.',
    startsDiffer: (starts: string) => `The section is left out: the runs' withdrawal starts differ (${starts}), so their fiscal costs and household-years above the line would cover other years. Set analysis.withdrawalStart alike in every design.`,
    noWithdrawal: 'The section is left out: the reference has no withdrawal start, so no year marks the end of the transition (set analysis.withdrawalStart).',
    figures: {
      povertyRateEnd: (c: AfterContext) => `households poor in ${c.end}, all income`,
      povertyRateBeforeSupportEnd: (c: AfterContext) => `households poor in ${c.end} before support`,
      povertyRateSelfMadeEnd: (c: AfterContext) => `households poor in ${c.end} on self-made income`,
      underThresholdEnd: (c: AfterContext) => `households under the monitoring threshold in ${c.end}`,
      selfMadeFromStart: (c: AfterContext) => `self-made income per person, mean ${c.span} (yuan)`,
      K: (c: AfterContext) => `K knowledge per household, ${c.end}`,
      V: (c: AfterContext) => `V agency per household, ${c.end}`,
      fiscalTotalFromWithdrawal: (c: AfterContext) => `fiscal cost ${c.span} (yuan)`,
      householdYearsAboveLine: (c: AfterContext) => `household-years above the line ${c.span}`,
    } as Record<string, (c: AfterContext) => string>,
    columns: ['figure', 'reference', 'design (95% interval)', 'design − reference (95% interval)'],
    cost: 'fiscal cost per household-year kept above the line (Δ fiscal cost / Δ household-years above the line, yuan; Fieller 95% interval)',
    costStatus: {
      bounded: (v: string, low: string, high: string) => `${v} (${low} … ${high})`,
      'denominator-not-positive': () => 'none kept: the design keeps fewer household-years above the line than the reference',
      'denominator-unclear': () => 'undefined: the design\'s household-years above the line cannot be told from the reference\'s, so the ratio has no finite interval',
      'too-few': () => 'undefined: fewer than two paired replicates',
    },
    orderHeading: 'Which design: every pair compared on its paired differences, intervals simultaneous over the pairs (95%); designs sharing a letter cannot be told apart (highest first)',
    order: (figure: string, letters: string) => `${figure}: ${letters}`,
    highest: (design: string, figure: string) => `${design} has clearly the highest ${figure}: its interval against every other design lies above 0.`,
    lowest: (design: string, figure: string) => `${design} has clearly the lowest ${figure}: its interval against every other design lies below 0.`,
    noneApart: (figure: string) => `No two designs can be told apart on ${figure}.`,
    pp: 'pp',
    outsideTag: 'outside the announced policy: dividends',
  },
};
