/**
 * The cooperative's accounts (cooperative.ts): a herd kept as a stock, work paid at the year's rate,
 * shocks falling on the surplus and the reserve.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate.js';
import { N_SOURCES, SRC } from '../../src/engine/sources.js';
import { Scenario, type ScenarioInput } from '../../src/scenario/schema.js';

const coopScenario = (over: ScenarioInput) => Scenario.parse({
  villages: [{ name: 'P', households: 200 }],
  modes: { cooperative: { access: 1 } },
  frictions: { eliteCapture: 0 },
  cooperatives: { largeFarmers: 0 },
  ...over,
});

/** Per year 2016-2020: the pay per unit of members' work (read off their incomes), members' work, the herd, the reserve. */
function accounts(over: ScenarioInput) {
  const years: { year: number; rate: number; labor: number; herd: number; reserve: number }[] = [];
  simulate(coopScenario(over), {
    seed: 3,
    collect: false,
    inspect: (s, world, year) => {
      if (year > 2020) return;
      let pay = 0, labor = 0;
      for (let h = 0; h < s.count; h++) {
        if (!s.hActive[h] || !s.hCoop[h]) continue;
        pay += s.hIncome[h * N_SOURCES + SRC.cooperative]; labor += s.hCoopLabor[h];
      }
      const v = world.villages[0];
      years.push({ year, rate: labor > 0 ? pay / labor : NaN, labor, herd: v.coopHerd, reserve: v.coopReserve });
    },
  });
  return years;
}

