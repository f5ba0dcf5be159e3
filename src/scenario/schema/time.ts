import { group, year } from './param.js';

/** The simulated calendar. One step is one year. */
export const Time = group(
  {
    start: year(2016, '001 §3.1', 'first simulated year: targeted poverty alleviation begins; the population is built for this year'),
    end: year(2035, 'assumption', 'last simulated year'),
    surveyYear: year(2021, 'assumption', 'year of the virtual survey that is compared with 001 Tables 2-4 (fieldwork after leaving poverty)'),
  },
  'simulated years',
);
