import { z } from 'zod';
import { group, int, labelled, num, share, withPrior, year } from './param.js';

/** The leading enterprise: the village fund's loan and shares, its fortunes, and its jobs (001 §4.2; 002 §3.3). */
export const Enterprise = group(
  {
    loanYear: year(2016, '001 §4.2', 'year the fund lends to the enterprise'),
    loanPrincipal: num(1_700_000, 0, 1e8, 'yuan', '001 §4.2', 'fund lent to the enterprise ("borrowing money, repaying interest"), nominal'),
    loanRate: num(0.0824, 0, 0.3, 'per year', '001 §4.2', 'fixed return on the loan: 140,000 yuan a year by contract, nominal (in 2020 yuan it falls with the CPI)'),
    loanEnd: withPrior(year(2035, 'assumption', 'last year the enterprise pays the loan\'s return (001 §4.2 gives no term): by default the contract is renewed on the same terms while the enterprise lives, to the shipped horizon; after it the principal goes back to the county\'s fund, outside the village, and the collective earns nothing more from it'), 2025, 2035, 'reasoning: 001 gives the start (2016) and the return, not the term; "borrowing money, repaying interest" contracts with enterprises ran a few years and were renewed while the transition (to 2025) kept the funds in place; after it a county may recall the principal (2025) or keep renewing (2035)'),
    sharesYear: year(2018, '001 §4.2', 'year the fund buys quantified shares'),
    sharesPrincipal: num(2_040_000, 0, 1e8, 'yuan', '001 §4.2', 'fund converted into quantified shares, nominal'),
    sharesRate: labelled(num(0.0784, 0, 0.3, 'per year', '001 §4.2', 'return on the shares in a normal year: over 160,000 yuan a year by contract, nominal (in 2020 yuan it falls with the CPI)'), 'return on the fund shares'),
    breedingExposure: share(0.7, '001 §4.2', 'how much the enterprise shares the livestock price shock (it breeds alpacas)'),
    revenue: withPrior(num(4_000_000, 0, 1e9, 'yuan/year', 'assumption', 'sales of the enterprise per village stake at the reference price, in 2020'), 2500000, 6000000, 'reasoning: sales of a county alpaca breeding base per village stake'),
    costs: withPrior(num(2_900_000, 0, 1e9, 'yuan/year', 'assumption', 'operating costs other than village wages and the fund\'s returns, in 2020'), 2000000, 4000000, 'reasoning: operating costs leave a margin of a few hundred thousand yuan in a normal year'),
    shock: withPrior(num(0.05, 0, 1, 'log sd', 'assumption', 'sd of the enterprise\'s own yearly sales shock, beside the livestock price'), 0.02, 0.15, 'reasoning: the firm own yearly sales shock of 2-15%'),
    reserve: withPrior(num(500_000, 0, 1e9, 'yuan', 'assumption', 'reserves at the start'), 100000, 1500000, 'reasoning: reserves of a few months of costs'),
    closeAfter: withPrior(int(2, 1, 10, 'years', '002 §3.3', 'consecutive years with exhausted reserves after which the enterprise fails'), 1, 4, 'reasoning: a small organisation with no reserves left lasts one to four years'),
    badYearPayout: withPrior(share(0.4, 'assumption', 'share of the normal share return paid in a year the enterprise makes a loss'), 0.2, 0.7, 'reasoning: in a loss year a fifth to most of the share return is paid'),
    failureYear: withPrior(int(0, 0, 2100, 'year', 'assumption', 'if set (not 0): the enterprise fails in this year'), 0, 1, 'a setting, not an uncertain quantity: the fixed value is the prior'),
    guaranteePaid: share(0.3, '002 §3.3', 'share of the promised "guaranteed bottom income" actually paid after failure ("losses and no gains")'),
    jobs: withPrior(int(3, 0, 100000, 'posts per village', 'assumption', 'full-time jobs the enterprise offers each village (scaled by fundScale), paid the local full-time pay of economy.wages'), 1, 10, 'reasoning: a breeding base hires a few workers from each village it partners with'),
  },
  'the leading enterprise',
);

export const Photovoltaic = group(
  {
    start: year(2017, '001 §4.2', 'first year the photovoltaic project pays the fund'),
    incomeMin: num(20000, 0, 1e7, 'yuan/year', '001 §4.2', 'lowest yearly photovoltaic income, nominal (the station sells power at a fixed tariff)'),
    incomeMax: num(40000, 0, 1e7, 'yuan/year', '001 §4.2', 'highest yearly photovoltaic income, nominal'),
    inverterLife: withPrior(int(10, 1, 40, 'years', 'assumption', 'years after the station starts paying before its inverters are worn and it can break down'), 9, 15, 'reasoning: string inverters are designed for about ten years, the panels for about 25; the village stations were built in 2016-2017 (national rules of 2017-2018, data.md 11)'),
    breakdown: withPrior(share(0.1, 'assumption', 'yearly probability that a station past its inverter life breaks down; the collective repairs it from what it kept of its income (collective.afterTransition), or the station stops for good'), 0.03, 0.3, 'reasoning: worn inverters fail within a few years; a tenth a year gives a mean of ten years'),
    repairCost: withPrior(num(15000, 0, 1e7, 'yuan', 'assumption', 'cost of putting a broken station back in service (new inverters) per village stake (times fundScale), in 2020 yuan; the collective keeps up to this much of its retained income as a reserve for it'), 5000, 40000, 'reasoning: inverters cost some 0.3-0.5 yuan a watt and a stake earning 20,000-40,000 yuan a year is some 25-45 kW, about 10,000-20,000 yuan with the work'),
  },
  'the county photovoltaic project paying into the village fund',
);

