/** Invariants that hold for every valid scenario, checked on random scenarios with fast-check. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { netIncome } from '../../src/engine/poverty.js';
import { simulate } from '../../src/engine/simulate.js';
import { N_SOURCES, SOURCES, TRANSFUSION } from '../../src/engine/sources.js';
import type { State } from '../../src/engine/state.js';
import { Scenario } from '../../src/scenario/schema.js';
import { INSTRUMENTS, closeRel, deepMerge, noSupport, series, smallScenario, type Overrides } from './helpers.js';

const START = 2016;
const share = (max = 1) => fc.double({ min: 0, max, noNaN: true, noDefaultInfinity: true });
const PATHS = ['keep', 'abrupt', 'taper', 'fold', 'strengthen'] as const;

const instrument = fc.record({
  start: fc.constant(START),
  end: fc.integer({ min: START - 1, max: START + 14 }),
  path: fc.constantFrom(...PATHS),
  years: fc.integer({ min: 1, max: 30 }),
  to: fc.double({ min: 0, max: 3, noNaN: true, noDefaultInfinity: true }),
});

/** Random valid scenarios over a handful of parameters, within their schema ranges. */
const scenarioArb = fc
  .record({
    households: fc.integer({ min: 20, max: 80 }),
    years: fc.integer({ min: 5, max: 12 }),
    access: fc.record({ shareholding: share(), cooperative: share(), individual: share(), employment: share() }),
    instruments: fc.record(Object.fromEntries(INSTRUMENTS.map((n) => [n, instrument])) as Record<string, typeof instrument>),
    demography: fc.record({ outMigration: share(), births: share(0.3), mortalityAt60: share(0.2) }),
    frictions: fc.record({ eliteCapture: share(), targetingError: share(), leakage: share() }),
    rule: fc.constantFrom('per-household', 'per-person', 'conditional-on-work', 'public-goods'),
    lines: fc.array(fc.double({ min: 0, max: 100000, noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 3 }),
  })
  .map((p) => {
    const end = START + p.years - 1;
    const over: Overrides = {
      time: { start: START, end, surveyYear: START + Math.floor(p.years / 2) },
      villages: [{ name: 'P', households: p.households }],
      modes: {
        shareholding: { access: p.access.shareholding }, cooperative: { access: p.access.cooperative },
        individual: { access: p.access.individual }, employment: { access: p.access.employment },
      },
      policy: {
        instruments: p.instruments as never,
        povertyLine: p.lines.map((value, i) => ({ from: START + 3 * i, value })),
      },
      demography: p.demography,
      frictions: p.frictions,
      collective: { rule: p.rule },
    };
    return Scenario.parse(deepMerge({ name: 'property' }, over));
  });

const seedArb = fc.integer({ min: 0, max: 2 ** 31 - 1 });

/** Checks the household invariants of one year; returns the active households seen. */
function checkYear(s: State, year: number): number {
  let active = 0;
  for (let h = 0; h < s.count; h++) {
    if (!s.hActive[h]) continue;
    active++;
    const where = `year ${year}, household ${h}`;
    for (let k = 0; k < N_SOURCES; k++) if (!Number.isFinite(s.hIncome[h * N_SOURCES + k])) throw new Error(`${where}: income.${SOURCES[k]} = ${s.hIncome[h * N_SOURCES + k]}`);
    for (const f of ['hR', 'hK', 'hV', 'hSavings', 'hDebt', 'hPerCapita', 'hHerd', 'hLabor', 'hMedical', 'hFiscal'] as const)
      if (!Number.isFinite(s[f][h])) throw new Error(`${where}: ${f} = ${s[f][h]}`);
    for (const f of ['hR', 'hK', 'hV'] as const)
      if (s[f][h] < 0 || s[f][h] > 1) throw new Error(`${where}: ${f} = ${s[f][h]} outside [0, 1]`);
    if (s.hSavings[h] < 0 || s.hDebt[h] < 0) throw new Error(`${where}: savings ${s.hSavings[h]}, debt ${s.hDebt[h]}`);
    const net = netIncome(s, h), pc = net / Math.max(1, s.hResident[h]);
    if (!closeRel(s.hPerCapita[h], pc, 1e-6)) throw new Error(`${where}: per-capita ${s.hPerCapita[h]} but net ${net} / residents ${s.hResident[h]} = ${pc}`);
  }
  return active;
}

describe('invariants on random scenarios', () => {
  it('no NaN or Infinity, R/K/V in [0,1], sources sum to net income, per-capita = net / resident members, persons conserved', () => {
    fc.assert(
      fc.property(scenarioArb, seedArb, (sc, seed) => {
        let years = 0, households = 0;
        const res = simulate(sc, { seed, inspect: (s, _w, year) => { years++; households += checkYear(s, year); } });
        expect(years).toBe(sc.time.end - sc.time.start + 1);
        expect(households).toBeGreaterThan(0);
        const p = res.summary.population;
        expect(p.personsEnd).toBe(p.personsStart + p.births - p.deaths - p.emigrants);
        expect(p.householdsStart).toBe(sc.villages[0].households);
        for (const r of res.yearly) if (r.metric === 'persons' || r.metric === 'households') expect(Number.isFinite(r.value)).toBe(true);
        for (const r of res.yearly) if (r.metric === 'R' || r.metric === 'K' || r.metric === 'V') if (!Number.isNaN(r.value)) { expect(r.value).toBeGreaterThanOrEqual(0); expect(r.value).toBeLessThanOrEqual(1); }
      }),
      { numRuns: 25 },
    );
  });

  it('the same scenario and seed give identical yearly rows', () => {
    fc.assert(
      fc.property(scenarioArb, seedArb, (sc, seed) => {
        const a = simulate(sc, { seed }), b = simulate(sc, { seed });
        expect(b.yearly).toEqual(a.yearly);
        expect(b.summary).toEqual(a.summary);
      }),
      { numRuns: 10 },
    );
  });

  it('with no support at all there is no transfusion income', () => {
    const transfusion = TRANSFUSION.map((src) => `income.${src}`);
    fc.assert(
      fc.property(scenarioArb, seedArb, (random, seed) => {
        // Keep the random demography, frictions, rule, line and horizon; switch every instrument off.
        const sc = smallScenario(deepMerge(noSupport(), {
          time: random.time, villages: random.villages, demography: random.demography, frictions: random.frictions,
          collective: random.collective, policy: { povertyLine: random.policy.povertyLine },
          modes: { shareholding: { access: 0 }, cooperative: { access: random.modes.cooperative.access }, employment: { access: random.modes.employment.access } },
        } as Overrides));
        const res = simulate(sc, { seed });
        for (const metric of transfusion) {
          const rows = series(res.yearly, 'all', 'all', metric);
          expect(rows.size).toBe(sc.time.end - sc.time.start + 1);
          for (const [year, value] of rows) expect(value, `${metric} in ${year}`).toBe(0);
        }
        for (const [year, value] of series(res.yearly, 'all', 'all', 'transfusionShare')) expect(value, `transfusionShare in ${year}`).toBe(0);
        // Control: the same households with the default instruments and no leakage do receive transfers.
        const supported = smallScenario({ time: sc.time, villages: sc.villages, demography: sc.demography, frictions: { ...sc.frictions, leakage: 0 } });
        const shares = [...series(simulate(supported, { seed }).yearly, 'all', 'all', 'transfusionShare').values()];
        expect(Math.max(...shares)).toBeGreaterThan(0);
      }),
      { numRuns: 10 },
    );
  });
});
