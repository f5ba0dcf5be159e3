/** Industry support after the transition (industrySupport.ts): in kind, by need and capacity, once. */
import { describe, expect, it } from 'vitest';
import { INDUSTRY_GRANT, industrySupport } from '../../src/engine/industrySupport.js';
import { LI_FOLLOWED, LI_FOUND, LI_INDUSTRY } from '../../src/engine/lowIncome.js';
import { buildPopulation } from '../../src/engine/population.js';
import { hashHouseholdYears, streamKeys } from '../../src/engine/random.js';
import { MEASURE, N_MEASURES, N_SOURCES } from '../../src/engine/sources.js';
import { indexByVillage } from '../../src/engine/villageIndex.js';
import { yearContext } from '../../src/engine/year.js';
import { Scenario } from '../../src/scenario/schema.js';
import { deepMerge, type Overrides } from './helpers.js';

/** A village of `n` households, every one followed, able to work, keen (aware, full agency), with no herd. */
function village(n: number, over: Overrides = {}) {
  const sc = Scenario.parse(deepMerge({ villages: [{ name: 'P', households: n }] }, over));
  const { state: s, villages } = buildPopulation(sc, streamKeys(1));
  for (let h = 0; h < s.count; h++) {
    s.hLowIncome[h] = LI_FOUND | LI_FOLLOWED; s.hLabor[h] = 1; s.hResident[h] = 2; s.hResidentLabor[h] = 1;
    s.hAware[h * N_MEASURES + MEASURE.individual] = 1; s.hV[h] = 1; s.hHerd[h] = 0; s.hGranted[h] = 0;
  }
  const give = (year: number) => {
    hashHouseholdYears(s.hId, s.count, streamKeys(1).households, year, s.hYearHash);
    const y = yearContext(sc, year);
    industrySupport(s, sc, { villages, epidemic: false }, indexByVillage(s, villages.length), y);
    return y.fiscal.industrySupport;
  };
  return { sc, s, give };
}

describe('industry support', () => {
  it('gives animals worth its amount, in kind (herd, not income), to about industryPerVillage x households a year, and books their value', () => {
    const { sc, s, give } = village(400, { policy: { lowIncome: { industryPerVillage: 0.05 } } });
    const fiscal = give(2027);
    const value = sc.policy.instruments.industrySupport.amount, animals = value / sc.economy.breeding.animalValue;
    let n = 0;
    for (let h = 0; h < s.count; h++) {
      if (!(s.hGranted[h] & INDUSTRY_GRANT)) { expect(s.hHerd[h]).toBe(0); continue; }
      n++;
      expect(s.hHerd[h]).toBeCloseTo(animals, 9);
      expect(s.hLowIncome[h] & LI_INDUSTRY).toBe(LI_INDUSTRY);
      expect(s.hIncome.subarray(h * N_SOURCES, (h + 1) * N_SOURCES).every((x) => x === 0)).toBe(true);
    }
    expect(n).toBeGreaterThan(8); // 20 places among 400 candidates, nearly all take it up
    expect(n).toBeLessThan(35);
    expect(fiscal).toBeCloseTo(n * value, 6);
  });

  it('once per household: a household supported before is not supported again', () => {
    const { s, give } = village(60, { policy: { lowIncome: { industryPerVillage: 1 } } });
    give(2027);
    const first = Array.from(s.hGranted.subarray(0, s.count), (g) => g & INDUSTRY_GRANT);
    expect(first.filter(Boolean).length).toBeGreaterThan(40);
    const herd = Float32Array.from(s.hHerd.subarray(0, s.count));
    give(2028);
    for (let h = 0; h < s.count; h++) if (first[h]) expect(s.hHerd[h]).toBe(herd[h]);
  });

  it('not to households the cadres do not follow, that cannot work or lack the labor to keep animals, and not before 2026', () => {
    const { s, give, sc } = village(60, { policy: { lowIncome: { industryPerVillage: 1 } } });
    for (let h = 0; h < s.count; h++) {
      if (h % 3 === 0) s.hLowIncome[h] = LI_FOUND;
      if (h % 3 === 1) s.hResidentLabor[h] = 0.1 * s.hResident[h] * sc.policy.laborPoor;
      if (h % 3 === 2) s.hLabor[h] = 0.5 * sc.modes.individual.sellOffLabor;
    }
    expect(give(2025)).toBe(0);
    expect(give(2027)).toBe(0);
    for (let h = 0; h < s.count; h++) expect(s.hGranted[h]).toBe(0);
  });
});