/**
 * How the collective distributes the income its assets earn: equal shares to the shareholding
 * households, shares by their resident members, shares to those of them who can work, pay for
 * public-welfare labour (village posts at the posts' rate, for the households the posts are for),
 * or nothing (kept for public goods and upkeep). docs/model.md §7.10, §7.21.
 */
const DISTRIBUTION_RULES = ['per-household', 'per-person', 'conditional-on-work', 'public-welfare-labour', 'public-goods'] as const;

/** The village collective: it owns the fund and decides how fund income reaches households. */
export const Collective = group(
  {
    rule: z
      .enum(DISTRIBUTION_RULES)
      .default('per-household')
      .meta({ description: 'how the distributed fund income is divided, until collective.afterTransition.from: equally, by resident members or to those able to work among the shareholding households; as pay for public-welfare labour; or kept for public goods', source: '000; 002 §3.3', unit: 'rule' }),
    distributedShare: withPrior(share(0.9, 'assumption', 'share of fund income paid out to households until collective.afterTransition.from (the rest funds public goods and the upkeep reserve)'), 0.7, 1, 'reasoning: villages pay out most fund income; a part funds public goods'),
    workshopRent: num(8000, 0, 1e6, 'yuan/workshop/year', '003', 'rent a working workshop pays the collective'),
    afterTransition: group(
      {
        from: year(2026, '国办函〔2021〕51号 (the assets stay with the village collective, which manages them and decides the use of their income); the transition ends in 2025', 'first year the collective distributes its asset income by its own rule below instead of collective.rule'),
        rule: z.enum(DISTRIBUTION_RULES).default('public-welfare-labour').meta({
          description: 'how the collective distributes its asset income from collective.afterTransition.from (same rules as collective.rule)',
          source: '国办函〔2021〕51号; provincial photovoltaic income rules (Hebei 2018) and county practice (敖汉旗 2021, a Henan county 2023): the income goes mainly to public-welfare posts, small public works and aid, tied to labour, no unconditional hand-outs (data.md 11)', unit: 'rule',
        }),
        distributedShare: withPrior(share(0.8, '敖汉旗 2021 (data.md 11; one county\'s rule, the only split found): 80 % of the photovoltaic income to welfare-post wages, public-works labour and aid, 20 % kept for the collective\'s public works and upkeep', 'share of the asset income paid out (as dividends, or as pay for public-welfare labour and aid) from collective.afterTransition.from; the rest funds public goods and the upkeep reserve'), 0.5, 1, 'reasoning: the default rests on one county\'s published split; the Hebei and Henan rules (data.md 11) name the uses (posts, small public works, aid) without a split, and a village that must repair its station or fund public works may keep half, one with no upkeep due may pay out all'),
        aidShare: withPrior(share(0.2, 'assumption', 'under the public-welfare-labour rule, the share of the paid-out asset income given as aid, in equal parts, to the households that cannot work (the labour test, policy.laborPoor) among the shareholding and the found low-income households; the rest pays posts'), 0, 0.4, 'reasoning: county rules put aid to households without labour beside the posts (敖汉旗 2021: post wages, public-works labour and aid to special groups from the same 80 %; a Henan county 2023: the income leans to households with weak or no labour; data.md 11), with no published split; posts take most of it'),
      },
      'the collective\'s rule for its asset income after the transition',
    ),
  },
  'the village collective and its fund-distribution rule',
);

