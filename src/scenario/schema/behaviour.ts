import { derivedYear, group, int, labelled, num, share, withPrior } from './param.js';

/** Awareness of one of the eight measures of 001 T1 (Likert 1-5). */
function measure(base: number, ageGradient: number, source: string, what: string) {
  return group(
    {
      base: withPrior(
        share(base, 'assumption', `awareness of ${what} of a head aged 55 with average exposure, on a 0-1 scale (1 = Likert 5)`),
        0.25, 0.75, 'reasoning: between "heard of it" (Likert 2) and "know it well" (Likert 4) for measures the village ran for years (001 §4.1.1); not measured',
      ),
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
    unreachedPenalty: withPrior(num(0.15, 0, 1, '0-1 scale', 'assumption', 'awareness lost by a household that cadres and meetings do not reach'), 0.05, 0.3, 'reasoning: missing cadres and meetings should cost a noticeable share of awareness (more than 0.05 on the 0-1 scale) but not wipe it out (other channels: neighbours, notices); not measured'),
    registeredBoost: withPrior(num(0.05, 0, 1, '0-1 scale', 'assumption', 'awareness gained by registered households from help cadres\' visits'), 0, 0.15, 'reasoning: help cadres visit registered households (001 §4.1.1), so a gain between none and one Likert step (0.25) at most; not measured'),
    noise: withPrior(num(0.21, 0, 1, 'sd (0-1 scale)', 'assumption', 'household-specific spread of awareness not explained by age, status or schooling'), 0.1, 0.3, 'reasoning: Likert answers spread over most of the 1-5 scale within an age group (001 T1 reports means only), a household sd of 0.1-0.3 on the 0-1 scale'),
    educationEffect: withPrior(num(0.06, 0, 0.5, 'per schooling level', 'assumption', 'awareness gain per schooling level above primary'), 0, 0.15, 'reasoning: 001 T3 controls for education, so its effect exists but is not reported; up to about half a Likert step per schooling level'),
    practiceEffect: withPrior(num(0.1, 0, 0.5, '0-1 scale', 'assumption', 'awareness gained by taking part in a measure'), 0, 0.25, 'reasoning: taking part should raise awareness of a measure by at most one Likert step'),
    adjustment: withPrior(share(0.5, 'assumption', 'share of the gap to its target that awareness closes each year'), 0.2, 0.8, 'reasoning: awareness follows exposure within one to five years'),
    threshold: withPrior(num(0.4, 0, 1, '0-1 scale', 'assumption', 'awareness at which half of the offered households take part'), 0.25, 0.6, 'reasoning: half take part between "heard of" (Likert 2) and "know fairly well" (Likert 3.4)'),
    slope: withPrior(num(10, 0.1, 50, 'per unit', 'assumption', 'steepness of participation in awareness'), 3, 25, 'reasoning: from a gentle (3) to a near step-like (25) response of participation to awareness'),
  },
  'awareness of the eight measures and how it decides participation',
);

/**
 * Empowerment on three levels (001 §2): resources/opportunities R, knowledge/skills K, values/agency V.
 * R is measured from holdings (no parameter of its own); K and V move with what the household does.
 */
export const Empowerment = group(
  {
    practiceGain: share(0.06, '001 §4.2', 'yearly skill gain from real practice (breeding, cooperative work, a job)'),
    skillDecay: withPrior(share(0.05, 'assumption', 'yearly loss of skill without practice'), 0.01, 0.15, 'reasoning: skills unused for 7-100 years halve (half-life ln 2 / rate); labour economics finds yearly depreciation of a few percent'),
    agencyGain: share(0.08, '001 §4.2', 'yearly gain in agency (a share of the way to 1) of a household that runs its own production or job; a say or real participation without practice gains in proportion to the agency it exercises'),
    agencyDecay: withPrior(
      share(0.03, 'assumption', 'yearly loss of agency of a household that exercises none: no practice, no real participation, no say ("waiting for need", 001 §4.1.3: passive receipt without practice)'),
      0.01, 0.1,
      'reasoning: agency is built by exercising it (mastery experience is the main source of self-efficacy: Bandura 1977) and not renewed without; a yearly loss of 1-10% (half-life 7-70 years) keeps disuse slower than practice builds agency (agencyGain 0.08); not measured',
    ),
    voiceWeight: withPrior(
      share(0.5, 'assumption', 'agency exercised by a say in decisions, without practice, relative to running one\'s own production or job: a cooperative member\'s vote (members\' assembly, one member one vote: Farmers\' Professional Cooperatives Law 2006 art. 17) or a cadre or party member in the village\'s decisions (the villagers\' meeting decides the use of collective income: Organic Law of Villagers\' Committees 2010 art. 24)'),
      0.2, 1,
      'reasoning: a say is agency exercised (001 §2: values) but a yearly vote is less of it than running one\'s own production or job every day; between a fifth of it and as much',
    ),
    participationWeight: withPrior(
      share(0.2, 'assumption', 'agency exercised by each measure a household really takes part in by acting (all but dividends: working at it, not only enrolled; 001 §4.1.4), without practice, relative to running one\'s own production or job'),
      0.05, 0.35,
      'reasoning: taking part in three to seven measures (contributing labour to village works, applying training, farming with the seed and services, taking a loan) should approach running one\'s own production; dividends are received, not done (001 §4.1.3)',
    ),
    oldAgeLearning: withPrior(share(0.5, 'assumption', 'learning rate of persons past working age relative to the young'), 0.2, 0.9, "reasoning: older adults learn more slowly but do learn; 0.2-0.9 of the young's rate"),
    trainingCost: labelled(withPrior(num(800, 0, 20000, 'yuan/trainee/year', 'assumption', 'fiscal cost of training one person for a year'), 300, 3000, 'reasoning: a weekend-school place or short course costs from a few hundred to a few thousand yuan a year in rural Shanxi'), 'training cost per trainee'),
  },
  'how K and V grow and fade with practice, participation and voice',
);

/**
 * Frictions in delivery (002 §3.1; 000). Off by default except elite capture. There is no
 * fear-of-exit friction (002 §3.4): every benefit the model represents was kept after a card's
 * exit ("脱贫不脱政策", docs/model.md §7.15), so fearing exit could change nothing.
 */
export const Frictions = group(
  {
    targetingError: share(0, '002 §3.1', 'share of registered-poor cards that go to non-poor households'),
    leakage: share(0, '002 §3.1', 'share of transfers and subsidies lost before reaching households'),
    eliteCapture: share(0.15, '000', 'priority that well-connected households get for limited places and benefits (0 = none)'),
  },
  'frictions: targeting errors, leakage, elite capture',
);

/** The virtual survey and the per-run analysis windows. */
export const Analysis = group(
  {
    sampleSize: num(73, 10, 10000, 'households', '001 §3', 'households sampled by the virtual survey (73 valid questionnaires)'),
    sampleRegistered: withPrior(share(59 / 73, '001 §3, T2', 'share of registered households in the virtual survey\'s sample, as fielded: the fieldwork met villagers on the village\'s main roads and "the proportion of poor households is larger than that of non-poor households" (001 §3); 59 of the 73 valid questionnaires were registered households (T2). The sample draws that many registered households and the rest from the others, each at random; the village\'s own registered share is the model\'s (policy.registration). A setting of the survey\'s design, not a target'), 59 / 73, 0.82, 'a setting, not an uncertain quantity: the fieldwork\'s composition is the prior'),
    sourcesNamed: num(185 / 73, 1, 6, 'sources/household', '001 T4', 'main sources of income a surveyed household names, on average: 185 answers from 73 households (a multiple-response question). Each household names its largest sources by the income it sees of them; how many is drawn per household, the whole number below this mean or the one above (the one above with probability equal to the mean\'s fraction: 2 or 3, 3 with probability 0.53), so the answers average it; a household with fewer sources names all it has. A reading of the survey\'s design, not a target (docs/calibration.md)'),
    withdrawalStart: derivedYear('docs/results.md', 'first year of the withdrawal that the summary\'s before and after windows measure; null (the default), the first year an instrument runs below its full level (the earliest end + 1 among instruments withdrawn by abrupt, taper or fold below 1; src/engine/windows.ts)'),
    withdrawalComplete: derivedYear('docs/results.md', 'first year the withdrawal is complete (the after window starts the year after); null (the default), the first year every withdrawn instrument ending at or after the withdrawal start sits at its final level; set it only with withdrawalStart'),
    window: withPrior(int(3, 1, 10, 'years', 'assumption', 'years averaged before withdrawal starts and after it completes'), 2, 5, 'a choice of analysis: short enough to sit inside the transition period, long enough to average out shocks'),
  },
  'virtual survey and summary windows',
);
