import { z } from 'zod';
import { group, int, labelled, num, share } from './param.js';

/**
 * Modes give access, never outcomes: each block says who may enter a mode and what the mode
 * opens. What a household then earns is decided by the mechanisms (labor, skill, prices, policy).
 */
const eligible = (def: 'registered' | 'all', source: string) =>
  z.enum(['registered', 'all']).default(def).meta({ description: 'who may be given access: registered-poor households only, or every household', source, unit: 'rule' });

export const Modes = group(
  {
    shareholding: group(
      {
        access: share(1, '001 §4.2', 'share of eligible households holding a share of the fund ("widest participation")'),
        eligible: eligible('registered', '001 §4.2'),
      },
      'shareholding: a share in the returns of the village fund',
    ),
    cooperative: group(
      {
        access: share(0.45, '001 §4.1.4', 'share of eligible households offered a cooperative place'),
        eligible: eligible('all', '001 §4.2'),
        training: labelled(share(0.12, '001 §4.2', 'yearly skill gain of a working member at full training level (lectures by outside experts)'), 'cooperative training gain'),
      },
      'cooperative: a place, training, pooled inputs and marketing, a share of surplus',
    ),
    individual: group(
      {
        access: share(0.55, '001 §4.1.4', 'share of eligible households given animals to breed (nominal participation in breeding exceeds 80% together with cooperatives)'),
        eligible: eligible('registered', '001 §4.2'),
        grantAnimals: num(6, 0, 100, 'heads', '001 §4.1.2', 'lambs or chickens (sheep equivalent) granted once'),
        sellOff: share(0.6, '001 §4.1.2', 'probability that a labor-poor household sells granted animals at once (000 could not confirm the cycle: keep it a probability)'),
        sellOffLabor: num(0.5, 0, 3, 'full-worker equivalents', '001 §4.1.2', 'labor at home below which a household counts as labor-poor for keeping animals'),
      },
      'individual: animals, seed and services granted once for self-managed farming',
    ),
    employment: group(
      {
        access: share(0.7, '001 §4.2', 'share of eligible households reached by job matching and the weekend school'),
        eligible: eligible('all', '001 §4.2'),
        training: labelled(share(0.1, '001 §4.2', 'yearly skill gain from the weekend school (e-commerce, machinery, breeding) at full training level'), 'weekend-school training gain'),
        welfarePosts: num(0.2, 0, 5, 'posts per registered household', 'white paper on poverty alleviation 2021', 'public-welfare posts a village has in 2020 per registered household (4.96 million registered poor placed in public-welfare posts and 1.10 million as ecological forest rangers, for about 29.5 million registered households), given to weak-labor households'),
        welfarePostsFirstYear: share(0.25, 'National Forestry and Grassland Administration 2016; white paper 2021', 'share of the 2020 number of welfare posts a village has in the first year; the number grows linearly to 2020 (ecological forest rangers: 0.29 million chosen in 2016, 1.10 million by 2020)'),
      },
      'employment: enterprise jobs, workshop posts, welfare posts and skills training',
    ),
  },
  'the four modes: who gets access and what each opens',
);
