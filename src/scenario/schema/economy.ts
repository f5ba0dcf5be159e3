import { z } from 'zod';
import { group, int, num, share, year } from './param.js';

/** Planting, breeding, wages, remittances, business and household finance. Money in 2020 yuan. */
export const Economy = group(
  {
    planting: group(
      {
        netPerMu: num(650, 0, 3000, 'yuan/mu/year', 'assumption', 'net value of a mu of maize, potato or millet at the reference price'),
        muPerWorker: num(8, 1, 50, 'mu/worker', 'assumption', 'land one full worker at home can farm'),
        rentPerMu: num(120, 0, 1000, 'yuan/mu/year', 'assumption', 'rent for land the household cannot farm itself'),
        materialBoost: share(0.15, '001 §4.2', 'yield gain from free machine ploughing, seed and technical service while material help runs'),
      },
      'planting on household land',
    ),
    breeding: group(
      {
        marginPerHead: num(550, 0, 5000, 'yuan/head sold', 'assumption', 'net margin of an animal sold (sheep equivalent)'),
        offtake: share(0.4, 'assumption', 'share of the herd sold each year'),
        fertility: num(0.55, 0, 3, 'young/head/year', 'assumption', 'young born per head per year'),
        mortality: share(0.25, '001 §4.2', 'annual herd mortality of an unskilled keeper ("the mortality rate went down and income came up")'),
        skillEffect: share(0.7, '001 §4.2', 'share of mortality removed at full skill K = 1'),
        headsPerWorker: num(12, 1, 200, 'heads/worker', 'assumption', 'animals one full worker at home can keep'),
        feedPerHead: num(120, 0, 2000, 'yuan/head/year', 'assumption', 'feed and vet cost per animal kept'),
        restockShare: share(0.3, 'assumption', 'share of savings a skilled keeper with spare labor puts into new animals'),
        outbreak: share(0.08, 'assumption', 'annual probability that a household herd suffers an outbreak (pooled away in cooperatives)'),
        outbreakLoss: share(0.35, 'assumption', 'share of a herd lost in an outbreak'),
        animalValue: num(800, 0, 10000, 'yuan/head', 'assumption', 'value of a young animal (grants in kind and restocking)'),
      },
      'small-scale breeding: herd dynamics where skill lowers mortality',
    ),
    labor: group(
      {
        remitting: share(0.35, '001 T4', 'share of households whose migrant members send money home (calibrated: a third of people are away, yet a third of households name wages, 001 T4)'),
        remittance: num(4000, 0, 60000, 'yuan/migrant/year', 'assumption', 'money a migrant member sends or brings home'),
        casualWage: num(2000, 0, 30000, 'yuan/worker/year', 'assumption', 'casual local work of a worker at home without a post'),
        skillPremium: num(0.5, 0, 2, 'relative gain', 'assumption', 'wage gain at full skill K = 1 (training pays: 001 §4.2)'),
        educationPremium: share(0.15, 'assumption', 'wage and remittance gain per schooling level above primary', 1),
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
        epidemicMigrantCut: share(0.35, '004', 'share of remittances lost in an epidemic year'),
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
    priceBaseYear: year(2020, 'assumption', 'all money is in yuan of this year (constant prices)'),
    wageGrowth: num(0.03, -0.1, 0.2, 'per year', 'assumption', 'real growth of wages, remittances, livestock and cooperative margins and business income (planting is held at 2020 value)'),
    workingAgeMax: int(64, 50, 80, 'years', 'assumption', 'oldest age counted as working age in labor capacity'),
  },
  'production, wages and household finance',
);
