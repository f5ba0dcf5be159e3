import { z } from 'zod';
import { group, num, share, withPrior } from './param.js';

/**
 * The regular assistance system after the transition (docs/model.md §7.21): who counts as
 * low-income, how the monitoring finds and follows them, and which instruments stay targeted.
 * When each part runs is its instrument's own start, end and path (policy.instruments.lowIncome,
 * industrySupport, medicalAssistance, welfarePosts, training): principle 2.
 */
export const LowIncome = group(
  {
    edgeMultiple: withPrior(
      num(1.5, 1, 3, 'multiple of the dibao standard', 'Ministry of Civil Affairs notice on identifying the low-income population (2023, as reported) and local rules: a household on the guarantee\'s edge has income per person under 1.5 times the local standard and property within local limits (data.md 8)', 'the low-income standard: a household not on the guarantee counts as on its edge, or (net of its necessary spending) as a household with heavy necessary spending, below this multiple of the guarantee\'s published standard'),
      1.2, 2, 'reasoning: the national rule is 1.5; some localities relax it to 2 (a secondary summary of local rules); a stricter locality might stop nearer the standard',
    ),
    assetYears: withPrior(
      num(2, 0, 20, 'years of the dibao standard', 'assumption', 'the property test of the low-income standard: savings net of debt per resident member below this many years of the guarantee\'s standard (local rules cap a household\'s financial assets per person at a multiple of the standard)'),
      1, 3, 'reasoning: the 2023 opinion leaves the property test to local rules (data.md 8: "property within local limits"); secondary summaries of local rules cap financial assets per person at one to three years of the standard (12-36 months); no rule\'s text was found, Shanxi\'s included, so 2 is the middle of that range',
    ),
    capacity: withPrior(
      share(0.2, 'assumption', 'households the cadres can follow in a year, as a share of the village\'s households (times the amount of policy.instruments.lowIncome): the monitoring and the help it triggers reach the followed households only'),
      0.1, 0.4, 'reasoning: the low-income population is about 9 % of rural residents nationally (33.6 million rural guarantee recipients, 4.3 million in extreme-poverty support, over 6 million on the guarantee\'s edge: data.md 6b, 7, 8), two to three times that in villages lifted out of poverty; during the campaign every registered household had a help cadre, after it the village cadres and a work team follow far fewer',
    ),
    detection: withPrior(
      share(0.7, 'assumption', 'probability that a household qualifying as low-income (on the guarantee\'s edge, or with heavy necessary spending) is found in a year by the dynamic monitoring (data matching, cadres\' visits, its own application); recipients of the guarantee and the households the return-to-poverty monitoring finds at risk are known already'),
      0.4, 0.95, 'reasoning: the national platform matches civil-affairs, health and agriculture data, but edge and spending households must still be found or apply; a third of them may be missed in a year',
    ),
    industryPerVillage: withPrior(
      share(0.04, 'assumption', 'industry support (policy.instruments.industrySupport) the village can give in a year, as a share of its households'),
      0.01, 0.1, 'reasoning: more than half of the monitored households received an industry measure by 2023 (MARA, data.md 9); a village following a fifth of its households can equip a few of them a year',
    ),
    targeting: group(
      {
        welfarePosts: z.enum(['registered-and-low-income', 'low-income']).default('registered-and-low-income').meta({
          description: 'who public-welfare posts are for while policy.instruments.lowIncome runs: households lifted out of poverty (registered, through the employment mode, as in the transition) and the followed low-income households, or the followed low-income households alone (the two systems merged); weak-labor households fit either way, and followed households need no mode',
          source: 'provincial rules on rural public-welfare posts (Guizhou 2022, data.md 4): lifted-out labour, the rural low-income population, zero-employment, disabled and older workers may hold one; Heilongjiang 2024 (黑民规〔2024〕7号) folds the monitored households into the low-income population', unit: 'rule',
        }),
        training: z.enum(['low-income', 'modes']).default('low-income').meta({
          description: 'who skills training reaches while policy.instruments.lowIncome runs: followed low-income households able to work as well as those with cooperative or employment access, or only the latter (training as in the transition)',
          source: 'the 2025 No. 1 central document (developmental help, skills for the low-income population able to work: Xinhua 2025-02-24)', unit: 'rule',
        }),
      },
      'which instruments stay targeted at the lifted-out households, and which reach the low-income population, after the transition',
    ),
  },
  'the regular assistance system after the transition: the low-income standard, the monitoring\'s detection and capacity, industry support capacity, targeting',
);
