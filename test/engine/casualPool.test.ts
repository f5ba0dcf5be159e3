/** The village's pool of casual days (casualPool.ts). */
import { describe, expect, it } from 'vitest';
import { casualPool, clearCasualPool } from '../../src/engine/casualPool.js';
import { buildPopulation } from '../../src/engine/population.js';
import { streamKeys } from '../../src/engine/random.js';
import { simulate } from '../../src/engine/simulate.js';
import { SRC, N_SOURCES } from '../../src/engine/sources.js';
import { indexByVillage } from '../../src/engine/villageIndex.js';
import { smallScenario } from './helpers.js';

describe('casual work as a pool of days shared by those who seek it', () => {
  const sc = smallScenario({ economy: { labor: { casualDemand: 20, casualDays: 100 } } });
  /** Days per unit of casual labour after clearing a built village where every household sought `each` units. */
  function daysWith(each: number): number {
    const { state: s, villages } = buildPopulation(sc, streamKeys(1));
    const idx = indexByVillage(s, villages.length);
    for (let h = 0; h < s.count; h++) s.hCasualLabor[h] = each;
    clearCasualPool(s, sc, { villages, epidemic: false }, idx);
    return villages[0].casualDays;
  }

  it('doubling the casual labour that seeks work halves the days each finds once the pool binds', () => {
    const one = daysWith(1), two = daysWith(2);
    expect(one).toBeCloseTo(20, 9); // 20 days per household, one unit of labour per household
    expect(two).toBeCloseTo(one / 2, 9);
  });

  it('gives a full worker no more than a season (casualDays) where the pool is large for those who seek it', () => {
    expect(daysWith(0.1)).toBe(100);
    expect(daysWith(0)).toBe(100);
  });

  it('clears between years, village by village: next year\'s days are this year\'s pool over this year\'s casual labour of the village\'s own households', () => {
    const county = smallScenario({ villages: [{ name: 'V', households: 40, count: 3, heterogeneity: 0.3 }], economy: { labor: { casualDemand: 15, casualDays: 150 } } });
    let checked = 0;
    simulate(county, { seed: 4, collect: false, inspect: (s, w) => {
      const days = w.villages.map((v) => {
        let supply = 0, households = 0;
        for (let h = 0; h < s.count; h++) if (s.hActive[h] && s.hVillage[h] === v.index) { supply += s.hCasualLabor[h]; households++; }
        expect(v.casualSupply).toBeCloseTo(supply, 3);
        expect(v.casualDays).toBeCloseTo(Math.min(150, casualPool(county, v, households) / supply), 6);
        return v.casualDays;
      });
      expect(new Set(days).size).toBe(3); // each village its own
      checked++;
    } });
    expect(checked).toBe(10);
  });

  it('pays a village\'s casual work from its pool: halving the days on offer halves what casual work earns in the first year', () => {
    const income = (casualDemand: number) => {
      let casual = 0;
      simulate(smallScenario({ economy: { labor: { casualDemand, casualDays: 300 } } }), { seed: 2, collect: false, until: 2016, inspect: (s) => {
        for (let h = 0; h < s.count; h++) if (s.hActive[h]) casual += s.hIncome[h * N_SOURCES + SRC.casual];
      } });
      return casual;
    };
    // The first year's choices read the build's days; halving the pool halves them, and with
    // them each worker's casual pay (the choice shifts a little towards other work).
    const full = income(30), half = income(15);
    expect(full).toBeGreaterThan(0);
    expect(half / full).toBeGreaterThan(0.35);
    expect(half / full).toBeLessThan(0.6);
  });
});
