import { z } from 'zod';
import { group, int, labelled, num, share, withPrior, year } from './param.js';
import { yearly, type DataPoint } from './series.js';

import { CPI, communique } from './cpi.js';

const mw = (y: number) => `NBS migrant-worker monitoring report ${y}`;
/**
 * Monthly earnings of migrant workers working away from and within their home township (NBS
 * migrant-worker monitoring reports), nominal, as read in wire stories and copies quoting the
 * reports; 2016 and 2019 are derived from the next year's published increments. The 2018 figures
 * were not found in a text (only recalled): 2018 is interpolated between 2017 and 2019.
 */
const MIGRANT_EARNINGS: [year: number, away: number, local: number, source: string][] = [
  [2016, 3572, 2985, `${mw(2017)} (3,805 and 3,173 yuan in 2017, 233 and 188 more than in 2016; second-hand: a copy of the report's figures)`],
  [2017, 3805, 3173, `${mw(2017)} (second-hand: a copy quoting China Agriculture News)`],
  [2019, 4427, 3500, `${mw(2020)} (4,549 and 3,606 yuan in 2020, 122 and 106 more than in 2019)`],
  [2020, 4549, 3606, mw(2020)],
  [2021, 5013, 3878, `${mw(2021)} (China News Service, 2022-04-29)`],
  [2022, 5240, 4026, `${mw(2022)} (People's Daily overseas edition, 2023-04-29)`],
  [2023, 5441, 4131, `${mw(2023)} (Xinhua, 2024-05-01)`],
  [2024, 5634, 4291, `${mw(2024)} (Xinhua, 2025-05-01)`],
];
const earnings = (column: 1 | 2): Record<number, DataPoint> => Object.fromEntries(MIGRANT_EARNINGS.map((r) => [r[0], { value: r[column], source: r[3] }]));
const AWAY = earnings(1), LOCAL = earnings(2);
/**
 * Yangqu county's monthly minimum wage (Shanxi provincial notices; Yangqu is named in tier 3
 * in 2014 and kept its tier in 2015), the highest standard in force during each year. From
 * 2021-10 Shanxi has three tiers and Yangqu's is not found: the stricter 1,760 (tier 2) is used.
 */
