import { z } from 'zod';
import { group, int, num, share, year } from './param.js';

/** The leading enterprise: the village fund's loan and shares, its fortunes, and its jobs (001 §4.2; 002 §3.3). */
export const Enterprise = group(
  {
    loanYear: year(2016, '001 §4.2', 'year the fund lends to the enterprise'),
    loanPrincipal: num(1_700_000, 0, 1e8, 'yuan', '001 §4.2', 'fund lent to the enterprise ("borrowing money, repaying interest")'),
    loanRate: num(0.0824, 0, 0.3, 'per year', '001 §4.2', 'fixed return on the loan: 140,000 yuan a year'),
    sharesYear: year(2018, '001 §4.2', 'year the fund buys quantified shares'),
    sharesPrincipal: num(2_040_000, 0, 1e8, 'yuan', '001 §4.2', 'fund converted into quantified shares'),
    sharesRate: num(0.0784, 0, 0.3, 'per year', '001 §4.2', 'return on the shares in a normal year: over 160,000 yuan a year'),
    breedingExposure: share(0.7, '001 §4.2', 'how much the enterprise shares the livestock price shock (it breeds alpacas)'),
    revenue: num(4_000_000, 0, 1e9, 'yuan/year', 'assumption', 'sales of the enterprise per village stake at the reference price, in 2020'),
    costs: num(2_900_000, 0, 1e9, 'yuan/year', 'assumption', 'operating costs other than village wages and the fund\'s returns, in 2020'),
    shock: num(0.05, 0, 1, 'log sd', 'assumption', 'sd of the enterprise\'s own yearly sales shock, beside the livestock price'),
    reserve: num(500_000, 0, 1e9, 'yuan', 'assumption', 'reserves at the start'),
    closeAfter: int(2, 1, 10, 'years', '002 §3.3', 'consecutive years with exhausted reserves after which the enterprise fails'),
    badYearPayout: share(0.4, 'assumption', 'share of the normal share return paid in a year the enterprise makes a loss'),
    failureYear: int(0, 0, 2100, 'year', 'assumption', 'if set (not 0): the enterprise fails in this year'),
    guaranteePaid: share(0.3, '002 §3.3', 'share of the promised "guaranteed bottom income" actually paid after failure ("losses and no gains")'),
    jobs: int(3, 0, 100000, 'posts per village', 'assumption', 'jobs the enterprise offers each village (scaled by fundScale)'),
    wage: num(26000, 0, 200000, 'yuan/year', 'assumption', 'enterprise wage of a full worker'),
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
    distributedShare: share(0.9, 'assumption', 'share of fund income paid out to households (the rest funds public goods)'),
    workshopRent: num(8000, 0, 1e6, 'yuan/workshop/year', '003', 'rent a working workshop pays the collective'),
  },
  'the village collective and its fund-distribution rule',
);

export const Cooperatives = group(
  {
    perVillage: int(4, 0, 100, 'cooperatives', '001 §4.2', 'professional breeding cooperatives per village'),
    places: int(20, 0, 1000, 'members', 'assumption', 'member places per cooperative'),
    headsPerMember: num(20, 0, 500, 'heads/worker', 'assumption', 'animals the cooperative keeps per full worker its members put in (sheds and pooled feed: one cooperative earns 300,000-500,000 yuan a year, 001 §4.2)'),
    overhead: num(800, 0, 100000, 'yuan/member/year', 'assumption', 'management and running costs of a cooperative per member household'),
    reserve: num(20000, 0, 1e7, 'yuan/cooperative', 'assumption', 'start-up reserve of each cooperative (members\' shares and start-up funds)'),
    closeAfter: int(3, 1, 10, 'years', 'assumption', 'consecutive years with exhausted reserves after which a cooperative closes'),
    management: share(0.6, '001 §4.2', 'management capacity: pooled skill that lowers the cooperative herd\'s mortality'),
    pooling: share(0.7, '002 §4.3', 'share of idiosyncratic herd risk removed by pooling'),
    laborShare: share(0.7, 'assumption', 'share of the net value of production paid to members as pay for their work; the rest, with the subsidy, is the surplus shared equally among member households'),
    largeFarmers: int(8, 0, 1000, 'households', '001 §4.2', 'large cattle farmers per village, who lead cooperatives'),
    largeFarmerScale: num(4, 1, 50, 'multiple', '001 §4.2', 'animals a large farmer keeps per worker relative to a small keeper (hired help, sheds)'),
    largeFarmerCapture: share(0.6, '000', 'share of cooperative surplus taken by the large farmers leading it'),
    scaleGain: share(0.3, 'assumption', 'price gain from pooled marketing'),
  },
  'breeding cooperatives',
);

export const Workshops = group(
  {
    perVillage: int(1, 0, 100, 'workshops', '003', 'poverty-alleviation workshops per village'),
    posts: int(10, 0, 1000, 'posts', '003', 'posts per workshop (Heze averaged ~100 per workshop; a village workshop is smaller)'),
    poorShare: share(0.32, '003', 'priority that registered-poor workers get for workshop posts, set to the share they hold in Heze (97,000 of 305,000)'),
    wage: num(7000, 0, 100000, 'yuan/year', 'assumption', 'pay for a part-time workshop post near home, in 2020'),
    revenuePerPost: num(8200, 0, 200000, 'yuan/post/year', 'assumption', 'value of the orders one filled post processes, in 2020'),
    overhead: num(6000, 0, 1e6, 'yuan/workshop/year', 'assumption', 'running costs of a workshop besides wages and rent'),
    closeAfter: int(2, 1, 10, 'years', 'assumption', 'consecutive years with exhausted reserves after which a workshop closes'),
    minLabor: share(0.3, '003', 'least labor capacity a workshop worker needs (work for those "who cannot leave")'),
  },
  'poverty-alleviation workshops',
);
