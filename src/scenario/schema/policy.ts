import { z } from 'zod';
import { group, int, labelled, num, share, withPrior, year } from './param.js';
import { LowIncome } from './lowIncome.js';
import { yearly } from './series.js';
import { CPI, in2020Yuan } from './cpi.js';

/**
 * The current rural poverty standard as published, nominal yuan a year (recalled; 2019
 * second-hand). 2020 is 2019's carried forward by the CPI: the "about 4,000 yuan" quoted for
 * 2020 is the comprehensive standard with the "two assurances and three guarantees", not the
 * income line (data.md §12), so it is not used.
 */
const POVERTY_LINE_NOMINAL: readonly [number, number][] = [[2015, 2855], [2016, 2952], [2017, 2952], [2018, 2995], [2019, 3218], [2020, Math.round(3218 * (1 + CPI[2020]))]];
/** The same in yuan of 2020, rounded to the yuan: the default of policy.povertyLine. */
const POVERTY_LINE = POVERTY_LINE_NOMINAL.map(([from, v]) => ({ from, value: Math.round(in2020Yuan(v, from)) }));

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
/**
 * The area-level tilt after the transition (cooperative and workshop subsidies): kept through the
 * 15th Five-Year Plan (2026-2030, "大稳定、小调整": fiscal input kept stable, 韩文秀 2025-10-24,
 * data.md 10), then tapered over five years (an assumption: nothing is announced beyond 2030).
 */
const TILT_END = 2030, TILT_TAPER = 5;

