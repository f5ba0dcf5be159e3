import { group, num, share } from './param.js';

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
    spouse: share(0.72, 'assumption', 'probability that the head lives with a spouse'),
    childrenPerHousehold: num(2, 0, 5, 'persons', 'assumption', 'mean number of children (any age) per household at the start'),
    childrenAway: share(0.95, '001 §4.1.2', 'share of grown children (16+) who are migrants or have left: the young work in the cities'),
    elderParent: share(0.15, 'assumption', 'probability that a head under 50 lives with an elderly parent'),
    chronicIll: share(0.2, 'assumption', 'share of persons over 50 who are chronically ill at the start'),
    disabled: share(0.04, 'assumption', 'share of persons who are disabled at the start'),
    connectedAdvantage: num(5000, 0, 100000, 'yuan/year', 'assumption', 'extra earning potential of a household with a cadre or party member, used when cards are assigned'),
  },
  'the synthetic population built for the start year',
);