const notice = (y: number, tier: string) => `Shanxi provincial notice on the minimum wage, effective ${y} (${tier})`;
const MINIMUM: Record<number, DataPoint> = {
  2014: { value: 1250, source: notice(2014, 'from 04-01; Yangqu tier 3; a secondary copy of the notice') },
  2015: { value: 1420, source: notice(2015, 'from 05-01; tier 3, Yangqu unchanged; the notice\'s text') },
  2016: { value: 1420, source: notice(2015, 'in force all year') },
  2017: { value: 1500, source: notice(2017, 'from 10-01; tier 3, Yangqu assumed unchanged: not confirmed; secondary copies') },
  2018: { value: 1500, source: notice(2017, 'in force all year') },
  2019: { value: 1500, source: notice(2017, 'in force all year') },
  2020: { value: 1500, source: notice(2017, 'in force all year') },
  2021: { value: 1760, source: notice(2021, 'from 10-01; tiers 1,880 / 1,760 / 1,630; Yangqu\'s tier not found: the stricter 1,760 of tier 2; a secondary copy') },
};

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
        headsPerWorker: withPrior(num(30, 1, 200, 'heads/worker', 'assumption', 'animals one full worker at home can keep in a year: keeping h animals takes h / headsPerWorker of a worker\'s year, the rest goes to the land and casual work'), 10, 80, 'reasoning: grazing a small flock on the hills and feeding it in winter takes a few labour days an animal a year, some 30-80 animals for one worker\'s year; the old keepers and steep land of P village make it slower'),
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
        monthsWorked: withPrior(num(10, 1, 12, 'months/year', 'NBS migrant-worker monitoring report 2016', 'months a year a worker off the farm works, away or in a full-time local job (10.0 in 2016 and 2015, the last years the report gives it): a year\'s pay is this many months at the monthly rate of economy.wages'), 8.5, 11.5, 'reasoning: the NBS gave 10 months in 2015 and 2016 and stopped reporting it; the Spring Festival and seasonal gaps keep it below 12'),
        casualDays: withPrior(num(40, 0, 300, 'days/year', 'assumption', 'the most days of local casual work (building, harvests, odd jobs) a full worker under 45 who seeks it all year finds in a year, paid at the local day rate (economy.wages): a worker\'s season, reached only where the village\'s pool of casual days (casualDemand) is large for those who seek it'), 15, 120, 'reasoning: casual work is seasonal (building from spring to autumn, harvests): about two weeks to four months of days a year for a worker who finds all the season offers'),
        casualDemand: withPrior(num(25, 0, 1000, 'days/household/year', 'assumption', 'days of local casual work (house building and repair, harvest help for larger farms, the village\'s projects, odd jobs in the township) a village\'s economy offers in a year per household of the village, times villages[].localWork: the pool is shared among the casual labour that seeks it (last year\'s, src/engine/casualPool.ts), at most casualDays for a full worker'), 5, 45, 'reasoning: a hill village far from town (P village, 001 §3) hires little day labour: a house built or repaired every few years per household, a few days of harvest help for larger farms, the village\'s road and shed projects in the campaign years; 5-45 days a year per household is some 750-6,750 days in a village of 150 households, 5-45 seasons of 150 days, against some 100 workers at home; wages in the village were a small part of income in poor areas, whose 35 % wage share (NBS 2019) includes migrants\' pay'),
        costAway: withPrior(num(20000, 0, 100000, 'yuan/worker/year', 'assumption', 'a migrant\'s living costs away from home (rent, food) in the price base year, rising in later years with the pay away (economy.wages.away; the rents and prices of the cities migrants work in rise with what they earn there), spent where it works: deducted from a tied migrant\'s earnings to give what it brings or sends home (the household\'s wages) and from what a settled one can send'), 12000, 26000, 'reasoning: rent and food of a migrant in a city, about 1,000-2,200 yuan a month'),
        remitShare: withPrior(share(0.1, 'assumption', 'share of its net earnings a member settled away (non-resident: a stable job and a home away, NBS household survey) sends home: a transfer to the household. What a tied migrant brings or sends home (its earnings less costAway) is the household\'s own wages'), 0.03, 0.2, 'reasoning: migrants with a home and often a family of their own away send home a small share of what they earn'),
        casualAgeDecline: withPrior(num(0.06, 0, 0.2, 'per year of age', 'assumption', 'fall in the casual work a worker finds, per year of age past 45 (employers hire few workers past 60); floor 10%'), 0.03, 0.08, 'reasoning: employers hire few workers past 60: casual work falls to a tenth between about 57 and 75'),
        skillPremium: withPrior(num(0.5, 0, 2, 'relative gain', 'assumption', 'pay gain of local work at full household skill K = 1 (training pays: 001 §4.2); half of it for casual and workshop work'), 0.2, 0.8, 'reasoning: returns to training and skill of 20-80% in rural labor markets'),
        educationPremium: withPrior(share(0.15, 'assumption', 'pay gain (or loss) per schooling level against junior secondary, the most common schooling of migrant workers (NBS monitoring reports), whose pay the NBS averages stand for', 0.5), 0.05, 0.25, 'reasoning: returns to a level of schooling of 5-25%'),
        experienceReturn: withPrior(num(0.03, 0, 0.1, 'per year away', 'assumption', 'pay gain of a migrant per year worked away, up to 10 years, against a migrant of 5 years (the NBS average stands for a migrant of middling experience): the migrant\'s own skill'), 0.01, 0.06, 'reasoning: Mincer returns to experience of rural migrant workers in China of about 1-6 % a year early in a working life'),
        choiceScale: withPrior(num(2500, 100, 50000, 'yuan', 'assumption', 'scale of the unobserved taste and friction in the yearly choice of activity (multinomial logit): the higher, the less returns alone decide'), 1000, 6000, 'reasoning: the unobserved part of a yearly choice is worth a few thousand yuan'),
        inertia: withPrior(num(1, 0, 10, 'logit units', 'assumption', 'pull of last year\'s activity in the yearly choice (switching costs, skills and contacts tied to the activity); none in the first year, when activities before the start are unknown'), 0.3, 2.5, 'reasoning: switching activity costs the equivalent of a fraction to a few of choiceScale'),
        careCost: withPrior(num(6000, 0, 50000, 'yuan/year', 'assumption', 'what leaving costs a member whose household keeps a child or an elder at home with no other adult: a friction in the migration choice'), 2000, 12000, 'reasoning: paid care or help from neighbours for a dependant left alone costs a few thousand yuan a year'),
      },
      'work: months and days worked, migrants\' costs and transfers, the returns to schooling, experience and skill',
    ),
    wages: group(
      {
        away: yearly(AWAY, { unit: 'yuan/month', min: 0, max: 100000, description: 'monthly earnings of migrant workers working away from their home township (外出农民工), nominal' }),
        local: yearly(LOCAL, { unit: 'yuan/month', min: 0, max: 100000, description: 'monthly earnings of local migrant workers, off the farm within their home township (本地农民工), nominal' }),
        regionFactor: num(0.953, 0.5, 1.5, 'multiple', 'NBS migrant-worker monitoring reports 2022 and 2024', 'earnings of migrant workers employed in the central region (Shanxi is central) against all: 4,386 / 4,615 = 0.950 in 2022, 4,745 / 4,961 = 0.956 in 2024 (the years both are found); applied to local pay, which is earned in the home township'),
        daysPerMonth: num(24.9, 10, 31, 'days/month', 'NBS migrant-worker monitoring report 2016', 'days a migrant worker works in a month (24.9 in 2016): a day of casual local work pays the local monthly earnings over these days'),
        realGrowthAfter: withPrior(num(0.03, -0.05, 0.1, 'per year', 'assumption', 'real growth of migrant and local earnings after the last year of data (2024)'), 0.01, 0.05, 'reasoning: migrant earnings rose 3.8 % a year in nominal terms 2021-2024 (4,432 to 4,961 yuan a month, NBS) with CPI about 0.8 % a year, about 3 % real; rural incomes still grow faster than prices'),
        minimum: yearly(MINIMUM, { unit: 'yuan/month', min: 0, max: 100000, description: 'monthly minimum wage of Yangqu county, Shanxi (the highest standard in force during the year), nominal' }),
        minimumGrowthAfter: withPrior(num(0.014, -0.05, 0.1, 'per year', 'assumption', 'real growth of Yangqu\'s minimum wage after the last standard found (2021-10): provinces revise it every two to three years (MOHRSS Minimum Wage Provisions, 2004)'), 0, 0.03, 'reasoning: Shanxi\'s standard rose from 1,420 (2015-05) to 1,760 (2021-10), about 3.4 % a year nominal and 1.4 % real'),
      },
      'pay rates from data: migrant and local earnings (NBS migrant-worker monitoring reports) and Yangqu\'s minimum wage, nominal as published and deflated by the CPI (src/engine/wages.ts); the calibration never moves them',
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
        epidemicMigrantCut: withPrior(share(0.05, 'NBS migrant-worker monitoring reports 2019-2020', 'share of a year\'s work away lost in an epidemic year (004: the epidemic kept migrants at home in the first months of 2020; the monthly earnings of economy.wages.away already carry the year\'s pay, +2.7 % in 2020 against +6.5 % for all migrants in 2019)'), 0, 0.12, 'reasoning: up to a month and a half of work lost; the poor areas\' income still rose 8.8% (white paper 2021), a target of calibration/p-village.yaml'),
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
    prices: group(
      {
        cpi: yearly(Object.fromEntries(Object.entries(CPI).map(([y, v]) => [Number(y), { value: v, source: communique(Number(y)) }])), { unit: 'share', min: -0.2, max: 0.5, description: 'consumer price index, change on the year before (national)' }),
        cpiAfter: withPrior(num(0.015, -0.05, 0.2, 'share', 'assumption', 'yearly change of the CPI after the last year with data'), 0, 0.03, 'reasoning: the CPI rose 0-3 % a year in 2014-2025; the 2 % target of recent years is its top'),
      },
      'the price level: published nominal figures are deflated by the national CPI to yuan of economy.priceBaseYear (src/engine/prices.ts)',
    ),
    priceBaseYear: withPrior(year(2020, 'assumption', 'all money is in yuan of this year (constant prices, deflated by the national CPI)'), 2020, 2021, 'a setting, not an uncertain quantity: the fixed value is the prior'),
    growth: group(
      {
        farm: withPrior(num(0.02, -0.1, 0.2, 'per year', 'assumption', 'real growth of net farm value per mu (yields, prices, mechanisation)'), 0, 0.04, 'reasoning: real growth of net farm value per mu of 0-4% a year'),
        livestock: withPrior(num(0.02, -0.1, 0.2, 'per year', 'assumption', 'real growth of the net margin per animal sold'), 0, 0.04, 'reasoning: real growth of livestock margins of 0-4% a year'),
        business: withPrior(num(0.03, -0.1, 0.2, 'per year', 'assumption', 'real growth of small-business income'), 0.01, 0.06, 'reasoning: real growth of small-business income of 1-6% a year'),
      },
      'real growth trends of farm, livestock and business earnings, each relative to its 2020 level (the price base year); pay rates follow their data (economy.wages)',
    ),
    workingAgeMax: withPrior(int(64, 50, 80, 'years', 'assumption', 'oldest age counted as working age in labor capacity'), 60, 68, 'reasoning: rural people work the land well into their sixties'),
  },
  'production, wages and household finance',
);