export const Cooperatives = group(
  {
    perVillage: int(4, 0, 100, 'cooperatives', '001 §4.2', 'professional breeding cooperatives per village'),
    places: withPrior(int(20, 0, 1000, 'members', 'assumption', 'member places per cooperative'), 10, 40, 'reasoning: a village cooperative has 10-40 member households'),
    herd: withPrior(num(600, 0, 10000, 'heads/cooperative', 'assumption', 'animals (sheep equivalent; a head of cattle counts as five) a cooperative keeps in its sheds: its capital, bought with pooled funds when it starts, kept up from its reserve'), 150, 1200, 'reasoning: one cooperative earns 300,000-500,000 yuan a year (001 §4.2): read as its sales, some 250-400 animals sold a year at about 1,300 yuan, the offtake and surplus young of a herd of about 450-800. That is A2\'s, the one the survey quotes; the village\'s four are pooled here (cooperatives.perVillage) and need not be alike, so their mean herd is a quarter to twice that'),
    headsPerMember: labelled(withPrior(num(150, 1, 500, 'heads/worker', 'assumption', 'animals one full worker tends in the cooperative\'s sheds in a year: the cooperative needs herd / headsPerMember workers, members first, hired help for the rest, all paid a full-time local wage (economy.wages)'), 60, 250, 'reasoning: pooled sheds with stored green feed and mixed rations (001 §4.2) let one keeper feed and tend one to two hundred sheep, a third to half of it in cattle; a household flock on the hills takes far more time a head (economy.breeding.headsPerWorker). At a full-time local wage only a keeper of more than about 120 sheep equivalents earns his pay from the herd\'s margin (docs/model.md §7.11)'), 'coop animals per worker'),
    feedPerHead: withPrior(num(300, 0, 5000, 'yuan/head/year', 'assumption', 'feed and vet cost of an animal kept in the cooperative\'s sheds (stored green feed and concentrate, 001 §4.2: more than a household flock that grazes)'), 250, 600, 'reasoning: silage, hay and concentrate for a sheep fed in sheds cost about 0.7-1.6 yuan a day'),
    overhead: withPrior(num(800, 0, 100000, 'yuan/member/year', 'assumption', 'management and running costs of a cooperative per member household'), 300, 2000, 'reasoning: management and running costs of a few hundred to two thousand yuan a member'),
    reserve: withPrior(num(20000, 0, 1e7, 'yuan/cooperative', 'assumption', 'start-up reserve of each cooperative (members\' shares and start-up funds)'), 5000, 60000, 'reasoning: members\' shares and start-up funds of a few thousand to tens of thousands of yuan'),
    closeAfter: withPrior(int(3, 1, 10, 'years', 'assumption', 'consecutive years with exhausted reserves after which a cooperative closes'), 1, 4, 'reasoning: a small organisation with no reserves left lasts one to four years'),
    management: share(0.6, '001 §4.2', 'management capacity: pooled skill that lowers the cooperative herd\'s mortality'),
    pooling: share(0.7, '002 §4.3', 'share of idiosyncratic herd risk removed by pooling'),
    largeFarmers: int(8, 0, 1000, 'households', '001 §4.2', 'large cattle farmers per village, who lead cooperatives'),
    largeFarmerScale: num(4, 1, 50, 'multiple', '001 §4.2', 'animals a large farmer keeps per worker relative to a small keeper (hired help, sheds)'),
    largeFarmerCapture: share(0.6, '000', 'share of cooperative surplus taken by the large farmers leading it'),
    scaleGain: withPrior(share(0.3, 'assumption', 'price gain from pooled marketing'), 0.1, 0.4, 'reasoning: pooled marketing gets 10-40% better prices'),
    payoutAdjustment: withPrior(share(0.35, 'assumption', 'share of the gap between this year\'s distributable surplus and last year\'s payout that the payout closes: the reserve absorbs the rest (dividend smoothing; 1 = pay out each year\'s surplus as it comes)'), 0.2, 1, 'reasoning: organisations smooth payouts, closing about a third of the gap a year (Lintner 1956), up to paying each year\'s surplus'),
  },
  'breeding cooperatives',
);

export const Workshops = group(
  {
    perVillage: int(1, 0, 100, 'workshops', '003', 'poverty-alleviation workshops per village'),
    posts: int(10, 0, 1000, 'posts', '003', 'posts per workshop (Heze averaged ~100 per workshop; a village workshop is smaller)'),
    poorShare: share(0.32, '003', 'priority that registered-poor workers get for workshop posts, set to the share they hold in Heze (97,000 of 305,000)'),
    orderValue: withPrior(num(1.2, 0, 10, 'multiple', 'assumption', 'value of the orders a filled post processes, relative to the post\'s pay at the typical skill (part-time local pay, economy.wages): it grows with local pay'), 0.9, 1.6, 'reasoning: the orders of labor-intensive outsourced work (assembly, hand work) are worth the pay plus a margin for the workshop\'s overhead and rent, at best about half again'),
    overhead: withPrior(num(6000, 0, 1e6, 'yuan/workshop/year', 'assumption', 'running costs of a workshop besides wages and rent'), 3000, 12000, 'reasoning: heating, power and upkeep of a village workshop, a few thousand yuan a year'),
    closeAfter: withPrior(int(2, 1, 10, 'years', 'assumption', 'consecutive years with exhausted reserves after which a workshop closes'), 1, 4, 'reasoning: a small organisation with no reserves left lasts one to four years'),
    minLabor: share(0.3, '003', 'least labor capacity a workshop worker needs (work for those "who cannot leave")'),
  },
  'poverty-alleviation workshops',
);
