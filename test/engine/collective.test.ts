/** The collective's assets and accounts (collective.ts, the station's fortunes in enterprise.ts), on small runs. */
import { describe, expect, it } from 'vitest';
import { aidPaid, collectivePostRate, distribution, paidOut, planCollective } from '../../src/engine/collective.js';
import { cannotWork } from '../../src/engine/laborTest.js';
import { LI_FOUND } from '../../src/engine/lowIncome.js';
import { MODE_BIT } from '../../src/engine/modes.js';
import type { YearlyRow } from '../../src/engine/output.js';
import { buildPopulation } from '../../src/engine/population.js';
import { simulate } from '../../src/engine/simulate.js';
import { N_SOURCES, SRC } from '../../src/engine/sources.js';
import { streamKeys } from '../../src/engine/random.js';
import { indexByVillage } from '../../src/engine/villageIndex.js';
import type { World } from '../../src/engine/world.js';
import { yearContext } from '../../src/engine/year.js';
import { Scenario } from '../../src/scenario/schema.js';
import { deepMerge, rowValue, type Overrides } from './helpers.js';

const small = (over: Overrides = {}) => Scenario.parse(deepMerge({ villages: [{ name: 'P', households: 120 }] }, over));
const at = (rows: YearlyRow[], year: number, metric: string) => rowValue(rows, year, 'all', 'all', metric);

describe('the collective\'s rule for its asset income', () => {
  it('the campaign\'s rule runs until collective.afterTransition.from, the collective\'s own from then', () => {
    const sc = small();
    expect(distribution(sc, 2025)).toEqual({ rule: sc.collective.rule, share: sc.collective.distributedShare });
    expect(distribution(sc, 2026)).toEqual({ rule: 'public-welfare-labour', share: sc.collective.afterTransition.distributedShare });
  });

  it('under public-welfare-labour the paid-out income less its aid share funds floor((paid - aid) / the posts\' rate) village posts beside those public funds pay; under a dividend rule none', () => {
    const posts = (rule: 'public-welfare-labour' | 'per-household') => {
      const sc = small({ collective: { afterTransition: { rule } } });
      const { state: s, villages } = buildPopulation(sc, streamKeys(1));
      const world: World = { villages, epidemic: false }, y = yearContext(sc, 2030);
      villages[0].fundIncome = 250_000;
      planCollective(s, sc, world, indexByVillage(s, villages.length), y);
      return { v: villages[0], paid: paidOut(sc, villages[0], y), aid: aidPaid(sc, villages[0], y), rate: collectivePostRate(y) };
    };
    const labour = posts('public-welfare-labour');
    expect(labour.paid).toBeCloseTo(250_000 * 0.8, 6);
    expect(labour.aid).toBeCloseTo(labour.paid * small().collective.afterTransition.aidShare, 6);
    expect(labour.v.postsCollective).toBe(Math.floor((labour.paid - labour.aid) / labour.rate));
    expect(labour.v.postsCollective).toBeGreaterThan(10);
    expect(labour.v.postsFiscal).toBeGreaterThan(0);
    expect(posts('per-household').v.postsCollective).toBe(0);
    expect(posts('per-household').aid).toBe(0);
  });

  it('under public-welfare-labour the aid share goes in equal parts to households that cannot work, shareholding or found low-income, and to nobody else', () => {
    const sc = small();
    const aid = new Map<number, number>();
    let paid = 0, checked = 0;
    simulate(sc, { seed: 1, collect: false, inspect: (s, w, y) => {
      if (y !== 2030) return;
      const ctx = yearContext(sc, y), keep = 1 - sc.frictions.leakage;
      paid = aidPaid(sc, w.villages[0], ctx);
      let received = 0;
      for (let h = 0; h < s.count; h++) {
        const d = s.hIncome[h * N_SOURCES + SRC.dividends];
        if (!s.hActive[h]) continue;
        const eligible = cannotWork(sc, s, h) && ((s.hAccess[h] & MODE_BIT.shareholding) !== 0 || (s.hLowIncome[h] & LI_FOUND) !== 0);
        expect(d > 0, `household ${h}`).toBe(eligible);
        if (d > 0) { aid.set(Math.round(d * 1e6), 1); received += d; checked++; }
      }
      expect(received).toBeCloseTo(paid * keep, 4);
    } });
    expect(paid).toBeGreaterThan(0);
    expect(checked).toBeGreaterThan(3);
    expect(aid.size).toBe(1); // equal parts
  });

  it('the aid never lowers a household\'s total income against the same run without it (the same posts, seeds 1-4, its first year, before the paths part)', () => {
    // Without the aid: the posts' budget kept (0.8 x 0.8 = 0.64 of the asset income), the aid kept by the collective.
    const totals = (over: Overrides, seed: number) => {
      const out = new Map<number, number>();
      simulate(small({ villages: [{ name: 'P', households: 400 }], time: { end: 2026 }, ...over }), { seed, collect: false, inspect: (s, _w, y) => {
        if (y !== 2026) return;
        for (let h = 0; h < s.count; h++) {
          if (!s.hActive[h]) continue;
          let total = 0;
          for (let k = 0; k < N_SOURCES; k++) total += s.hIncome[h * N_SOURCES + k];
          out.set(s.hId[h] * 10000 + y, total);
        }
      } });
      return out;
    };
    let aided = 0;
    for (const seed of [1, 2, 3, 4]) {
      const withAid = totals({ collective: { afterTransition: { distributedShare: 0.8, aidShare: 0.2 } } }, seed);
      const without = totals({ collective: { afterTransition: { distributedShare: 0.64, aidShare: 0 } } }, seed);
      for (const [id, total] of withAid) {
        const base = without.get(id)!;
        expect(total, `seed ${seed}, household ${id}`).toBeGreaterThanOrEqual(base - 1e-6);
        if (total > base + 1) aided++;
      }
    }
    expect(aided).toBeGreaterThan(10);
  });

  it('with no aid share the labour rule pays posts only: no household receives the asset income as money', () => {
    const { yearly } = simulate(small({ collective: { afterTransition: { aidShare: 0 } } }), { seed: 1 });
    for (const year of [2027, 2031, 2035]) expect(at(yearly, year, 'income.dividends'), `${year}`).toBe(0);
  });

  it('what the collective pays for posts leaves the fiscal cost: post pay = fiscal cost + the collective\'s outlay, and only its aid is paid as money', () => {
    const sc = small();
    const { yearly } = simulate(sc, { seed: 1 });
    for (const year of [2027, 2031, 2035]) {
      const persons = at(yearly, year, 'persons');
      expect(at(yearly, year, 'income.dividends') * persons, `${year}`).toBeCloseTo(at(yearly, year, 'collective.dividends') * (1 - sc.frictions.leakage), 4);
      expect(at(yearly, year, 'collective.posts'), `${year}`).toBeGreaterThan(0);
      expect(at(yearly, year, 'income.welfarePosts') * persons).toBeCloseTo(at(yearly, year, 'fiscal.welfarePosts') + at(yearly, year, 'collective.posts'), 4);
    }
    // Before the collective's own rule, dividends as in the campaign and no collective posts.
    expect(at(yearly, 2024, 'income.dividends')).toBeGreaterThan(0);
    expect(at(yearly, 2024, 'collective.posts')).toBe(0);
  });

  it('its accounts add up each year: income = dividends + posts + public goods + what the reserve took', () => {
    for (const rule of ['public-welfare-labour', 'per-person', 'public-goods'] as const) {
      const { yearly } = simulate(small({ collective: { afterTransition: { rule } } }), { seed: 2 });
      for (let year = 2017; year <= 2035; year++) {
        const took = at(yearly, year, 'collective.reserve') - at(yearly, year - 1, 'collective.reserve') + at(yearly, year, 'collective.repairs');
        const out = at(yearly, year, 'collective.dividends') + at(yearly, year, 'collective.posts') + at(yearly, year, 'collective.publicGoods') + took;
        expect(out, `${rule} ${year}`).toBeCloseTo(at(yearly, year, 'collective.income'), 4);
      }
      if (rule === 'public-goods') expect(at(yearly, 2030, 'collective.dividends') + at(yearly, 2030, 'collective.posts')).toBe(0);
      if (rule === 'per-person') expect(at(yearly, 2030, 'collective.dividends')).toBeGreaterThan(0);
    }
  });

  it('a per-person rule pays the shareholding households by their resident members', () => {
    let checked = 0;
    const elite = small().frictions.eliteCapture;
    simulate(small({ collective: { afterTransition: { rule: 'per-person' } } }), { seed: 3, collect: false, inspect: (s, _w, y) => {
      if (y !== 2030) return;
      let perMember = NaN;
      for (let h = 0; h < s.count; h++) {
        const d = s.hIncome[h * N_SOURCES + SRC.dividends];
        if (!s.hActive[h] || d === 0) continue;
        const x = d / s.hResident[h] / (1 + elite * s.hConnected[h]);
        if (Number.isNaN(perMember)) perMember = x; else expect(x).toBeCloseTo(perMember, 6);
        checked++;
      }
    } });
    expect(checked).toBeGreaterThan(10);
  });
});

