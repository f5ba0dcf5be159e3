import { group, withPrior, year } from './param.js';

/** The simulated calendar. One step is one year. */
export const Time = group(
  {
    start: year(2016, '001 §3.1', 'first simulated year: targeted poverty alleviation begins; the population is built for this year'),
    end: withPrior(year(2035, 'assumption', 'last simulated year'), 2030, 2050, 'a choice of horizon: from the end of the consolidation period (2030) to the 2050 goals'),
    surveyYear: withPrior(year(2021, 'assumption', 'year of the virtual survey that is compared with 001 Tables 2-4 (fieldwork after leaving poverty)'), 2020, 2022, 'reasoning: the fieldwork of 001 took place after leaving poverty in 2020 and before its publication'),
  },
  'simulated years',
);