/** All instruments. Defaults: the transition period keeps policy on to 2025, then each ends its own way. */
export const Instruments = group(
  {
    dividend: instrument({ name: 'dividend', ...T, path: 'keep', source: '001 §4.2; after the transition 国办函〔2021〕51号 (the assets poverty-alleviation funds built stay with the village collective and keep earning)', description: 'the collective\'s asset income (the fund\'s returns from the enterprise, the photovoltaic station, workshop rents) reaching households by the collective\'s rule (collective.rule, and from collective.afterTransition.from collective.afterTransition.rule); the level scales the share paid out. Kept after 2025 by default: the assets stay with the collective (scenarios/p-village-withdrawal.yaml stops it)' }),
    startupGrant: instrument({ name: 'start-up grant', start: 2016, end: 2020, path: 'abrupt', source: '001 §4.2', description: 'one-off animals, seed and tools for individual farming' }),
    materialHelp: instrument({ name: 'material help', ...T, path: 'fold', to: 0.5, source: '001 §4.2', description: 'free machine ploughing, seed and technical service for the whole village' }),
    coopSubsidy: instrument({ name: 'coop subsidy', start: 2016, end: TILT_END, path: 'taper', years: TILT_TAPER, source: '002 §4.3; after 2025 the area-level tilt (docs/model.md §7.21)', description: 'input and management subsidy to cooperatives; after the transition part of the area-level tilt for underdeveloped areas (linkage funds, paired assistance), kept through the 15th Five-Year Plan and then tapered by default', amount: { def: 1000, max: 50000, unit: 'yuan/member/year', source: 'assumption', description: 'subsidy per cooperative member', prior: [300, 3000, 'reasoning: input and management subsidies of a few hundred to a few thousand yuan a member'] } }),
    workshopSubsidy: instrument({ name: 'workshop subsidy', start: 2016, end: TILT_END, path: 'taper', years: TILT_TAPER, source: '003; after 2025 the area-level tilt (docs/model.md §7.21)', description: 'rent and wage subsidy that keeps workshops open; after the transition part of the area-level tilt for underdeveloped areas, kept through the 15th Five-Year Plan and then tapered by default', amount: { def: 30000, max: 1e6, unit: 'yuan/workshop/year', source: 'assumption', description: 'subsidy per workshop', prior: [10000, 60000, 'reasoning: rent and wage subsidies of 10,000-60,000 yuan a workshop (003)'] } }),
    welfarePosts: instrument({ name: 'welfare posts', ...T, path: 'keep', source: '001 §4.2; after 2025 the 2025 No. 1 central document (developmental help for the low-income population able to work) and the rural public-welfare post rules (data.md 4)', description: 'public-welfare posts (cleaning, forest ranging) for weak-labor households; a post pays Yangqu\'s minimum wage pro rata for its hours (40 % of full time) all year, the rule of the employment subsidy fund (src/engine/wages.ts); the amount is a level against that rule. Kept after 2025 by default, for the households policy.lowIncome.targeting.welfarePosts names' }),
    livingSupport: instrument({ name: 'living guarantee', start: 2016, end: 2035, path: 'keep', source: 'State Council Decree 649 (Interim Measures on Social Assistance, 2014, rev. 2019), arts. 9-10', description: 'the minimum living guarantee (dibao): means-tested on income without it, with a labour test, paid by tier (policy.minimumLiving); part of the ordinary social floor', amount: { def: 1, max: 3, unit: 'level', source: 'policy.minimumLiving.standard', description: 'multiple of the published standard paid at full level (1 = as published)' } }),
    extremePoverty: instrument({ name: 'extreme poverty', start: 2016, end: 2035, path: 'keep', source: 'State Council opinion on extreme-poverty support, 国发〔2016〕14号', description: 'extreme-poverty support (特困人员救助供养): persons with no work capacity, no income and no supporter able to support them receive a basic living standard above the guarantee\'s (policy.extremePoverty); part of the ordinary social floor', amount: { def: 1, max: 3, unit: 'level', source: 'policy.extremePoverty.ratio', description: 'multiple of the basic living standard paid at full level (1 = as set)' } }),
    pension: instrument({ name: 'pension', start: 2016, end: 2035, path: 'keep', source: 'State Council opinion on the unified rural and urban residents\' basic pension, 国发〔2014〕8号', description: 'the rural residents\' basic pension for residents 60+: the basic pension (central minimum plus Shanxi\'s top-up, policy.pension.basic) and the personal-account pension; part of the ordinary system', amount: { def: 1, max: 3, unit: 'level', source: 'policy.pension.basic', description: 'multiple of the published pension paid at full level (1 = as published)' } }),
    medical: instrument({ name: 'medical cover', ...T, path: 'fold', to: 0, source: '004', description: 'preferential medical cover for registered households, above ordinary insurance', amount: { def: 0.35, max: 0.5, unit: 'share of cost', source: 'assumption', description: 'extra reimbursement share above the ordinary rate', prior: [0.2, 0.45, 'reasoning: registered households were reimbursed 80-90% of costs against about 50% ordinary'] } }),
    insurance: instrument({ name: 'insurance', ...T, path: 'keep', source: '002 §4.3', description: 'subsidised agricultural insurance: crops, own herds and cooperative herds', amount: { def: 0.5, max: 1, unit: 'share of loss', source: 'assumption', description: 'share of disaster losses insured', prior: [0.3, 0.7, 'reasoning: subsidised policies cover a third to two thirds of losses'] } }),
    training: instrument({ name: 'training', ...T, path: 'keep', source: '001 §4.2', description: 'weekend school and cooperative lectures (scales the modes\' training gains)' }),
    microcredit: instrument({ name: 'microcredit', ...T, path: 'strengthen', to: 1.2, source: '004', description: 'small interest-free loans for production', amount: { def: 20000, max: 200000, unit: 'yuan/loan', source: '001 T1', description: 'loan ceiling (the loan becomes household debt at economy.finance.debtInterest; the state books a 5% interest subsidy)' } }),
    infrastructure: instrument({ name: 'infrastructure', ...T, path: 'keep', source: '004', description: 'roads, water and market access; raises farm output', amount: { def: 0.08, max: 0.5, unit: 'share of output', source: 'assumption', description: 'output gain at full level', prior: [0.03, 0.15, 'reasoning: roads and water raise farm output by a few to 15%'] } }),
    monitoring: instrument({ name: 'monitoring', ...T, path: 'keep', source: '004', description: 'help for households at risk: help cadres watch registered households from 2016 (targeted poverty alleviation), the return-to-poverty monitoring watches every household from policy.monitoring.everyoneFrom; those found at risk are offered a welfare post, a one-off grant or inclusion in the minimum living guarantee, within capacity (policy.monitoring); never a top-up to the line' }),
    lastPush: instrument({ name: 'last push', start: 2019, end: 2020, path: 'abrupt', source: 'State Council white paper on poverty alleviation (April 2021): the final assault of 2019-2020', description: 'the campaign\'s last push: each registered household still under the line is visited; one able to work is given a public-welfare post (created for it, beside the village\'s posts) and a one-off industry-support grant in kind (animals at economy.breeding.animalValue joining its herd: capital, not income, whose yield from the next year is breeding income), one that cannot work is enrolled in the minimum living guarantee at its standard (the full gap, no take-up loss). A mechanism, not a top-up to the line: whether the household leaves poverty depends on whether a member works the post and on what it earns. Set end below start to switch it off', amount: { def: 3000, max: 50000, unit: 'yuan/household', source: 'assumption', description: 'the push\'s industry-support grant (产业奖补) to a registered household able to work still under the line, once, in kind: animals worth this much join its herd (counted once, as capital; never booked as income)', prior: [1000, 5000, 'reasoning: county industry-support awards to registered households were a few thousand yuan, commonly capped at 5,000 a household'] } }),
    lowIncome: instrument({ name: 'low-income', start: 2026, end: 2035, path: 'keep', source: 'the 2025 No. 1 central document (Xinhua 2025-02-24: identify and monitor the rural low-income population and those at risk in one mechanism); 国办函〔2023〕39号 (the low-income population, tiered assistance)', description: 'identification and monitoring of the rural low-income population after the transition (policy.lowIncome): recipients of the guarantee and extreme-poverty support, households on the guarantee\'s edge and with heavy necessary spending, and those the return-to-poverty monitoring finds at risk, found by the dynamic monitoring and followed by the cadres within their capacity; the amount scales that capacity. The followed households are the ones the monitoring, the posts, industry support and training reach' }),
    industrySupport: instrument({ name: 'industry support', start: 2026, end: 2035, path: 'keep', source: 'the 2025 No. 1 central document (developmental help for those able to work); MARA 2023 (each monitored household able and willing to work gets at least one industry or employment measure, data.md 9)', description: 'industry support in kind (到户类 animals) for followed low-income households able to work and with the labor to keep animals, once per household, within the village\'s yearly capacity (policy.lowIncome.industryPerVillage): capital, not income, like the start-up grant', amount: { def: 3000, max: 50000, unit: 'yuan/household', source: 'assumption', description: 'value of the animals given once to a household (their number is this over economy.breeding.animalValue)', prior: [1000, 6000, 'reasoning: no national amount is set (MARA counts measures, not yuan: data.md 9); county industry-support awards and in-kind help to lifted-out and monitored households were a few thousand yuan, commonly capped at 5,000 (recalled, no county rule found for Yangqu); 3,000 is the same as the last push\'s grant and the monitoring\'s grant in the model, so the designs compare like with like'] } }),
    medicalAssistance: instrument({ name: 'medical aid', start: 2026, end: 2035, path: 'keep', source: '国办发〔2021〕42号 (medical assistance for the low-income population: premiums paid in full for extreme-poverty support, in part for guarantee recipients; a share of the costs insurance leaves)', description: 'medical assistance (医疗救助) for households identified as low-income (policy.lowIncome): an extra share of medical cost paid above ordinary insurance; after the transition it replaces the registered households\' preferential cover (medical), which folds into ordinary insurance', amount: { def: 0.2, max: 0.5, unit: 'share of cost', source: 'assumption', description: 'extra reimbursement share above the ordinary rate for an identified low-income household, one share for every category (the rules tier it: see the prior\'s reasoning)', prior: [0.1, 0.35, 'reasoning: the rules tier medical assistance by category (国办发〔2021〕42号: premiums paid in full for extreme-poverty support and in part for guarantee recipients; the reimbursement shares, set by provinces, highest for extreme-poverty support and guarantee recipients, lower for edge and monitored households; the provincial shares were not found). Medical assistance pays some 60-70 % of the eligible costs left after basic and critical-illness insurance, within yearly caps: a fifth to a third of the whole cost on top of the ordinary half. One share stands for the mean over the found households, most of them on the floor or at risk; a tiered version would pay the floor more and the edge less'] } }),
  },
  'support instruments, each with its own start, end and withdrawal path',
);

