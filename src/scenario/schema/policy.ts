import { z } from 'zod';
import { group, int, labelled, num, share, withPrior, year } from './param.js';

/** How an instrument behaves after its end year (principle 2: each one on its own terms). */
export const WithdrawalPath = z
  .enum(['keep', 'abrupt', 'taper', 'fold', 'strengthen'])
  .meta({ description: 'after the end year: keep as is, stop at once, taper linearly to 0 over `years`, fold into the ordinary system at level `to`, or strengthen to level `to`', unit: 'path', source: '004' });

interface InstrumentDefaults {
  /** The instrument in words, for the short labels of its fields ("cooperative subsidy: amount"). */
  name: string;
  start: number;
  end: number;
  path: z.infer<typeof WithdrawalPath>;
  years?: number;
  to?: number;
  source: string;
  description: string;
  amount?: { def: number; max: number; unit: string; source: string; description: string; prior?: [number, number, string] };
}

/** One support instrument with its own start, end, withdrawal path and (where it has one) amount. */
function instrument(d: InstrumentDefaults) {
  const shape = {
    start: labelled(year(d.start, d.source, 'first year the instrument runs'), `${d.name}: first year`),
    end: labelled(year(d.end, d.source, 'last year at full level; the withdrawal path starts the year after'), `${d.name}: last full year`),
    path: WithdrawalPath.default(d.path),
    years: labelled(num(d.years ?? 5, 1, 30, 'years', '004', 'length of a taper'), `${d.name}: taper years`),
    to: labelled(num(d.to ?? 0.5, 0, 3, 'level', '004', 'level after folding into the ordinary system or strengthening (1 = unchanged)'), `${d.name}: level after`),
    amount: labelled(d.amount
      ? d.amount.prior
        ? withPrior(num(d.amount.def, 0, d.amount.max, d.amount.unit, d.amount.source, d.amount.description), ...d.amount.prior)
        : num(d.amount.def, 0, d.amount.max, d.amount.unit, d.amount.source, d.amount.description)
      : withPrior(num(1, 0, 3, 'level', 'assumption', 'intensity at full level (1 = as observed)'), 0.7, 1.3, 'reasoning: delivery of an instrument as observed, give or take a third'), `${d.name}: amount`),
  };
  return group(shape, d.description);
}

const T = { start: 2016, end: 2025 };

