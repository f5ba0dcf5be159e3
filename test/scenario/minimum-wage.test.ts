/**
 * No parameter set may pay a full-time local job less than Yangqu's minimum wage in any simulated
 * year: the scenario's validation refuses it (src/scenario/schema.ts, src/engine/wages.ts), so
 * neither a run, a sweep point nor a calibration candidate can use one.
 */
import { FULL } from '../../src/engine/collection.js';
import { describe, expect, it } from 'vitest';
import { logLikelihood, runCandidate, type CandidateContext } from '../../src/calibrate/candidate.js';
import { Scenario } from '../../src/scenario/schema.js';

describe('the minimum-wage rule of the scenario', () => {
  it('accepts the default scenario and the shipped pay data', () => {
    expect(Scenario.safeParse({}).success).toBe(true);
  });

  it('refuses a parameter set whose full-time local job pays less than the minimum wage, naming the months worked', () => {
    const r = Scenario.safeParse({ economy: { labor: { monthsWorked: 4 } } });
    expect(r.success).toBe(false);
    const issue = r.error!.issues.find((i) => i.message.includes('minimum wage'))!;
    expect(issue.path).toEqual(['economy', 'labor', 'monthsWorked']);
    expect(issue.message).toMatch(/^in 2015 a full-time local job would pay \d+ yuan a year/);
  });

  it('refuses local pay data set below the minimum in one year only, and names that year', () => {
    const r = Scenario.safeParse({ economy: { wages: { local: { y2020: 1000 } } } });
    expect(r.success).toBe(false);
    expect(r.error!.issues.some((i) => i.message.startsWith('in 2020 '))).toBe(true);
  });

  it('keeps a calibration from ever accepting such a candidate: it is not run, and its likelihood is -Infinity', () => {
    const base = Scenario.parse({ villages: [{ name: 'P', households: 20 }], time: { start: 2016, end: 2018, surveyYear: 2017 } });
    const ctx: CandidateContext = { base, seeds: [1, 2], targets: [{ name: 't', expr: { kind: 'number', value: 1 } as never, observed: 1, scale: 1, weight: 1, stage: 0 }], prevalidated: false, collection: FULL, stages: { count: 1, effects: 1 } };
    let ran = 0;
    const lines = runCandidate(ctx, { point: 7, values: { 'economy.labor.monthsWorked': 4 } }, () => ran++);
    expect(ran).toBe(0);
    expect(lines).toEqual(['7,0,1,', '7,1,2,']);
    const perSeed = lines.map((l) => l.split(',').slice(3).map((x) => (x === '' ? NaN : Number(x))));
    expect(logLikelihood(perSeed, [{ observed: 1, scale: 1, weight: 1 }])).toBe(-Infinity);
  });
});
