import { z } from 'zod';
import { group, int, num, share, withPrior } from './param.js';

/**
 * A group of villages sharing the same attributes (P village is one group of one; a county is
 * several groups). With heterogeneity > 0 each village of the group draws its attributes
 * around the group's values, so villages differ (000: outcomes are decided at village level).
 */
export const VillageGroup = z
  .strictObject({
    name: z.string().min(1).meta({ description: 'name of the group; villages are numbered within it' }),
    count: withPrior(int(1, 1, 60000, 'villages', 'assumption', 'number of villages in the group (at most 65,535 villages in all)'), 1, 20, 'a choice of study design (P village is one; a township has about 10-20 villages), not an uncertain quantity'),
    households: withPrior(int(150, 10, 5000, 'households', 'assumption', 'households per village at the start (the survey reached 76 in P village, 001 §3)'), 100, 300, 'reasoning: 001 surveyed 76 households of P village; administrative villages of Yangqu county have about 100-300 households'),
    registeredShare: withPrior(share(0.45, 'assumption', 'share of households holding a registered-poor card, the quota of policy.registration.rule = quota (001 T2\'s 80.8 % is its sample\'s design, not the village\'s share)'), 0.39, 0.7, 'reasoning: the survey met 59 registered households (001 T2), at least 39 % of a village of 150; a provincial poor village (001 §1) registered far more of its households than the county\'s 20,822 of its rural people'),
    registeredTotal: int(0, 0, 1_000_000, 'households', '001 §3', 'if above 0: exactly this many registered-poor households across the group (Yangqu: 8,830), spread by village size; overrides registeredShare'),
    heterogeneity: withPrior(share(0, 'assumption', 'spread of village attributes around the group value: each village draws uniformly within +/- this fraction'), 0, 0.3, 'reasoning: villages of one county differ in size, land and capacity by up to about a third'),
    orgCapacity: share(0.6, '000', 'organisational capacity of cadres and cooperatives: reach of outreach and cooperative management'),
    landPerPerson: withPrior(num(2.2, 0, 20, 'mu/person', 'assumption', 'arable land per household member at the start ("everyone owns land": 001 §4.1.2)'), 1.5, 4, 'reasoning: hilly Shanxi villages have about 1.5-4 mu of arable land per registered resident'),
    homogeneity: share(0.7, '001 §4.1.4', 'how much the village industries share one price shock (breeding and millet everywhere)'),
    valueChain: share(0.3, '002 §3.2', 'length of the value chain of the village industries: short chains mean volatile prices'),
    maturityLag: int(2, 0, 8, 'years', '002 §3.2', 'years before a cooperative yields its full return (the ramp starts in the first simulated year)'),
    connectedShare: withPrior(share(0.15, 'assumption', 'share of households with a cadre or party member (001 T1 social status; value assumed)'), 0.05, 0.25, 'reasoning: a village has a dozen to a few dozen party members and cadres among 100-300 households'),
    localWork: withPrior(num(1, 0.05, 5, 'multiple', 'assumption', 'local off-farm work on offer in the village relative to P village: scales the village\'s pool of casual days (economy.labor.casualDemand) and the market of a small business; no pay rate, which the data fix (economy.wages)'), 0.5, 2, 'reasoning: a village nearer the county town or a road offers more local work and custom, a remote hill village less; P village is the reference'),
    fundScale: withPrior(num(1, 0, 50, 'multiple', 'assumption', 'size of the village poverty-alleviation fund relative to P village (enterprise stake and photovoltaic income)'), 0.5, 2, 'reasoning: P village stands within half to twice the fund of a typical provincial poverty village'),
  })
  .meta({ description: 'a group of villages with shared attributes' });

export const Villages = z
  .array(VillageGroup)
  .min(1)
  .prefault([{ name: 'P' }])
  .meta({ description: 'village groups; default: P village alone' });