/** All instruments. Defaults: the transition period keeps policy on to 2025, then each ends its own way. */
export const Instruments = group(
  {
    dividend: instrument({ name: 'dividend', ...T, path: 'abrupt', source: '001 §4.2', description: 'fund returns paid out to shareholding households' }),
    startupGrant: instrument({ name: 'start-up grant', start: 2016, end: 2020, path: 'abrupt', source: '001 §4.2', description: 'one-off animals, seed and tools for individual farming' }),
    materialHelp: instrument({ name: 'material help', ...T, path: 'fold', to: 0.5, source: '001 §4.2', description: 'free machine ploughing, seed and technical service for the whole village' }),
    coopSubsidy: instrument({ name: 'coop subsidy', ...T, path: 'abrupt', source: '002 §4.3', description: 'input and management subsidy to cooperatives', amount: { def: 1000, max: 50000, unit: 'yuan/member/year', source: 'assumption', description: 'subsidy per cooperative member', prior: [300, 3000, 'reasoning: input and management subsidies of a few hundred to a few thousand yuan a member'] } }),
    workshopSubsidy: instrument({ name: 'workshop subsidy', ...T, path: 'abrupt', source: '003', description: 'rent and wage subsidy that keeps workshops open' , amount: { def: 30000, max: 1e6, unit: 'yuan/workshop/year', source: 'assumption', description: 'subsidy per workshop', prior: [10000, 60000, 'reasoning: rent and wage subsidies of 10,000-60,000 yuan a workshop (003)'] } }),
    welfarePosts: instrument({ name: 'welfare posts', ...T, path: 'taper', years: 3, source: '001 §4.2', description: 'public-welfare posts (cleaning, forest ranging) for weak-labor households', amount: { def: 6000, max: 50000, unit: 'yuan/post/year', source: 'assumption', description: 'pay per post', prior: [4000, 9000, 'reasoning: public-welfare posts pay about 300-800 yuan a month'] } }),
    livingSupport: instrument({ name: 'living guarantee', start: 2016, end: 2035, path: 'keep', source: 'Ministry of Civil Affairs statistical bulletins 2016-2020', description: 'the minimum living guarantee (dibao): means-tested on income without it, for households that cannot work their way out; part of the ordinary social floor', amount: { def: 5962, max: 30000, unit: 'yuan/person/year', source: 'Ministry of Civil Affairs 2020', description: 'rural dibao standard in 2020 (national average 5,962 yuan a year); earlier years follow policy.minimumLiving.standard2016' } }),
    pension: instrument({ name: 'pension', start: 2016, end: 2035, path: 'keep', source: '004', description: 'ordinary rural basic pension for persons 60+ (part of the ordinary system)', amount: { def: 1100, max: 30000, unit: 'yuan/person/year', source: 'assumption', description: 'pension per person 60+ (national minimum 93 yuan a month in 2020, about 1,100 a year; local top-ups are small)', prior: [1000, 1600, 'reasoning: the national minimum (1,116 yuan a year in 2020) plus a local top-up of up to 40 yuan a month'] } }),
    medical: instrument({ name: 'medical cover', ...T, path: 'fold', to: 0, source: '004', description: 'preferential medical cover for registered households, above ordinary insurance', amount: { def: 0.35, max: 0.5, unit: 'share of cost', source: 'assumption', description: 'extra reimbursement share above the ordinary rate', prior: [0.2, 0.45, 'reasoning: registered households were reimbursed 80-90% of costs against about 50% ordinary'] } }),
    insurance: instrument({ name: 'insurance', ...T, path: 'keep', source: '002 §4.3', description: 'subsidised agricultural insurance: crops, own herds and cooperative herds', amount: { def: 0.5, max: 1, unit: 'share of loss', source: 'assumption', description: 'share of disaster losses insured', prior: [0.3, 0.7, 'reasoning: subsidised policies cover a third to two thirds of losses'] } }),
    training: instrument({ name: 'training', ...T, path: 'keep', source: '001 §4.2', description: 'weekend school and cooperative lectures (scales the modes\' training gains)' }),
    microcredit: instrument({ name: 'microcredit', ...T, path: 'strengthen', to: 1.2, source: '004', description: 'small interest-free loans for production', amount: { def: 20000, max: 200000, unit: 'yuan/loan', source: '001 T1', description: 'loan ceiling (the loan becomes household debt at economy.finance.debtInterest; the state books a 5% interest subsidy)' } }),
    infrastructure: instrument({ name: 'infrastructure', ...T, path: 'keep', source: '004', description: 'roads, water and market access; raises farm output', amount: { def: 0.08, max: 0.5, unit: 'share of output', source: 'assumption', description: 'output gain at full level', prior: [0.03, 0.15, 'reasoning: roads and water raise farm output by a few to 15%'] } }),
    monitoring: instrument({ name: 'monitoring', ...T, path: 'keep', source: '004', description: 'help for households at risk: help cadres watch registered households from 2016 (targeted poverty alleviation), the return-to-poverty monitoring watches every household from policy.monitoring.everyoneFrom; those found at risk are offered a welfare post, a one-off grant or inclusion in the minimum living guarantee, within capacity (policy.monitoring); never a top-up to the line' }),
  },
  'support instruments, each with its own start, end and withdrawal path',
);

