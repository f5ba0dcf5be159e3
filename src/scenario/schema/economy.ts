import { z } from 'zod';
import { group, int, labelled, num, share, withPrior, year } from './param.js';

/** Planting, breeding, wages, remittances, business and household finance. Money in 2020 yuan. */
export const Economy = group(
  {
    planting: group(
      {
        netPerMu: withPrior(num(450, 0, 3000, 'yuan/mu/year', 'assumption', 'net value of a mu of maize, potato or millet in 2020 at the reference price, before the farmer\'s own labor (dry hill land of central Shanxi)'), 250, 700, 'reasoning: net value of maize, potato or millet on dry hill land before own labor, about 250-700 yuan a mu in 2020'),
        skillGain: withPrior(num(0.3, 0, 2, 'relative gain', 'assumption', 'yield gain at full skill K = 1 (technical service and practice: 001 §4.2)'), 0.1, 0.5, 'reasoning: technical service and practice raise yields by a tenth to a half'),
        muPerWorker: withPrior(num(25, 1, 100, 'mu/worker', 'assumption', 'land one full worker can farm in a year with machine ploughing (001 §4.2); farming takes the share of a worker\'s year that the land needs, casual work fills the rest'), 15, 40, 'reasoning: with machine ploughing one worker farms 15-40 mu of dry land in a year'),
        rentPerMu: withPrior(num(120, 0, 1000, 'yuan/mu/year', 'assumption', 'rent for land the household cannot farm itself'), 50, 250, 'reasoning: land transfer rents in hilly Shanxi are about 50-250 yuan a mu'),
        materialBoost: share(0.15, '001 §4.2', 'yield gain from free machine ploughing, seed and technical service while material help runs'),
      },
      'planting on household land',
    ),
    breeding: group(
      {
        marginPerHead: withPrior(num(1000, 0, 5000, 'yuan/head sold', 'assumption', 'value of an animal sold less what it cost to raise besides feed (sheep equivalent: about 45 kg at 27 yuan/kg, in 2020)'), 600, 1400, 'reasoning: a sheep of 40-50 kg at 20-30 yuan/kg less its non-feed costs'),
        offtake: withPrior(share(0.4, 'assumption', 'share of the herd sold each year'), 0.3, 0.5, 'reasoning: small flocks sell a third to a half of their animals a year'),
        fertility: withPrior(num(0.7, 0, 3, 'young/head/year', 'assumption', 'young raised per head per year (sheep: about 1.2 lambs a ewe, ewes about 60% of a flock)'), 0.5, 0.9, 'reasoning: about 1-1.5 lambs a ewe, ewes 50-60% of a flock'),
        mortality: share(0.25, '001 §4.2', 'annual herd mortality of an unskilled keeper ("the mortality rate went down and income came up")'),
        skillEffect: share(0.7, '001 §4.2', 'share of mortality removed at full skill K = 1'),
        headsPerWorker: withPrior(num(12, 1, 200, 'heads/worker', 'assumption', 'animals one full worker at home can keep'), 8, 20, 'reasoning: one worker keeps about 8-20 sheep beside other work'),
        feedPerHead: withPrior(num(150, 0, 2000, 'yuan/head/year', 'assumption', 'feed and vet cost per animal kept'), 100, 250, 'reasoning: feed and vet costs of a sheep kept a year, 100-250 yuan'),
        restockShare: withPrior(share(0.3, 'assumption', 'share of savings a skilled keeper with spare labor puts into new animals'), 0.1, 0.5, 'reasoning: keepers put a tenth to a half of their savings into new animals'),
        outbreak: withPrior(share(0.08, 'assumption', 'annual probability that a household herd suffers an outbreak (pooled away in cooperatives)'), 0.03, 0.15, 'reasoning: an outbreak hits a small flock every 7-30 years'),
        outbreakLoss: withPrior(share(0.35, 'assumption', 'share of a herd lost in an outbreak'), 0.2, 0.5, 'reasoning: an outbreak kills a fifth to a half of a flock'),
        animalValue: withPrior(num(800, 0, 10000, 'yuan/head', 'assumption', 'value of a young animal (grants in kind and restocking)'), 500, 1200, 'reasoning: a young sheep costs 500-1,200 yuan'),
      },
      'small-scale breeding: herd dynamics where skill lowers mortality',
    ),
    labor: group(
      {
        migrantWage: num(45490, 0, 200000, 'yuan/worker/year', 'NBS migrant-worker monitoring report 2020', 'earnings of a migrant working away from home in 2020: 4,549 yuan a month for 10 months (the months are an assumption)'),
        costAway: withPrior(num(20000, 0, 100000, 'yuan/worker/year', 'assumption', 'a migrant\'s living costs away from home (rent, food), deducted from what reaches the household'), 12000, 26000, 'reasoning: rent and food of a migrant in a city, about 1,000-2,200 yuan a month'),
        remitShare: withPrior(share(0.1, 'assumption', 'share of a migrant\'s net earnings sent or brought home. Migrants away for more than half the year are not residents of the household (NBS household survey): their earnings are not the household\'s, what they send is (as remittances), and per-capita income is shared among the members at home'), 0.03, 0.2, 'reasoning: migrants with families of their own send home a small share of what they earn'),
        casualWage: withPrior(num(9000, 0, 60000, 'yuan/worker/year', 'assumption', 'local casual work (building, harvests) of a full worker under 45 without a post: about 90 days at 100 yuan'), 6000, 14000, 'reasoning: 60-120 days a year of local casual work at 100-120 yuan a day'),
        casualAgeDecline: withPrior(num(0.06, 0, 0.2, 'per year of age', 'assumption', 'fall in the casual work a worker finds, per year of age past 45 (employers hire few workers past 60); floor 10%'), 0.03, 0.08, 'reasoning: employers hire few workers past 60: casual work falls to a tenth between about 57 and 75'),
        skillPremium: withPrior(num(0.5, 0, 2, 'relative gain', 'assumption', 'wage gain at full skill K = 1 (training pays: 001 §4.2)'), 0.2, 0.8, 'reasoning: returns to training and skill of 20-80% in rural labor markets'),
        educationPremium: withPrior(share(0.15, 'assumption', 'wage gain per schooling level above primary', 1), 0.05, 0.25, 'reasoning: returns to a level of schooling of 5-25%'),
        choiceScale: withPrior(num(2500, 100, 50000, 'yuan', 'assumption', 'scale of the unobserved taste and friction in the yearly choice of activity (multinomial logit): the higher, the less returns alone decide'), 1000, 6000, 'reasoning: the unobserved part of a yearly choice is worth a few thousand yuan'),
        inertia: withPrior(num(1, 0, 10, 'logit units', 'assumption', 'pull of last year\'s activity in the yearly choice (switching costs, skills and contacts tied to the activity); none in the first year, when activities before the start are unknown'), 0.3, 2.5, 'reasoning: switching activity costs the equivalent of a fraction to a few of choiceScale'),
        careCost: withPrior(num(6000, 0, 50000, 'yuan/year', 'assumption', 'what leaving costs a member whose household keeps a child or an elder at home with no other adult: a friction in the migration choice'), 2000, 12000, 'reasoning: paid care or help from neighbours for a dependant left alone costs a few thousand yuan a year'),
      },
      'wages and remittances',
    ),
    business: group(
      {
        start: share(0.004, '001 T4', 'annual probability that a household with skill, agency and savings starts a business (1 of 73 names business)', 0.2),
        income: withPrior(num(18000, 0, 200000, 'yuan/year', 'assumption', 'mean net income of a small business'), 10000, 30000, 'reasoning: net income of a small village shop or service, 10,000-30,000 yuan'),
        failure: withPrior(share(0.15, 'assumption', 'annual probability a business closes'), 0.05, 0.3, 'reasoning: a small business closes within 3-20 years'),
      },
      'small household businesses',
    ),
    market: group(
      {
        persistence: withPrior(share(0.6, 'assumption', 'year-to-year persistence of price deviations (AR(1) coefficient)', 0.99), 0.3, 0.8, 'reasoning: agricultural price deviations persist for one to a few years'),
        cropVolatility: withPrior(num(0.08, 0, 1, 'log sd', 'assumption', 'sd of yearly crop price shocks'), 0.04, 0.15, 'reasoning: yearly grain price shocks of 4-15%'),
        livestockVolatility: num(0.15, 0, 1, 'log sd', '002 §3.2', 'sd of yearly livestock price shocks at the reference value-chain length'),
        disasterProbability: share(0.06, '004', 'annual probability of a disaster year (drought, hail)', 0.5),
        disasterYieldCut: withPrior(share(0.35, 'assumption', 'share of planting and breeding output lost in a disaster year'), 0.2, 0.5, 'reasoning: a drought or hail year takes a fifth to a half of output'),
        epidemicYears: z.array(z.number().int().min(2000).max(2100)).default([2020]).meta({ description: 'epidemic years that cut migrant work and sales', unit: 'years', source: '004' }),
        epidemicMigrantCut: withPrior(share(0.05, 'NBS migrant-worker monitoring reports 2019-2020', 'share of a year\'s migrant earnings lost in an epidemic year (004: the epidemic kept migrants at home; NBS: monthly earnings of migrants away +2.8% in 2020 against +6.5% in 2019, and weeks lost in the first quarter)'), 0, 0.12, 'reasoning: 2020 monthly earnings about 4 points below trend, and up to a month of work lost; the poor areas\' income still rose 8.8% (white paper 2021), a target of calibration/p-village.yaml'),
        epidemicSalesCut: share(0.05, '004; NBS statistical communiqué 2020', 'share of livestock sales lost in an epidemic year (004: sales of some products were hard; NBS: rural residents\' net business income still +5.5% nominal in 2020, so the cut is small)'),
      },
      'prices with persistent and shared shocks; disaster and epidemic years',
    ),
    finance: group(
      {
        consumptionPerPerson: withPrior(num(4200, 0, 50000, 'yuan/person/year', 'assumption', 'spending on daily needs per member at home'), 3000, 6000, 'reasoning: rural consumption of poor households, 3,000-6,000 yuan a person'),
        medicalChronic: withPrior(num(5000, 0, 100000, 'yuan/person/year', 'assumption', 'medical cost of a chronically ill or disabled person'), 2000, 8000, 'reasoning: yearly treatment of a chronic illness, 2,000-8,000 yuan'),
        acuteIllness: labelled(withPrior(share(0.04, 'assumption', 'annual probability of an acute illness episode per person'), 0.02, 0.08, 'reasoning: a hospital stay every 12-50 years a person'), 'acute illness rate'),
        acuteCost: withPrior(num(12000, 0, 200000, 'yuan/episode', 'assumption', 'cost of an acute illness episode'), 6000, 20000, 'reasoning: a county hospital stay costs 6,000-20,000 yuan'),
        ordinaryReimbursement: share(0.5, '004', 'share of medical cost the ordinary rural insurance pays'),
        debtInterest: withPrior(share(0.06, 'assumption', 'interest on household debt', 0.5), 0.03, 0.1, 'reasoning: rural loans at 3-10% a year'),
      },
      'spending, medical costs, savings and debt',
    ),
    priceBaseYear: withPrior(year(2020, 'assumption', 'all money is in yuan of this year (constant prices, deflated by the national CPI)'), 2020, 2021, 'a setting, not an uncertain quantity: the fixed value is the prior'),
    growth: group(
      {
        migrantWage: num(0.038, -0.1, 0.2, 'per year', 'NBS migrant-worker monitoring reports 2016-2020', 'real growth of migrant earnings: 3,572 to 4,549 yuan a month 2016-2020 (6.2% nominal) less 2.3% CPI'),
        localWage: num(0.035, -0.1, 0.2, 'per year', 'NBS migrant-worker monitoring reports 2016-2020', 'real growth of local wages (posts and casual work): local migrant workers 2,985 to 3,606 yuan a month 2016-2020 (4.8% nominal) less CPI, plus the poor areas\' faster catch-up'),
        farm: withPrior(num(0.02, -0.1, 0.2, 'per year', 'assumption', 'real growth of net farm value per mu (yields, prices, mechanisation)'), 0, 0.04, 'reasoning: real growth of net farm value per mu of 0-4% a year'),
        livestock: withPrior(num(0.02, -0.1, 0.2, 'per year', 'assumption', 'real growth of the net margin per animal sold'), 0, 0.04, 'reasoning: real growth of livestock margins of 0-4% a year'),
        business: withPrior(num(0.03, -0.1, 0.2, 'per year', 'assumption', 'real growth of small-business income'), 0.01, 0.06, 'reasoning: real growth of small-business income of 1-6% a year'),
      },
      'real growth trends of earnings, each relative to its 2020 level (the price base year)',
    ),
    workingAgeMax: withPrior(int(64, 50, 80, 'years', 'assumption', 'oldest age counted as working age in labor capacity'), 60, 68, 'reasoning: rural people work the land well into their sixties'),
  },
  'production, wages and household finance',
);
