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
    badYearThreshold: num(-0.25, -1, 0, 'log price', 'assumption', 'livestock price deviation below which the enterprise has a bad year'),
    badYearPayout: share(0.4, 'assumption', 'share of the normal share return paid in a bad year'),
    failureHazard: share(0.004, '002 §3.3', 'annual probability of failure in a normal year', 0.5),
    failureHazardBadYear: share(0.03, '002 §3.3', 'annual probability of failure in a bad year', 0.5),
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
    headsPerMember: num(4, 0, 500, 'heads/member', 'assumption', 'animals the cooperative keeps per full-labor member'),
    management: share(0.6, '001 §4.2', 'management capacity: pooled skill that lowers the cooperative herd\'s mortality'),
    pooling: share(0.7, '002 §4.3', 'share of idiosyncratic herd risk removed by pooling'),
    laborShare: share(0.7, 'assumption', 'share of surplus paid by labor contributed; the rest is paid equally to members'),
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
    wage: num(7000, 0, 100000, 'yuan/year', 'assumption', 'pay for a part-time workshop post near home'),
    viability: share(0.5, 'assumption', 'probability a workshop stays open once its subsidy is gone'),
    minLabor: share(0.3, '003', 'least labor capacity a workshop worker needs (work for those "who cannot leave")'),
  },
  'poverty-alleviation workshops',
);