export const Policy = group(
  {
    povertyLine: z
      .array(z.strictObject({
        from: withPrior(year(2016, 'assumption', 'first year of this value'), 2014, 2030, 'a setting, not an uncertain quantity: the fixed value is the prior'),
        value: withPrior(num(4000, 0, 100000, 'yuan/person/year', 'assumption', 'line in 2020 yuan'), 2800, 4400, 'reasoning: the official line of 2015-2020 is 3,160-3,300 yuan of 2020; a tenth either way for the deflator and the recalled figures, up to the 4,000 of the comprehensive standard'),
      }))
      .min(1)
      .prefault(POVERTY_LINE)
      .meta({ description: `poverty line by year, in 2020 yuan: the current rural standard (2,300 yuan at 2010 prices) as published each year, ${POVERTY_LINE_NOMINAL.map(([y, v]) => `${v.toLocaleString('en-US')} in ${y}`).join(', ')} (nominal; 2017 and before 2019 recalled), deflated by the CPI; 2020's is 2019's carried by the CPI (the "about 4,000" quoted for 2020 is the comprehensive standard with the two assurances and three guarantees, not an income line), and it holds after 2020. The 2014-15 registration read the 2015 line`, source: 'NBS rural poverty monitoring (current rural standard by year; recalled, 2019-2020 second-hand: docs/references.md)', unit: 'yuan/person/year' }),
    laborPoor: withPrior(num(0.25, 0, 1, 'full-worker equivalents per member', 'assumption', 'labor at home per resident member below which a household cannot work its way out: the minimum living guarantee and welfare posts go to such households'), 0.15, 0.35, 'reasoning: a household with less than a fifth to a third of a full worker per member cannot live from work'),
    monitoringBand: num(0.5, 0, 3, 'fraction of the line', 'People\'s Daily 2020-06-30 (monitoring rules of 2020: households under about 1.5 times the national poverty line)', 'before the first year of policy.monitoring.threshold the monitoring threshold is line x (1 + band): households under it whose income fell (policy.monitoring.riskDrop) count as at risk, as do households poor before support'),
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
        standard: yearly({
          2015: { value: 3177.6, source: 'State Council Leading Group Office of Poverty Alleviation, SCIO press conference 2020-11-23 ("3,178 yuan in 2015")' },
          2016: { value: 3744.0, source: 'Ministry of Civil Affairs statistical bulletin 2016 (recalled, data.md 6b)' },
          2017: { value: 4300.7, source: 'Ministry of Civil Affairs, press conference Q2 2018 (4,301 yuan at end-February 2018)' },
          2018: { value: 4833.4, source: 'Ministry of Civil Affairs statistical bulletin 2018 (recalled, data.md 6b)' },
          2019: { value: 5335.5, source: 'Ministry of Civil Affairs statistical bulletin 2019 (recalled, data.md 6b)' },
          2020: { value: 5962.3, source: 'Ministry of Civil Affairs statistical bulletin 2020 (recalled, data.md 6b; "about 5,800 yuan" in November 2020, SCIO 2020-11-23)' },
          2021: { value: 6362.2, source: 'Ministry of Civil Affairs statistical bulletin 2021 (recalled, data.md 6b)' },
          2022: { value: 6985.2, source: 'Ministry of Civil Affairs statistical bulletin 2022 (recalled, data.md 6b)' },
          2024: { value: 7126.8, source: 'NBS report carried by gov.cn 2025-09-28: rural average standard 593.9 yuan a person a month at end-2024' },
          2025: { value: 7232.3, source: 'Minister of Civil Affairs, press conference October 2025: rural standard +21.3 % on 2020 (5,962.3 x 1.213)' },
        }, { unit: 'yuan/person/year', min: 0, max: 100000, description: 'national average rural dibao standard at the end of the year, nominal (the year\'s standard in the model; 2023 is interpolated)' }),
        provinceRatio: withPrior(num(0.92, 0.3, 2, 'ratio', 'derived (data.md 6c): Shanxi\'s average rural standard in 2025, about 554.5 yuan a month (the 2026 disability subsidies, 122 yuan a month, are 22 % of it), against the national 602.7 (7,232 a year)', 'Shanxi\'s rural standard against the national average, applied to every year: no Shanxi series for 2016-2024 was found, so the national series is scaled by its 2025 ratio'), 0.85, 1, 'reasoning: Shanxi\'s standard stood 8 % under the national average in 2025; a central province is unlikely to have been above it or far below it in earlier years'),
        realGrowthAfter: withPrior(num(0.03, -0.05, 0.2, 'per year', 'assumption', 'real growth of the standard after its last data year'), 0.01, 0.05, 'reasoning: the rural standard rose about 3.3 % a year in real terms 2020-2025; since 2024 it is set as a share of the previous year\'s rural consumption per person (民发〔2024〕16号), which grew 3-6 % a year'),
        pensionDisregardFrom: withPrior(year(2021, '民发〔2021〕57号 (Ministry of Civil Affairs, measures for reviewing and confirming the minimum living guarantee, 2021; recalled)', 'first year the means test leaves the basic pension out of counted income (during the 14th five-year plan the basic pension the centre sets is not counted); before it the pension counts'), 2016, 2021, 'a setting: provinces that left it out earlier are not known for Shanxi'),
        disregardDividends: withPrior(share(1, 'assumption', 'share of poverty-alleviation dividends left out of the means test until collective.afterTransition.from (guidance linking the guarantee with poverty alleviation let counties disregard such income so that it would not cut the guarantee)'), 0, 1, 'reasoning: counties differed in whether fund dividends counted in the means test'),
        disregardAssetIncome: withPrior(share(0, '民发〔2021〕57号 (measures for reviewing and confirming the guarantee, 2021; recalled): the income left out of the means test is listed (awards and special allowances, social-assistance payments, during the 14th five-year plan the basic pension, and what prefecture-level governments add), and collective asset income is not among them', 'from collective.afterTransition.from, in place of disregardDividends: share of the collective\'s asset income paid to households left out of the means test, the same for money paid as dividends and for the part of welfare-post pay the collective paid, so that no distribution rule wins by the accounting (the labour rule\'s aid to households that cannot work has its own setting, disregardAid)'), 0, 1, 'a setting: after the transition the assets\' income is the collective\'s ordinary income and counts (0, the default); a county that kept the campaign\'s disregard for its distributions would leave it out (1)'),
        disregardAid: withPrior(share(1, 'Hebei photovoltaic income rule 2018, a Henan county 2023 and 敖汉旗 2021 (data.md 11): the collective\'s aid is relief for special groups (救助特殊人群救济, temporary aid for households in difficulty) leaning to households with weak or no labour, beside the floor, not in place of it; 民发〔2021〕57号 (recalled) leaves social-assistance payments out of counted income', 'from collective.afterTransition.from, share of the public-welfare-labour rule\'s aid (collective.afterTransition.aidShare) left out of the means test. Counted, it replaces the floor: extreme-poverty support pays its standard in full and stops once income passes the guarantee\'s standard, so a small aid knocks a household off a larger payment. Left out rather than targeted away from the floor\'s recipients because the county rules send the aid to households without labour, most of whom the floor already pays'), 0, 1, 'a setting: a county that counts the aid as income (0) lets it replace the floor; 1 keeps the aid an addition to it'),
        gapShare: withPrior(share(0.7, 'assumption', 'the tier rule: households whose resident members are all elderly (60+), children (under 16), chronically ill or disabled (the key groups) receive the full gap between their income and the standard; other enrolled households receive this share of it (分档 payment)'), 0.3, 1, 'reasoning: provinces pay lower tiers a fixed part of the gap or of the standard, from about a third up to the full gap; the mean payment per recipient, about 60 % of the standard nationally in 2018, is a calibration target'),
        takeUp: withPrior(share(0.7, 'assumption', 'probability that an eligible household is found and enrolled in a year (exclusion error); the same for extreme-poverty support'), 0.5, 0.95, 'reasoning: exclusion errors of the rural guarantee of 5-50% (002 §3.1; 001 §2 on targeting of the guarantee)'),
      },
      'the minimum living guarantee (dibao): standard by year, means test, labour test (policy.laborPoor), tiers and take-up',
    ),
    extremePoverty: group(
      {
        ratio: num(1.3, 1, 3, 'multiple of the dibao standard', '国发〔2016〕14号 and provincial rules: the basic living standard of extreme-poverty support is not lower than 1.3 times the local dibao standard (recalled, data.md 7; an MCA statement of 2022 has it exceeding the dibao standard by 1.3 times)', 'basic living standard of extreme-poverty support, per person, against the guarantee\'s standard'),
        noSupporter: withPrior(share(0.1, 'assumption', 'probability that a household without a member of working age (16-59, not disabled) at home or away has no legal supporter able to support it (no children, or children who cannot): drawn once per household'), 0.03, 0.3, 'reasoning: 4.46 million rural persons in extreme-poverty support in 2020 (MCA, recalled) against some 40-60 million rural elderly living without working-age family, about a tenth; more in poor villages, fewer where children settled nearby'),
      },
      'extreme-poverty support (特困): who has no work capacity, no income and no supporter, and its standard',
    ),
    pension: group(
      {
        basic: yearly({
          2014: { value: 72.5, source: 'central minimum 55 yuan a month to June, 70 from July 2014, plus Shanxi\'s top-up of 10 from January 2013 (Wanrong county notice, March 2022; data.md 5a): yearly mean' },
          2015: { value: 80, source: 'central minimum 70 (July 2014) plus Shanxi\'s 10 (data.md 5a)' },
          2016: { value: 80, source: 'central minimum 70 plus Shanxi\'s 10 (data.md 5a)' },
          2017: { value: 80, source: 'central minimum 70 plus Shanxi\'s 10 (data.md 5a)' },
          2018: { value: 103, source: 'central minimum 88 from January 2018 (China Daily 2018-05-14) plus Shanxi\'s 15 (+5 in January 2018, Wanrong county notice)' },
          2019: { value: 103, source: 'central minimum 88 plus Shanxi\'s 15 (data.md 5a)' },
          2020: { value: 105.5, source: 'central minimum 88, then 93 from July 2020, plus Shanxi\'s 15 (Wanrong county notice): yearly mean of 103 and 108' },
          2021: { value: 108, source: 'central minimum 93 plus Shanxi\'s 15 (Wanrong county: 108 before January 2022)' },
          2022: { value: 118, source: 'derived: central minimum 98 (recalled, data.md 5a) plus Shanxi\'s 20 (+5 in January 2022, Wanrong county notice, where the basic pension went from 108 to 113 before the central rise)' },
          2023: { value: 123, source: 'derived: central minimum 103 (second-hand, data.md 5a) plus Shanxi\'s 20' },
          2024: { value: 143, source: 'derived: central minimum 123 (+20, government work report 2024, second-hand) plus Shanxi\'s 20; a pension-calculator file lists Shanxi at 156 in 2024-25 (sources disagree: the derived path is used)' },
          2025: { value: 163, source: 'derived: central minimum 143 (+20, government work report 2025, second-hand) plus Shanxi\'s 20; see 2024 on the disagreement' },
          2026: { value: 183, source: 'derived: central minimum 163 (+20 in 2026, second-hand: 中新网 2026-03-05) plus Shanxi\'s 20' },
        }, { unit: 'yuan/person/month', min: 0, max: 5000, description: 'basic pension of the rural residents\' pension in Shanxi (central minimum plus the provincial top-up), nominal, the year\'s mean' }),
        personalAccount: withPrior(num(10, 0, 500, 'yuan/person/month', 'assumption', 'personal-account pension per person 60+ (account balance / 139), in yuan of economy.priceBaseYear: those already 60 in 2009-14 draw none, later cohorts a little'), 0, 25, 'reasoning: at the lowest contribution tier (100 yuan a year) and a local subsidy of about 30 yuan for up to 15 years the balance is about 2,000-2,500 yuan, 15-18 yuan a month; most of the village\'s elderly contributed fewer years or none (data.md 5a)'),
        realGrowthAfter: withPrior(num(0.03, -0.05, 0.2, 'per year', 'assumption', 'real growth of the basic pension after its last data year'), 0, 0.06, 'reasoning: the central minimum rose by 5 yuan a year to 2023 and by 20 a year in 2024-2026 (12-19 % nominal); whether that pace lasts is open'),
        age: int(60, 40, 80, 'years', '国发〔2014〕8号', 'age from which a resident draws the pension'),
      },
      'the rural residents\' basic pension: its published basic pension by year and the personal-account part',
    ),
    monitoring: group(
      {
        everyoneFrom: year(2020, 'white paper on poverty alleviation 2021', 'first year the monitoring watches every household, not only registered ones (the mechanism to prevent return to poverty, set up in 2020)'),
        threshold: yearly({
          2021: { value: 6000, source: '靖边县乡村振兴局 policy interpretation (jingbian.gov.cn): 1.5 times the campaign\'s poverty line, 6,000 yuan per person in 2021' },
          2022: { value: 6300, source: 'National Rural Revitalisation Administration, yearly notice (recalled, data.md 9)' },
          2023: { value: 6900, source: 'National Rural Revitalisation Administration, yearly notice (recalled, data.md 9)' },
          2024: { value: 7300, source: 'Ministry of Agriculture and Rural Affairs, yearly notice (recalled, data.md 9; one local notice gives 7,500: provinces may set higher)' },
          2025: { value: 7600, source: 'Ministry of Agriculture and Rural Affairs, yearly notice (recalled, about 7,600, data.md 9)' },
        }, { unit: 'yuan/person/year', min: 0, max: 100000, description: 'return-to-poverty monitoring threshold (per-capita net income), nominal' }),
        thresholdGrowthAfter: withPrior(num(0.04, -0.05, 0.2, 'per year', 'assumption', 'real growth of the monitoring threshold after its last data year'), 0.01, 0.06, 'reasoning: the threshold is adjusted each year with rural incomes and prices; it rose about 5 % a year in real terms 2021-2025'),
        riskDrop: withPrior(share(0.2, 'assumption', 'fall in income before support, against last year, that marks a household under the monitoring threshold as at risk (illness, disaster, a lost job)'), 0.1, 0.35, 'reasoning: monitoring looks at income falls of a tenth to a third'),
        grant: withPrior(num(3000, 0, 50000, 'yuan/household', 'assumption', 'one-off industry or employment support grant to a household found at risk'), 1000, 6000, 'reasoning: one-off support grants of 1,000-6,000 yuan'),
        grantsPerVillage: withPrior(num(0.03, 0, 1, 'share of households', 'assumption', 'grants the monitoring can give each year, as a share of the village\'s households'), 0.01, 0.08, 'reasoning: a village helps a few households a year with grants'),
        postPriority: withPrior(num(2, 0, 10, 'priority', 'assumption', 'priority a household at risk gets for a public-welfare post'), 0.5, 4, 'reasoning: households at risk come first for posts, by a margin larger than other priorities'),
        dibaoInclusion: withPrior(share(0.2, 'assumption', 'probability that a household at risk below the dibao standard that can still work is included in the guarantee anyway'), 0.05, 0.5, 'reasoning: monitoring brings a part of the households at risk into the guarantee each year'),
      },
      'what return-to-poverty monitoring does for households at risk (004), and its threshold by year',
    ),
    lowIncome: LowIncome,
    instruments: Instruments,
  },
  'the poverty line, monitoring and the support instruments',
);