export const Policy = group(
  {
    povertyLine: z
      .array(z.strictObject({
        from: withPrior(year(2016, 'assumption', 'first year of this value'), 2016, 2017, 'a setting, not an uncertain quantity: the fixed value is the prior'),
        value: withPrior(num(4000, 0, 100000, 'yuan/person/year', 'assumption', 'line in 2020 yuan'), 3600, 4400, 'reasoning: 2,300 yuan at 2010 prices is 3,600-4,400 yuan of 2020 with the deflators in use'),
      }))
      .min(1)
      .prefault([{ from: 2016, value: 4000 }])
      .meta({ description: 'poverty line by year, in 2020 yuan: 2,300 yuan at 2010 prices is about 4,000 in 2020 (assumption, not in the seeds)', source: 'assumption', unit: 'yuan/person/year' }),
    laborPoor: withPrior(num(0.25, 0, 1, 'full-worker equivalents per member', 'assumption', 'labor at home per resident member below which a household cannot work its way out: the minimum living guarantee and welfare posts go to such households'), 0.15, 0.35, 'reasoning: a household with less than a fifth to a third of a full worker per member cannot live from work'),
    monitoringBand: num(0.5, 0, 3, 'fraction of the line', '004', 'the monitoring threshold is line x (1 + band): households under it whose income fell (policy.monitoring.riskDrop) count as at risk, as do households poor before support (the 2021 threshold was about 6,000 yuan, 1.5 times the line)'),
    exitDeadline: int(2019, 0, 2100, 'year', '001 §3.1', 'year by which every registered household is declared out of poverty (P village: all by 2019); 0 = no deadline'),
    exitCheck: num(0.2, 0, 2, 'fraction of the line', '001 §3.1', 'margin above the line a registered household needs, on income without temporary transfers (grants, monitoring support), to be declared out of poverty'),
    registration: group(
      {
        rule: z.enum(['below-line', 'quota']).default('below-line').meta({ description: 'how cards were given in 2014-15: to households whose assessed income was below the line, or to the poorest up to the village quota (villages[].registeredShare or registeredTotal)', source: 'white paper on poverty alleviation 2021, appendix', unit: 'rule' }),
        guaranteeMargin: withPrior(num(0.3, 0, 2, 'fraction of the line', 'white paper on poverty alleviation 2021, appendix', 'households up to this margin above the line were registered too when they lacked a guarantee (here: a chronically ill or disabled member, the medical guarantee of the "two assurances and three guarantees")'), 0, 0.6, 'reasoning: the guarantees brought in households near the line, not far above it'),
        assessmentError: withPrior(num(0.25, 0, 2, 'log sd', 'assumption', 'error of the 2014-15 income assessment (targeting error): sd of the log ratio of assessed to true income'), 0.1, 0.5, 'reasoning: income assessments in 2014-15 erred by 10-50% (002 §3.1 on targeting errors)'),
        reviewUntil: year(2019, 'white paper on poverty alleviation 2021', 'last year of the yearly review of the card (dynamic adjustment): households found under the line were added; from 2020 the monitoring takes over'),
        reviewFind: withPrior(share(0.3, 'assumption', 'probability that the yearly review finds and registers a household not registered whose income before support is under the line'), 0.05, 0.8, 'reasoning: the 2015-16 re-check and yearly reviews added about 8 million people nationally (some 10% of the registered), finding part of those who fell under the line'),
      },
      'registration of poor households (the card) in 2014-15, and its yearly review',
    ),
    minimumLiving: group(
      {
        since: year(2007, 'State Council notice on the rural minimum living guarantee, 2007', 'year the rural guarantee was in place everywhere: in the first simulated year a household eligible since then has had that many yearly chances to be enrolled'),
        standard2016: num(4100, 0, 30000, 'yuan/person/year', 'Ministry of Civil Affairs 2016', 'rural dibao standard in 2016 in 2020 yuan (3,744 nominal); it rises linearly to the 2020 standard, then stays'),
        disregardDividends: withPrior(share(1, 'assumption', 'share of poverty-alleviation dividends left out of the means test (guidance linking the guarantee with poverty alleviation let counties disregard such income so that it would not cut the guarantee)'), 0, 1, 'reasoning: counties differed in whether fund dividends counted in the means test'),
        gapShare: withPrior(share(0.7, 'assumption', 'share of the gap between income and the standard that the guarantee pays (payments are tiered, not a full top-up)'), 0.5, 1, 'reasoning: tiered payments covered half to all of the gap'),
        takeUp: withPrior(share(0.7, 'assumption', 'probability that an eligible household is found and enrolled in a year (exclusion error)'), 0.5, 0.95, 'reasoning: exclusion errors of the rural guarantee of 5-50% (002 §3.1; 001 §2 on targeting of the guarantee)'),
      },
      'the minimum living guarantee (dibao)',
    ),
    monitoring: group(
      {
        everyoneFrom: year(2020, 'white paper on poverty alleviation 2021', 'first year the monitoring watches every household, not only registered ones (the mechanism to prevent return to poverty, set up in 2020)'),
        riskDrop: withPrior(share(0.2, 'assumption', 'fall in income before support, against last year, that marks a household under the monitoring threshold as at risk (illness, disaster, a lost job)'), 0.1, 0.35, 'reasoning: monitoring looks at income falls of a tenth to a third'),
        grant: withPrior(num(3000, 0, 50000, 'yuan/household', 'assumption', 'one-off industry or employment support grant to a household found at risk'), 1000, 6000, 'reasoning: one-off support grants of 1,000-6,000 yuan'),
        grantsPerVillage: withPrior(num(0.03, 0, 1, 'share of households', 'assumption', 'grants the monitoring can give each year, as a share of the village\'s households'), 0.01, 0.08, 'reasoning: a village helps a few households a year with grants'),
        postPriority: withPrior(num(2, 0, 10, 'priority', 'assumption', 'priority a household at risk gets for a public-welfare post'), 0.5, 4, 'reasoning: households at risk come first for posts, by a margin larger than other priorities'),
        finalCheck: share(1, 'white paper on poverty alleviation 2021', 'share of registered households still poor before support that the campaign\'s final check (the exit deadline to 2020) brings into the minimum living guarantee: those who could not leave poverty by work were covered by the safety net'),
        dibaoInclusion: withPrior(share(0.2, 'assumption', 'probability that a household at risk below the dibao standard that can still work is included in the guarantee anyway'), 0.05, 0.5, 'reasoning: monitoring brings a part of the households at risk into the guarantee each year'),
      },
      'what return-to-poverty monitoring does for households at risk (004)',
    ),
    instruments: Instruments,
  },
  'the poverty line, monitoring and the support instruments',
);