describe('cooperative accounts', () => {
  it('pay members for their work at the year\'s rate even in years a disaster takes most of the herd\'s value; the loss falls on the reserve', () => {
    const calm = accounts({ economy: { market: { disasterProbability: 0 } } });
    const hit = accounts({ economy: { market: { disasterProbability: 0.5, disasterYieldCut: 0.9 } } });
    expect(hit.length).toBe(5);
    for (const y of hit) expect(y.rate, `${y.year}`).toBeGreaterThan(0);
    // The rate is set on the expected net, before the year's shocks: the same order as in calm years.
    const mean = (x: { rate: number }[]) => x.reduce((a, y) => a + y.rate, 0) / x.length;
    expect(mean(hit)).toBeGreaterThan(0.5 * mean(calm));
    // Disasters every other year drain the reserve that calm years build.
    expect(hit[hit.length - 1].reserve).toBeLessThan(calm[calm.length - 1].reserve);
  });

  it('keep a herd as a stock: it fills the sheds whether members offer much work or little, hired help doing the rest', () => {
    const few = accounts({ modes: { cooperative: { access: 0.15 } } }), many = accounts({});
    const full = 300 * 4; // cooperatives.herd x perVillage (defaults)
    for (const y of [...few, ...many].filter((y) => y.year >= 2018)) expect(y.herd, `${y.year}`).toBeGreaterThan(0.95 * full);
    expect(many[4].labor).toBeGreaterThan(3 * few[4].labor);
  });

  it('stock the sheds from start-up funds as they are built: the first year buys the first shed\'s animals, not a herd the sheds cannot hold', () => {
    // Without the per-member subsidy, the cooperatives' fiscal line in the first year is the stocking alone.
    const sc = coopScenario({ policy: { instruments: { coopSubsidy: { amount: 0 } } } });
    let lag = NaN, firstHerd = NaN;
    const run = simulate(sc, { seed: 3, inspect: (_s, world, year) => { if (year === sc.time.start) { lag = world.villages[0].maturityLag; firstHerd = world.villages[0].coopHerd; } } });
    const stocking = run.yearly.find((r) => r.year === sc.time.start && r.mode === 'all' && r.group === 'all' && r.metric === 'fiscal.coopSubsidy')!.value;
    const firstShed = (sc.cooperatives.herd * sc.cooperatives.perVillage) / (lag + 1);
    expect(lag).toBeGreaterThan(0);
    expect(stocking).toBeCloseTo(firstShed * sc.economy.breeding.animalValue, 6);
    // After a year of breeding and sales the herd is still within the first shed.
    expect(firstHerd).toBeLessThanOrEqual(firstShed + 1e-9);
  });

  it('share the work among members when they offer more than the herd needs: pay per unit of work falls with a smaller herd', () => {
    const small = accounts({ cooperatives: { herd: 10 } }), large = accounts({});
    // 40 animals need about two full workers, far fewer than the members offer.
    expect(small[4].rate).toBeLessThan(0.5 * large[4].rate);
    expect(small[4].labor).toBeGreaterThan(0);
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

describe('cooperative accounts under pay from data', () => {
  /** Per year: the village's cooperative sales, reserve, places, and members' pay and payout, own and subsidy-funded. */
  function years(over: ScenarioInput, seed = 3) {
    const out: { year: number; sales: number; reserve: number; places: number; pay: number; paySub: number; payout: number; payoutSub: number; labor: number; rate: number }[] = [];
    simulate(coopScenario(over), { seed, collect: false, inspect: (s, world, year) => {
      const v = world.villages[0], x = { year, sales: v.coopSales, reserve: v.coopReserve, places: v.coopPlaces, pay: 0, paySub: 0, payout: 0, payoutSub: 0, labor: 0, rate: v.coopRation };
      for (let h = 0; h < s.count; h++) {
        if (!s.hActive[h]) continue;
        const i = h * N_SOURCES;
        x.pay += s.hIncome[i + SRC.cooperative]; x.paySub += s.hIncome[i + SRC.cooperativePaySubsidy];
        x.payout += s.hIncome[i + SRC.cooperativeSurplus]; x.payoutSub += s.hIncome[i + SRC.cooperativeSurplusSubsidy];
        if (s.hCoop[h]) x.labor += s.hCoopLabor[h];
      }
      out.push(x);
    } });
    return out;
  }
  const calm = { economy: { market: { livestockVolatility: 0, disasterProbability: 0, epidemicYears: [] } } };

  it('at the priors\' centre, sell what 001 §4.2 reports (300,000-500,000 yuan a cooperative a year) and stay sound at a full-time local wage without any subsidy', () => {
    const y = years({ ...calm, policy: { instruments: { coopSubsidy: { amount: 0 } } } });
    const perVillage = Scenario.parse({}).cooperatives.perVillage;
    for (const x of y.filter((x) => x.year >= 2018 && x.year <= 2025)) {
      expect(x.sales / perVillage, `${x.year}`).toBeGreaterThan(300_000);
      expect(x.sales / perVillage, `${x.year}`).toBeLessThan(500_000);
    }
    expect(y[y.length - 1].places).toBeGreaterThan(0);
    expect(y.find((x) => x.year === 2025)!.reserve).toBeGreaterThan(y.find((x) => x.year === 2018)!.reserve);
    // Without a subsidy nothing it pays is transfusion.
    for (const x of y) { expect(x.paySub).toBe(0); expect(x.payoutSub).toBe(0); }
  });

  it('cannot pay a full-time local wage from a herd that needs too many hands: at 60 sheep a keeper it runs losses and closes', () => {
    const y = years({ ...calm, cooperatives: { largeFarmers: 0, headsPerMember: 60 }, policy: { instruments: { coopSubsidy: { amount: 0 } } } });
    expect(y[y.length - 1].places).toBe(0);
  });

  it('books the part of its pay and payout its subsidy funded as transfusion, without changing what members receive', () => {
    // A large subsidy and a herd that needs many hands: the subsidy covers losses (funding pay) and the payout.
    const over = { cooperatives: { largeFarmers: 0, headsPerMember: 40 }, policy: { instruments: { coopSubsidy: { amount: 20000 } } } };
    const y = years(over), none = years({ ...over, policy: { instruments: { coopSubsidy: { amount: 0 } } } });
    expect(y.some((x) => x.paySub > 0)).toBe(true);
    expect(y.some((x) => x.payoutSub > 0)).toBe(true);
    for (const x of y) {
      // Members' pay for work, own part plus funded part, is the year's rate for their work.
      if (x.labor > 0) expect((x.pay + x.paySub) / x.labor).toBeGreaterThan(0);
      expect(x.paySub).toBeLessThanOrEqual(x.pay + x.paySub + 1e-9);
    }
    // The same year's total pay whether or not part of it is booked to the subsidy.
    const first = y[0], firstNone = none[0];
    expect(first.pay + first.paySub).toBeCloseTo(firstNone.pay + firstNone.paySub, 6);
  });
});
