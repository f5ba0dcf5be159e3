import { z } from 'zod';
import { group, int, labelled, num, share, withPrior, year } from './param.js';

/** The leading enterprise: the village fund's loan and shares, its fortunes, and its jobs (001 §4.2; 002 §3.3). */
export const Enterprise = group(
  {
    loanYear: year(2016, '001 §4.2', 'year the fund lends to the enterprise'),
    loanPrincipal: num(1_700_000, 0, 1e8, 'yuan', '001 §4.2', 'fund lent to the enterprise ("borrowing money, repaying interest")'),
    loanRate: num(0.0824, 0, 0.3, 'per year', '001 §4.2', 'fixed return on the loan: 140,000 yuan a year'),
    sharesYear: year(2018, '001 §4.2', 'year the fund buys quantified shares'),
    sharesPrincipal: num(2_040_000, 0, 1e8, 'yuan', '001 §4.2', 'fund converted into quantified shares'),
    sharesRate: labelled(num(0.0784, 0, 0.3, 'per year', '001 §4.2', 'return on the shares in a normal year: over 160,000 yuan a year'), 'return on the fund shares'),
    breedingExposure: share(0.7, '001 §4.2', 'how much the enterprise shares the livestock price shock (it breeds alpacas)'),
    revenue: withPrior(num(4_000_000, 0, 1e9, 'yuan/year', 'assumption', 'sales of the enterprise per village stake at the reference price, in 2020'), 2500000, 6000000, 'reasoning: sales of a county alpaca breeding base per village stake'),
    costs: withPrior(num(2_900_000, 0, 1e9, 'yuan/year', 'assumption', 'operating costs other than village wages and the fund\'s returns, in 2020'), 2000000, 4000000, 'reasoning: operating costs leave a margin of a few hundred thousand yuan in a normal year'),
    shock: withPrior(num(0.05, 0, 1, 'log sd', 'assumption', 'sd of the enterprise\'s own yearly sales shock, beside the livestock price'), 0.02, 0.15, 'reasoning: the firm own yearly sales shock of 2-15%'),
    reserve: withPrior(num(500_000, 0, 1e9, 'yuan', 'assumption', 'reserves at the start'), 100000, 1500000, 'reasoning: reserves of a few months of costs'),
    closeAfter: withPrior(int(2, 1, 10, 'years', '002 §3.3', 'consecutive years with exhausted reserves after which the enterprise fails'), 1, 4, 'reasoning: a small organisation with no reserves left lasts one to four years'),
    badYearPayout: withPrior(share(0.4, 'assumption', 'share of the normal share return paid in a year the enterprise makes a loss'), 0.2, 0.7, 'reasoning: in a loss year a fifth to most of the share return is paid'),
    failureYear: withPrior(int(0, 0, 2100, 'year', 'assumption', 'if set (not 0): the enterprise fails in this year'), 0, 1, 'a setting, not an uncertain quantity: the fixed value is the prior'),
    guaranteePaid: share(0.3, '002 §3.3', 'share of the promised "guaranteed bottom income" actually paid after failure ("losses and no gains")'),
    jobs: withPrior(int(3, 0, 100000, 'posts per village', 'assumption', 'jobs the enterprise offers each village (scaled by fundScale)'), 1, 10, 'reasoning: a breeding base hires a few workers from each village it partners with'),
    wage: withPrior(num(26000, 0, 200000, 'yuan/year', 'assumption', 'enterprise wage of a full worker'), 18000, 36000, 'reasoning: a full-time local job at 1,500-3,000 yuan a month'),
  },
  'the leading enterprise',
);

export const Photovoltaic = group(
  {
    start: year(2017, '001 §4.2', 'first year the photovoltaic project pays the fund'),
    incomeMin: num(20000, 0, 1e7, 'yuan/year', '001 §4.2', 'lowest yearly photovoltaic income'),
    incomeMax: num(40000, 0, 1e7, 'yuan/year', '001 §4.2', 'highest yearly photovoltaic income'),
  },
  'the county photovoltaic project paying into the village fund',
);

/** The village collective: it owns the fund and decides how fund income reaches households. */
export const Collective = group(
  {
    rule: z
      .enum(['per-household', 'per-person', 'conditional-on-work', 'public-goods'])
      .default('per-household')
      .meta({ description: 'how the distributed fund income is divided among shareholding households', source: '000; 002 §3.3', unit: 'rule' }),
    distributedShare: withPrior(share(0.9, 'assumption', 'share of fund income paid out to households (the rest funds public goods)'), 0.7, 1, 'reasoning: villages pay out most fund income; a part funds public goods'),
    workshopRent: num(8000, 0, 1e6, 'yuan/workshop/year', '003', 'rent a working workshop pays the collective'),
  },
  'the village collective and its fund-distribution rule',
);

export const Cooperatives = group(
  {
    perVillage: int(4, 0, 100, 'cooperatives', '001 §4.2', 'professional breeding cooperatives per village'),
    places: withPrior(int(20, 0, 1000, 'members', 'assumption', 'member places per cooperative'), 10, 40, 'reasoning: a village cooperative has 10-40 member households'),
    herd: withPrior(num(300, 0, 10000, 'heads/cooperative', 'assumption', 'animals (sheep equivalent) a cooperative keeps in its sheds: its capital, bought with pooled funds when it starts, kept up from its reserve'), 100, 800, 'reasoning: one cooperative earns 300,000-500,000 yuan a year (001 §4.2), about 250-400 animals sold at 1,000-1,300 yuan, from a herd of several hundred; smaller cooperatives keep fewer'),
    headsPerMember: labelled(withPrior(num(20, 0, 500, 'heads/worker', 'assumption', 'animals one full worker tends in the cooperative\'s sheds: the cooperative needs herd / headsPerMember workers, members first, hired help for the rest'), 10, 60, 'reasoning: with pooled sheds and feed a full worker tends a few dozen sheep equivalents (a head of cattle counts as about five)'), 'coop animals per worker'),
    feedPerHead: withPrior(num(400, 0, 5000, 'yuan/head/year', 'assumption', 'feed and vet cost of an animal kept in the cooperative\'s sheds (stored green feed and concentrate, 001 §4.2: more than a household flock that grazes)'), 250, 600, 'reasoning: silage, hay and concentrate for a sheep fed in sheds cost about 0.7-1.6 yuan a day'),
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
    wage: withPrior(num(7000, 0, 100000, 'yuan/year', 'assumption', 'pay for a part-time workshop post near home, in 2020'), 5000, 10000, 'reasoning: part-time workshop pay of about 500-800 yuan a month (003)'),
    revenuePerPost: withPrior(num(8200, 0, 200000, 'yuan/post/year', 'assumption', 'value of the orders one filled post processes, in 2020'), 6000, 12000, 'reasoning: orders a part-time post processes are worth about the wage plus a margin'),
    overhead: withPrior(num(6000, 0, 1e6, 'yuan/workshop/year', 'assumption', 'running costs of a workshop besides wages and rent'), 3000, 12000, 'reasoning: heating, power and upkeep of a village workshop, a few thousand yuan a year'),
    closeAfter: withPrior(int(2, 1, 10, 'years', 'assumption', 'consecutive years with exhausted reserves after which a workshop closes'), 1, 4, 'reasoning: a small organisation with no reserves left lasts one to four years'),
    minLabor: share(0.3, '003', 'least labor capacity a workshop worker needs (work for those "who cannot leave")'),
  },
  'poverty-alleviation workshops',
);
