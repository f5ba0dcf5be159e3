/** The cooperative's accounts (cooperative.ts): work is paid at the year's rate, shocks fall on the surplus and the reserve. */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate.js';
import { N_SOURCES, SRC } from '../../src/engine/sources.js';
import { Scenario, type ScenarioInput } from '../../src/scenario/schema.js';

/** Per year: the pay per full worker read off members' incomes (equal shares, no leaders: income = share + rate × labor), and the reserve. */
function accounts(over: ScenarioInput) {
  const sc = Scenario.parse({
    villages: [{ name: 'P', households: 200 }],
    modes: { cooperative: { access: 1 } },
    frictions: { eliteCapture: 0 },
    cooperatives: { largeFarmers: 0 },
    ...over,
  });
  const years: { year: number; rate: number; reserve: number }[] = [];
  simulate(sc, {
    seed: 3,
    collect: false,
    inspect: (s, world, year) => {
      if (year > 2020) return;
      let lo = -1, hi = -1;
      for (let h = 0; h < s.count; h++) {
        if (!s.hActive[h] || !s.hCoop[h]) continue;
        if (lo < 0 || s.hCoopLabor[h] < s.hCoopLabor[lo]) lo = h;
        if (hi < 0 || s.hCoopLabor[h] > s.hCoopLabor[hi]) hi = h;
      }
      if (lo < 0 || s.hCoopLabor[hi] - s.hCoopLabor[lo] < 0.5) return;
      const inc = (h: number) => s.hIncome[h * N_SOURCES + SRC.cooperative];
      years.push({ year, rate: (inc(hi) - inc(lo)) / (s.hCoopLabor[hi] - s.hCoopLabor[lo]), reserve: world.villages[0].coopReserve });
    },
  });
  return years;
}

describe('cooperative accounts', () => {
  it('pay members for their work at the year\'s rate even in years a disaster takes most of the herd\'s value; the loss falls on the reserve', () => {
    const calm = accounts({ economy: { market: { disasterProbability: 0 } } });
    const hit = accounts({ economy: { market: { disasterProbability: 0.5, disasterYieldCut: 0.9 } } });
    expect(hit.length).toBeGreaterThan(2);
    for (const y of hit) expect(y.rate, `${y.year}`).toBeGreaterThan(0);
    // The rate is set on the expected net, before the year's shocks: the same order as in calm years.
    const mean = (x: { rate: number }[]) => x.reduce((a, y) => a + y.rate, 0) / x.length;
    expect(mean(hit)).toBeGreaterThan(0.5 * mean(calm));
    // Disasters every other year drain the reserve that calm years build.
    expect(hit[hit.length - 1].reserve).toBeLessThan(calm[calm.length - 1].reserve);
  });

  it('smooth payouts through the reserve: closing a third of the gap a year moves them less from year to year than paying each surplus as it comes', () => {
    const payouts = (payoutAdjustment: number) => {
      const sc = Scenario.parse({ villages: [{ name: 'P', households: 200 }], modes: { cooperative: { access: 1 } }, cooperatives: { payoutAdjustment } });
      const out: number[] = [];
      simulate(sc, { seed: 5, collect: false, inspect: (_s, world, year) => { if (year >= 2018 && year <= 2025) out.push(world.villages[0].coopPayout); } });
      return out;
    };
    const swing = (x: number[]) => x.slice(1).reduce((a, v, i) => a + Math.abs(v - x[i]), 0) / (x.length - 1);
    const asItComes = payouts(1), smoothed = payouts(0.35);
    expect(swing(asItComes)).toBeGreaterThan(0);
    expect(swing(smoothed)).toBeLessThan(0.8 * swing(asItComes));
  });
});
