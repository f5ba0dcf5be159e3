import { group, labelled, num, share, withPrior } from './param.js';

/**
 * The synthetic population. Shares marked 001 T2 are survey-year targets: the builder ages
 * the 2016 population forward so that the survey year, not 2016, looks like Table 2.
 */
export const Population = group(
  {
    headAge: group(
      {
        under40: share(0.055, '001 T2', 'heads aged 25-40 in the survey year (none under 25)'),
        from40to60: share(0.37, '001 T2', 'heads aged 40-60 in the survey year'),
        over60: share(0.575, '001 T2', 'heads over 60 in the survey year'),
      },
      'age of the household head in the survey year',
    ),
    headEducation: group(
      {
        primary: share(0.753, '001 T2', 'heads with primary schooling or less'),
        junior: share(0.192, '001 T2', 'heads with junior secondary schooling'),
        high: share(0.055, '001 T2', 'heads with high school or above'),
      },
      'schooling of the household head',
    ),
    causes: group(
      {
        funds: share(0.695, '001 T2', 'registered households whose first cause of poverty is lack of funds'),
        technology: share(0.136, '001 T2', 'first cause: lack of technology'),
        labor: share(0.136, '001 T2', 'first cause: lack of labor'),
        illness: share(0.017, '001 T2', 'first cause: illness'),
        disability: share(0.017, '001 T2', 'first cause: disability'),
        study: share(0, '001 T2', 'first cause: schooling costs'),
      },
      'first cause of poverty on the registration card',
    ),
    spouse: withPrior(share(0.72, 'assumption', 'probability that the head lives with a spouse'), 0.6, 0.85, 'reasoning: heads are old (57.5% over 60, 001 T2), so widowhood is common; 2020 census: about 70-80% of rural over-60s married'),
    childrenPerHousehold: withPrior(num(2, 0, 5, 'persons', 'assumption', 'mean number of children (any age) per household at the start'), 1.5, 3, 'reasoning: heads born 1950-1975 in rural Shanxi had two to three children'),
    childrenAway: share(0.95, '001 §4.1.2', 'share of grown children (16+) who are migrants or have left: the young work in the cities'),
    elderParent: withPrior(share(0.15, 'assumption', 'probability that a head under 50 lives with an elderly parent'), 0.05, 0.3, 'reasoning: few young heads live with a parent in a village whose heads are mostly old'),
    chronicIll: withPrior(share(0.2, 'assumption', 'share of persons over 50 who are chronically ill at the start'), 0.1, 0.4, 'CHARLS 2011-2018: about a third to half of rural over-50s report a chronic disease limiting work; 0.1-0.4 for one serious enough to count'),
    disabled: labelled(withPrior(share(0.04, 'assumption', 'share of persons who are disabled at the start'), 0.02, 0.08, 'second national sample survey on disability (2006): 6.3% of Chinese people disabled, more in rural areas; 2-8%'), 'disabled at the start'),
    connectedAdvantage: withPrior(num(5000, 0, 100000, 'yuan/year', 'assumption', 'extra earning potential of a household with a cadre or party member, used when cards are assigned'), 0, 15000, 'reasoning: a cadre or party member household earns up to a few thousand yuan a year more per person'),
  },
  'the synthetic population built for the start year',
);
