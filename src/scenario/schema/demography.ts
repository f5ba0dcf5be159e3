import { group, int, num, share } from './param.js';

/** Yearly hazards for persons; rates per person per year unless stated. */
export const Demography = group(
  {
    mortalityAt60: share(0.009, 'assumption', 'annual death probability at age 60 (rural China life tables, order of magnitude)', 0.2),
    mortalityGrowth: num(0.09, 0, 0.2, 'per year of age', 'assumption', 'Gompertz growth of mortality with age'),
    illnessAt60: share(0.025, 'assumption', 'annual onset of chronic illness at age 60', 0.3),
    illnessGrowth: num(0.04, 0, 0.2, 'per year of age', 'assumption', 'growth of illness onset with age'),
    disabilityAt60: share(0.006, 'assumption', 'annual onset of disability at age 60', 0.2),
    disabilityGrowth: num(0.06, 0, 0.2, 'per year of age', 'assumption', 'growth of disability onset with age'),
    recovery: share(0.05, 'assumption', 'annual probability that a chronic illness resolves'),
    outMigration: share(0.25, '001 §4.1.2', 'annual probability that a healthy person aged 16-45 of the children\'s generation, at home, leaves to work in the cities (young labor drains away)'),
    return: share(0.01, 'assumption', 'annual probability that a migrant returns home'),
    returnAge: int(50, 30, 70, 'years', 'assumption', 'age from which migrants return home at a higher rate'),
    returnOld: share(0.2, 'assumption', 'annual return probability of migrants past returnAge or chronically ill'),
    births: share(0.03, 'assumption', 'annual birth probability per woman aged 20-39 (0 gives a closed population)', 0.3),
    formation: share(0.015, 'assumption', 'annual probability that an adult child (22-35, not head) leaves to form a household'),
    settleAway: share(0.85, 'assumption', 'share of new households formed by migrants that settle outside the village (emigration)'),
  },
  'ageing, illness, disability, migration, births, deaths and household formation',
);
