/** Production and income by source (income.ts). */
import { describe, expect, it } from 'vitest';
import { startupGrant } from '../../src/engine/income.js';
import { buildPopulation } from '../../src/engine/population.js';
import { hashHouseholdYears, streamKeys } from '../../src/engine/random.js';
import { N_SOURCES } from '../../src/engine/sources.js';
import { yearContext } from '../../src/engine/year.js';
import { smallScenario, type Overrides } from './helpers.js';

describe('the start-up grant of animals', () => {
  /** Each household that takes the grant up in 2016: its herd and savings before and after, and its income. */
  function grant(over: Overrides) {
    const sc = smallScenario({ villages: [{ name: 'P', households: 200 }], ...over });
    const { state: s } = buildPopulation(sc, streamKeys(4));
    hashHouseholdYears(s.hId, s.count, streamKeys(4).households, 2016, s.hYearHash);
    const y = yearContext(sc, 2016), out: { herd: number; savings: number; income: number }[] = [];
    for (let h = 0; h < s.count; h++) {
      const herd = s.hHerd[h], savings = s.hSavings[h];
      startupGrant(s, sc, h, y);
      if (!(s.hGranted[h] & 1)) continue;
      let income = 0;
      for (let k = 0; k < N_SOURCES; k++) income += s.hIncome[h * N_SOURCES + k];
      out.push({ herd: s.hHerd[h] - herd, savings: s.hSavings[h] - savings, income });
    }
    const value = sc.modes.individual.grantAnimals * sc.economy.breeding.animalValue, keep = 1 - sc.frictions.leakage;
    return { out, animals: sc.modes.individual.grantAnimals * keep, value: value * keep, fiscal: y.fiscal.startupGrant, count: out.length, full: value };
  }

  it('is counted once, as capital, not income: kept, the animals join the herd (what they yield is breeding income)', () => {
    const g = grant({ modes: { individual: { access: 1, sellOff: 0 } } });
    expect(g.count).toBeGreaterThan(10);
    for (const x of g.out) {
      expect(x.income).toBe(0);
      expect(x.herd).toBeCloseTo(g.animals, 5); // hHerd is a Float32Array
      expect(x.savings).toBe(0);
    }
    expect(g.fiscal).toBeCloseTo(g.count * g.full, 6);
  });

  it('sold at once by a labor-poor keeper, turns into savings at 90 % of its value, still not income', () => {
    const g = grant({ modes: { individual: { access: 1, sellOff: 1, sellOffLabor: 1 } } });
    const sold = g.out.filter((x) => x.herd === 0);
    expect(sold.length).toBeGreaterThan(5);
    for (const x of sold) {
      expect(x.income).toBe(0);
      expect(x.savings).toBeCloseTo(0.9 * g.value, 6);
    }
  });
});
