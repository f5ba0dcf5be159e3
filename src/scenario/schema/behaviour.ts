import { group, int, num, share } from './param.js';

/** Awareness of one of the eight measures of 001 T1 (Likert 1-5). */
function measure(base: number, ageGradient: number, source: string, what: string) {
  return group(
    {
      base: share(base, 'assumption', `awareness of ${what} of a head aged 55 with average exposure, on a 0-1 scale (1 = Likert 5)`),
      ageGradient: num(ageGradient, -0.5, 0.5, 'per 10 years of head age', source, `fall in awareness of ${what} per 10 years of head age (calibrated to the partial correlation in 001 T3)`),
    },
    `awareness of ${what}`,
  );
}

/** Awareness decides participation: policy reaches households through cadres and meetings (001 §4.1.1). */
export const Awareness = group(
  {
    dividends: measure(0.55, 0.16, '001 T3 (r = -0.676)', 'dividend measures'),
    cooperative: measure(0.5, 0.15, '001 T3 (r = -0.644)', 'cooperative measures'),
    individual: measure(0.52, 0.155, '001 T3 (r = -0.663)', 'individual breeding support'),
    employment: measure(0.45, 0.12, '001 T3 (r = -0.551)', 'employment and entrepreneurship support'),
    infrastructure: measure(0.55, 0.12, '001 T3 (r = -0.557)', 'infrastructure measures'),
    technical: measure(0.45, 0.115, '001 T3 (r = -0.541)', 'technical assistance'),
    financial: measure(0.6, 0.005, '001 T3 (r = -0.028)', 'financial assistance (reaches every household: no age relation)'),
    material: measure(0.6, 0.1, '001 T3 (r = -0.499)', 'material assistance'),
    cadreReach: share(0.767, '001 §4.1.1', 'share of households that hear of policy through help cadres and village meetings'),
    unreachedPenalty: num(0.15, 0, 1, '0-1 scale', 'assumption', 'awareness lost by a household that cadres and meetings do not reach'),
    registeredBoost: num(0.05, 0, 1, '0-1 scale', 'assumption', 'awareness gained by registered households from help cadres\' visits'),
    noise: num(0.21, 0, 1, 'sd (0-1 scale)', 'assumption', 'household-specific spread of awareness not explained by age, status or schooling'),
    educationEffect: num(0.06, 0, 0.5, 'per schooling level', 'assumption', 'awareness gain per schooling level above primary'),
    practiceEffect: num(0.1, 0, 0.5, '0-1 scale', 'assumption', 'awareness gained by taking part in a measure'),
    adjustment: share(0.5, 'assumption', 'share of the gap to its target that awareness closes each year'),
    threshold: num(0.4, 0, 1, '0-1 scale', 'assumption', 'awareness at which half of the offered households take part'),
    slope: num(10, 0.1, 50, 'per unit', 'assumption', 'steepness of participation in awareness'),
  },
  'awareness of the eight measures and how it decides participation',
);

/** Empowerment on three levels (001 §2): resources/opportunities R, knowledge/skills K, values/agency V. */
export const Empowerment = group(
  {
    resourceAdjustment: share(0.4, 'assumption', 'share of the gap to current access that R closes each year'),
    practiceGain: share(0.06, '001 §4.2', 'yearly skill gain from real practice (breeding, cooperative work, a job)'),
    skillDecay: share(0.05, 'assumption', 'yearly loss of skill without practice'),
    agencyGain: share(0.08, '001 §4.2', 'yearly gain in agency from running one\'s own production or job'),
    dependencyErosion: share(0.1, '001 §4.1.3', 'yearly loss of agency per unit transfusion share of income ("waiting for need")'),
    oldAgeLearning: share(0.5, 'assumption', 'learning rate of persons past working age relative to the young'),
    trainingCost: num(800, 0, 20000, 'yuan/trainee/year', 'assumption', 'fiscal cost of training one person for a year'),
  },
  'how R, K and V grow and erode',
);

/** Frictions in delivery (002 §3.1, §3.4; 000). Off by default except elite capture. */
export const Frictions = group(
  {
    targetingError: share(0, '002 §3.1', 'share of registered-poor cards that go to non-poor households'),
    leakage: share(0, '002 §3.1', 'share of transfers and subsidies lost before reaching households'),
    fearOfExit: share(0, '002 §3.4', 'probability a registered household above the exit margin avoids leaving poverty to keep benefits'),
    eliteCapture: share(0.15, '000', 'priority that well-connected households get for limited places and benefits (0 = none)'),
  },
  'frictions: targeting errors, leakage, fear of leaving poverty, elite capture',
);

/** The virtual survey and the per-run analysis windows. */
export const Analysis = group(
  {
    sampleSize: num(73, 10, 10000, 'households', '001 §3', 'households sampled by the virtual survey (73 valid questionnaires)'),
    namingShare: share(0.1, 'assumption', 'share of household income from which a source is named as a main source (001 T4)'),
    withdrawalStart: int(2026, 2000, 2100, 'year', '004', 'first year after the transition period (2021-2025): the summary compares income before and after it'),
    window: int(3, 1, 10, 'years', 'assumption', 'years averaged before withdrawal starts and after it completes'),
  },
  'virtual survey and summary windows',
);
