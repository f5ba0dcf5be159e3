import { group, int, labelled, num, share, withPrior } from './param.js';

/** Yearly hazards for persons; rates per person per year unless stated. */
export const Demography = group(
  {
    mortalityAt60: labelled(withPrior(share(0.009, 'assumption', 'annual death probability at age 60 (rural China life tables, order of magnitude)', 0.2), 0.005, 0.015, 'China rural life tables (2010 census, 2020 census): death probability at 60 of about 0.6-1.2%'), 'mortality at 60'),
    mortalityGrowth: withPrior(num(0.09, 0, 0.2, 'per year of age', 'assumption', 'Gompertz growth of mortality with age'), 0.07, 0.11, 'Gompertz slopes of human mortality lie between 0.07 and 0.11 a year of age (Gompertz-Makeham fits across countries)'),
    illnessAt60: withPrior(share(0.025, 'assumption', 'annual onset of chronic illness at age 60', 0.3), 0.01, 0.05, 'reasoning: CHARLS finds most rural over-60s with a chronic condition by 70; an onset of 1-5% a year at 60 spans it'),
    illnessGrowth: withPrior(num(0.04, 0, 0.2, 'per year of age', 'assumption', 'growth of illness onset with age'), 0.02, 0.08, 'reasoning: onset of chronic illness roughly doubles every 9-35 years of age'),
    disabilityAt60: labelled(withPrior(share(0.006, 'assumption', 'annual onset of disability at age 60', 0.2), 0.002, 0.012, 'reasoning: disability prevalence in rural China rises from about 5% at 60 to 20% at 80 (2006 disability survey), onset of 0.2-1.2% a year at 60'), 'disability onset at 60'),
    disabilityGrowth: withPrior(num(0.06, 0, 0.2, 'per year of age', 'assumption', 'growth of disability onset with age'), 0.03, 0.1, 'reasoning: disability onset doubles every 7-23 years of age'),
    recovery: withPrior(share(0.05, 'assumption', 'annual probability that a chronic illness resolves'), 0.01, 0.15, 'reasoning: most chronic illness of the old does not resolve; 1-15% a year'),
    outMigration: labelled(withPrior(share(0.25, 'assumption', 'annual probability that a healthy person aged 16-45 of the children\'s generation, at home, gets an opportunity to leave to work in the cities (young labor drains away, 001 §4.1.2; the choice to take it is labor.ts\'s)'), 0.1, 0.4, 'reasoning: with about a third of people away (001 §4.1.2) and most migrants returning only in their fifties, a young person at home meets an opportunity to leave within 2-10 years'), 'out-migration of the young'),
    return: labelled(withPrior(share(0.01, 'assumption', 'annual probability that a migrant returns home'), 0, 0.05, 'reasoning: few young migrants return each year before their fifties (NBS migrant-worker monitoring: returns concentrate over 50)'), 'return rate of migrants'),
    returnAge: withPrior(int(50, 30, 70, 'years', 'assumption', 'age from which migrants return home at a higher rate'), 45, 60, 'NBS migrant-worker monitoring 2020: 26.4% of migrants over 50; returns concentrate from the late 40s to 60'),
    returnOld: withPrior(share(0.2, 'assumption', 'annual return probability of migrants past returnAge or chronically ill'), 0.05, 0.4, 'reasoning: older or ill migrants return within 2-20 years'),
    births: withPrior(share(0.03, 'assumption', 'annual birth probability per woman aged 20-39 (0 gives a closed population)', 0.3), 0.01, 0.06, 'rural China total fertility of about 1.3-2 (2020 census) over 20 childbearing years, of which many women are away'),
    formation: labelled(withPrior(share(0.015, 'assumption', 'annual probability that an adult child (22-35, not head) leaves to form a household'), 0.005, 0.04, 'reasoning: an adult child forms a household within 25-200 years-at-risk; most marry in their twenties, but many are away'), 'new household formation'),
    settleAway: withPrior(share(0.85, 'assumption', 'share of new households formed by migrants that settle outside the village (emigration)'), 0.6, 0.95, 'reasoning: young households formed by migrants mostly settle in towns (001 §4.1.2: young labour drains away)'),
  },
  'ageing, illness, disability, migration, births, deaths and household formation',
);