describe('the photovoltaic station can fail', () => {
  const fundIncome = (over: Overrides) => {
    const out = new Map<number, { income: number; running: boolean }>();
    simulate(small(over), { seed: 1, collect: false, inspect: (_s, w, y) => out.set(y, { income: w.villages[0].fundIncome, running: w.villages[0].stationRunning }) });
    return out;
  };
  // From 2018 (a one-year inverter life) the station breaks down every year.
  const broken = { photovoltaic: { inverterLife: 1, breakdown: 1 } };

  it('a breakdown the upkeep reserve cannot pay for stops the station for good: the fund loses its photovoltaic income', () => {
    const lost = fundIncome({ ...broken, photovoltaic: { ...broken.photovoltaic, repairCost: 1e7 } });
    const kept = fundIncome({ photovoltaic: { inverterLife: 40 } });
    expect(lost.get(2017)!.running && kept.get(2017)!.running).toBe(true);
    expect(lost.get(2018)!.running).toBe(false);
    for (const y of [2018, 2025, 2035]) {
      expect(lost.get(y)!.income, `${y}`).toBeLessThan(kept.get(y)!.income - 15_000);
      expect(lost.get(y)!.running).toBe(false);
    }
  });

  it('a breakdown the reserve covers is repaired from it, and the station runs on', () => {
    const { yearly } = simulate(small({ photovoltaic: { ...broken.photovoltaic, repairCost: 1000 } }), { seed: 1 });
    for (const y of [2018, 2025, 2035]) {
      expect(at(yearly, y, 'collective.stationsRunning'), `${y}`).toBe(1);
      expect(at(yearly, y, 'collective.repairs'), `${y}`).toBeCloseTo(1000 * small().villages[0].fundScale, 6);
    }
  });

  it('no breakdown before the inverters are worn: with the default life of ten years the first can come in 2027', () => {
    const { yearly } = simulate(small({ photovoltaic: { breakdown: 1 } }), { seed: 1 });
    for (let y = 2017; y <= 2026; y++) expect(at(yearly, y, 'collective.repairs'), `${y}`).toBe(0);
    expect(at(yearly, 2027, 'collective.repairs')).toBeGreaterThan(0);
  });
});
