import { z } from 'zod';
import { group, int, num, share, year } from './param.js';

/** Planting, breeding, wages, remittances, business and household finance. Money in 2020 yuan. */
export const Economy = group(
  {
    planting: group(
      {
        netPerMu: num(450, 0, 3000, 'yuan/mu/year', 'assumption', 'net value of a mu of maize, potato or millet in 2020 at the reference price, before the farmer\'s own labor (dry hill land of central Shanxi)'),
        skillGain: num(0.3, 0, 2, 'relative gain', 'assumption', 'yield gain at full skill K = 1 (technical service and practice: 001 §4.2)'),
        muPerWorker: num(25, 1, 100, 'mu/worker', 'assumption', 'land one full worker can farm in a year with machine ploughing (001 §4.2); farming takes the share of a worker\'s year that the land needs, casual work fills the rest'),
        rentPerMu: num(120, 0, 1000, 'yuan/mu/year', 'assumption', 'rent for land the household cannot farm itself'),
        materialBoost: share(0.15, '001 §4.2', 'yield gain from free machine ploughing, seed and technical service while material help runs'),
      },
      'planting on household land',
    ),
    breeding: group(
      {
        marginPerHead: num(1000, 0, 5000, 'yuan/head sold', 'assumption', 'value of an animal sold less what it cost to raise besides feed (sheep equivalent: about 45 kg at 27 yuan/kg, in 2020)'),
        offtake: share(0.4, 'assumption', 'share of the herd sold each year'),
        fertility: num(0.7, 0, 3, 'young/head/year', 'assumption', 'young raised per head per year (sheep: about 1.2 lambs a ewe, ewes about 60% of a flock)'),
        mortality: share(0.25, '001 §4.2', 'annual herd mortality of an unskilled keeper ("the mortality rate went down and income came up")'),
        skillEffect: share(0.7, '001 §4.2', 'share of mortality removed at full skill K = 1'),
        headsPerWorker: num(12, 1, 200, 'heads/worker', 'assumption', 'animals one full worker at home can keep'),
        feedPerHead: num(150, 0, 2000, 'yuan/head/year', 'assumption', 'feed and vet cost per animal kept'),
        restockShare: share(0.3, 'assumption', 'share of savings a skilled keeper with spare labor puts into new animals'),
        outbreak: share(0.08, 'assumption', 'annual probability that a household herd suffers an outbreak (pooled away in cooperatives)'),
        outbreakLoss: share(0.35, 'assumption', 'share of a herd lost in an outbreak'),
        animalValue: num(800, 0, 10000, 'yuan/head', 'assumption', 'value of a young animal (grants in kind and restocking)'),
      },
      'small-scale breeding: herd dynamics where skill lowers mortality',
    ),
    labor: group(
      {
        migrantWage: num(45490, 0, 200000, 'yuan/worker/year', 'NBS migrant-worker monitoring report 2020', 'earnings of a migrant working away from home in 2020: 4,549 yuan a month for 10 months (the months are an assumption)'),
        costAway: num(20000, 0, 100000, 'yuan/worker/year', 'assumption', 'a migrant\'s living costs away from home (rent, food), deducted from what reaches the household'),
        remitShare: share(0.1, 'assumption', 'share of a migrant\'s net earnings sent or brought home. Migrants away for more than half the year are not residents of the household (NBS household survey): their earnings are not the household\'s, what they send is (as remittances), and per-capita income is shared among the members at home'),
        casualWage: num(9000, 0, 60000, 'yuan/worker/year', 'assumption', 'local casual work (building, harvests) of a full worker under 45 without a post: about 90 days at 100 yuan'),
        casualAgeDecline: num(0.06, 0, 0.2, 'per year of age', 'assumption', 'fall in the casual work a worker finds, per year of age past 45 (employers hire few workers past 60); floor 10%'),
        skillPremium: num(0.5, 0, 2, 'relative gain', 'assumption', 'wage gain at full skill K = 1 (training pays: 001 §4.2)'),
        educationPremium: share(0.15, 'assumption', 'wage gain per schooling level above primary', 1),
        choiceScale: num(2500, 100, 50000, 'yuan', 'assumption', 'scale of the unobserved taste and friction in the yearly choice of activity (multinomial logit): the higher, the less returns alone decide'),
        inertia: num(1, 0, 10, 'logit units', 'assumption', 'pull of last year\'s activity in the yearly choice (switching costs)'),
        careCost: num(6000, 0, 50000, 'yuan/year', 'assumption', 'what leaving costs a member whose household keeps a child or an elder at home with no other adult: a friction in the migration choice'),
      },
      'wages and remittances',
    ),
    business: group(
      {
        start: share(0.004, '001 T4', 'annual probability that a household with skill, agency and savings starts a business (1 of 73 names business)', 0.2),
        income: num(18000, 0, 200000, 'yuan/year', 'assumption', 'mean net income of a small business'),
        failure: share(0.15, 'assumption', 'annual probability a business closes'),
      },
      'small household businesses',
    ),
    market: group(
      {
        persistence: share(0.6, 'assumption', 'year-to-year persistence of price deviations (AR(1) coefficient)', 0.99),
        cropVolatility: num(0.08, 0, 1, 'log sd', 'assumption', 'sd of yearly crop price shocks'),
        livestockVolatility: num(0.15, 0, 1, 'log sd', '002 §3.2', 'sd of yearly livestock price shocks at the reference value-chain length'),
        disasterProbability: share(0.06, '004', 'annual probability of a disaster year (drought, hail)', 0.5),
        disasterYieldCut: share(0.35, 'assumption', 'share of planting and breeding output lost in a disaster year'),
        epidemicYears: z.array(z.number().int().min(2000).max(2100)).default([2020]).meta({ description: 'epidemic years that cut migrant work and sales', unit: 'years', source: '004' }),
        epidemicMigrantCut: share(0.1, '004; NBS migrant-worker monitoring report 2020', 'share of a year\'s migrant earnings lost in an epidemic year (004: the epidemic kept migrants at home; NBS 2020: 2.7% fewer migrants, monthly earnings +2.8%, poor-area income still +8.8%)'),
        epidemicSalesCut: share(0.2, '004', 'share of livestock sales lost in an epidemic year'),
      },
      'prices with persistent and shared shocks; disaster and epidemic years',
    ),
    finance: group(
      {
        consumptionPerPerson: num(4200, 0, 50000, 'yuan/person/year', 'assumption', 'spending on daily needs per member at home'),
        medicalChronic: num(5000, 0, 100000, 'yuan/person/year', 'assumption', 'medical cost of a chronically ill or disabled person'),
        acuteIllness: share(0.04, 'assumption', 'annual probability of an acute illness episode per person'),
        acuteCost: num(12000, 0, 200000, 'yuan/episode', 'assumption', 'cost of an acute illness episode'),
        ordinaryReimbursement: share(0.5, '004', 'share of medical cost the ordinary rural insurance pays'),
        debtInterest: share(0.06, 'assumption', 'interest on household debt', 0.5),
      },
      'spending, medical costs, savings and debt',
    ),
    priceBaseYear: year(2020, 'assumption', 'all money is in yuan of this year (constant prices, deflated by the national CPI)'),
    growth: group(
      {
        migrantWage: num(0.038, -0.1, 0.2, 'per year', 'NBS migrant-worker monitoring reports 2016-2020', 'real growth of migrant earnings: 3,572 to 4,549 yuan a month 2016-2020 (6.2% nominal) less 2.3% CPI'),
        localWage: num(0.035, -0.1, 0.2, 'per year', 'NBS migrant-worker monitoring reports 2016-2020', 'real growth of local wages (posts and casual work): local migrant workers 2,985 to 3,606 yuan a month 2016-2020 (4.8% nominal) less CPI, plus the poor areas\' faster catch-up'),
        farm: num(0.02, -0.1, 0.2, 'per year', 'assumption', 'real growth of net farm value per mu (yields, prices, mechanisation)'),
        livestock: num(0.02, -0.1, 0.2, 'per year', 'assumption', 'real growth of the net margin per animal sold'),
        business: num(0.03, -0.1, 0.2, 'per year', 'assumption', 'real growth of small-business income'),
      },
      'real growth trends of earnings, each relative to its 2020 level (the price base year)',
    ),
    workingAgeMax: int(64, 50, 80, 'years', 'assumption', 'oldest age counted as working age in labor capacity'),
  },
  'production, wages and household finance',
);
