/** The yearly choice of activity (labor.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countMembers, demographyTables } from '../../src/engine/demography.js';
import { laborPrices } from '../../src/engine/income.js';
import { ACT_MIGRATE, ACT_NONE, choose, chooseActivities, migrantGross, migrantNet } from '../../src/engine/labor.js';
import { buildPopulation } from '../../src/engine/population.js';
import { PURPOSE, hashHouseholdYears, streamKeys, uniform } from '../../src/engine/random.js';
import { simulate } from '../../src/engine/simulate.js';
import { SRC } from '../../src/engine/sources.js';
import { AT_HOME, HEALTHY, SETTLED, SLOTS, TIED } from '../../src/engine/state.js';
import { yearContext } from '../../src/engine/year.js';
import { Scenario } from '../../src/scenario/schema.js';

/** Every person's activity in `year`, for a given pull of last year's activity. */
function activities(inertia: number, year: number): Uint8Array {
  const sc = Scenario.parse({ villages: [{ name: 'P', households: 150 }], economy: { labor: { inertia } } });
  let out = new Uint8Array(0);
  simulate(sc, { seed: 2, collect: false, inspect: (s, _w, y) => { if (y === year) out = s.pActivity.slice(); } });
  return out;
}

describe('choice of activity', () => {
  it('has no pull of a last activity in the first year, when nobody\'s activity before the start is known', () => {
    const none = activities(0, 2016), strong = activities(10, 2016);
    expect(strong.length).toBeGreaterThan(0);
    expect(Array.from(strong)).toEqual(Array.from(none));
  });

  it('is pulled by last year\'s activity from the second year on', () => {
    expect(Array.from(activities(10, 2017))).not.toEqual(Array.from(activities(0, 2017)));
  });
});

describe('choose (the choice among open activities)', () => {
  /** Every option's Gumbel draw taken, as the model defines the choice. */
  function chooseByEveryDraw(util: Float64Array, scale: number, last: number, inertia: number, hash: number, purpose: number): number {
    let best = 0, bestU = -Infinity;
    for (let j = 0; j < util.length; j++) {
      if (util[j] === -Infinity) continue;
      const u = util[j] / scale + (j === last ? inertia : 0) - Math.log(-Math.log(uniform(hash, purpose + j) * 0.999999 + 5e-7));
      if (u > bestU) { bestU = u; best = j; }
    }
    return best;
  }

  it('picks what taking every option\'s Gumbel draw picks, close races and ties included', () => {
    // Utilities from a few nearby values, so that options often tie before the draws and the
    // bounds leave several options to compare exactly.
    const utility = fc.oneof(fc.constant(-Infinity), fc.constantFrom(0, 1000, 1001, 1010, 1500, 5000), fc.double({ min: -3e4, max: 6e4, noNaN: true }));
    fc.assert(fc.property(
      fc.array(utility, { minLength: 8, maxLength: 8 }), fc.constantFrom(1000, 4982, 1e5), fc.integer({ min: 0, max: 9 }), fc.constantFrom(0, 0.3, 2),
      fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 7 }),
      (rest, scale, last, inertia, hash, slot) => {
        const util = Float64Array.from([0, ...rest]); // resting is always open
        const purpose = PURPOSE.choice + slot * 16;
        expect(choose(util, scale, last === 9 ? ACT_NONE : last, inertia, hash, purpose)).toBe(chooseByEveryDraw(util, scale, last === 9 ? ACT_NONE : last, inertia, hash, purpose));
      },
    ), { numRuns: 20000, seed: 13 });
  });

  it('chooses each open option with its logit probability exp(a_j) / sum exp(a_k) over household-years, for any member\'s slot', () => {
    // a_j = util_j / scale (+ inertia for last year's): 0, 0.5, 1, -0.3 + 0.4 and 2 over options 0, 1, 3, 7 and 8.
    const scale = 1000, inertia = 0.4, last = 7;
    const util = Float64Array.from([0, 500, -Infinity, 1000, -Infinity, -Infinity, -Infinity, -300, 2000]);
    const open = [0, 1, 3, 7, 8], a = open.map((j) => util[j] / scale + (j === last ? inertia : 0));
    const total = a.reduce((t, x) => t + Math.exp(x), 0), p = a.map((x) => Math.exp(x) / total);
    const N = 60_000, ids = Int32Array.from({ length: N }, (_, i) => i + 1), hashes = new Int32Array(N);
    hashHouseholdYears(ids, N, 0x5eed, 2020, hashes);
    for (const slot of [0, 7]) {
      const picks = new Float64Array(9);
      for (let i = 0; i < N; i++) picks[choose(util, scale, last, inertia, hashes[i], PURPOSE.choice + slot * 16)]++;
      expect(picks[2] + picks[4] + picks[5] + picks[6]).toBe(0); // closed options are never chosen
      const chi2 = open.reduce((t, j, i) => t + (picks[j] - N * p[i]) ** 2 / (N * p[i]), 0);
      expect(chi2, `slot ${slot}: ${Array.from(picks)} against ${p.map((x) => (x * N).toFixed(0))}`).toBeLessThan(30); // df 4: p < 1e-5 beyond 28
    }
  });
});

describe('migrants: their own skill, and the NBS rule of residence', () => {
  const sc = Scenario.parse({ villages: [{ name: 'P', households: 20 }] });
  /** Household 0 of a built village made into a head of 60 at home and one migrant of 30 (schooling `edu`, `yearsAway` years away). */
  function household(where: number, yearsAway: number, K: number, edu = 1) {
    const { state: s, villages } = buildPopulation(sc, streamKeys(1));
    for (let k = 0; k < SLOTS; k++) s.pAlive[k] = 0;
    s.pAlive[0] = 1; s.pAge[0] = 60; s.pHealth[0] = HEALTHY; s.pAway[0] = AT_HOME; s.pEdu[0] = 0;
    s.pAlive[1] = 1; s.pAge[1] = 30; s.pHealth[1] = HEALTHY; s.pAway[1] = where; s.pEdu[1] = edu; s.pYearsAway[1] = yearsAway; s.pOpportunity[1] = 0;
    s.hHead[0] = 0; s.hK[0] = K; s.hCoop[0] = 0; s.hEntJobs[0] = 0; s.hWorkshopPosts[0] = 0; s.hWelfarePosts[0] = 0;
    countMembers(s, demographyTables(sc));
    hashHouseholdYears(s.hId, s.count, streamKeys(1).households, 2020, s.hYearHash);
    const world = { villages, epidemic: false }, y = yearContext(sc, 2020);
    chooseActivities(s, sc, world, 0, y.pay, laborPrices(sc, world, y));
    return { s, pay: y.pay, income: (src: number) => s.hIncome[src] };
  }

  it('pay a migrant by its own schooling and years away, whatever the household\'s skill K', () => {
    const unskilled = household(TIED, 5, 0), skilled = household(TIED, 5, 1);
    expect(unskilled.income(SRC.migrantWages)).toBeGreaterThan(0);
    expect(skilled.income(SRC.migrantWages)).toBe(unskilled.income(SRC.migrantWages));
    const fresh = household(TIED, 0, 0.3), experienced = household(TIED, 10, 0.3);
    const r = sc.economy.labor.experienceReturn, away = fresh.pay.costAway;
    // What each brings home: its own pay less the same living costs away.
    expect((experienced.income(SRC.migrantWages) + away) / (fresh.income(SRC.migrantWages) + away)).toBeCloseTo((1 + 5 * r) / (1 - 5 * r), 9);
    expect(household(TIED, 5, 0.3, 2).income(SRC.migrantWages)).toBeGreaterThan(household(TIED, 5, 0.3, 0).income(SRC.migrantWages));
    expect(experienced.s.pYearsAway[1]).toBe(11); // a year more away
  });

  it('book what a tied migrant brings home (its earnings less its living costs away) as the household\'s wages, and it as a resident', () => {
    const { s, pay, income } = household(TIED, 5, 0.3);
    expect(income(SRC.migrantWages)).toBeCloseTo(migrantGross(sc, pay, 1, 5, false) - pay.costAway, 9);
    expect(income(SRC.migrantWages)).toBeCloseTo(pay.awayYear - pay.costAway, 9); // junior schooling, five years away: the NBS average
    expect(income(SRC.remittances)).toBe(0);
    expect([s.hResident[0], s.hHome[0], s.hMigrants[0]]).toEqual([2, 1, 1]);
  });

  it('cut a migrant\'s living costs away in an epidemic year as its months away are cut: what it brings home falls as its pay does', () => {
    const y = yearContext(sc, 2020), cut = sc.economy.market.epidemicMigrantCut;
    expect(cut).toBeGreaterThan(0);
    const gross = migrantGross(sc, y.pay, 1, 5, false);
    expect(migrantNet(sc, y.pay, 1, 5, true)).toBeCloseTo((1 - cut) * (gross - y.pay.costAway), 9);
  });

  it('book what a member settled away sends as a transfer (remittances), not its earnings, and it as no resident', () => {
    const { s, pay, income } = household(SETTLED, 5, 0.3);
    expect(income(SRC.migrantWages)).toBe(0);
    expect(income(SRC.remittances)).toBeCloseTo(sc.economy.labor.remitShare * migrantNet(sc, pay, 1, 5, false), 9);
    expect([s.hResident[0], s.hHome[0], s.hMigrants[0]]).toEqual([1, 1, 1]);
  });

  it('a member at home who takes a chance to leave becomes a tied migrant: still a resident, no longer at home', () => {
    const sc2 = Scenario.parse({ villages: [{ name: 'P', households: 60 }], demography: { outMigration: 0.5, settle: 0 } });
    let left = 0;
    simulate(sc2, { seed: 3, collect: false, inspect: (s) => {
      for (let h = 0; h < s.count; h++) {
        if (!s.hActive[h]) continue;
        let home = 0, tied = 0, settled = 0;
        for (let k = 0; k < SLOTS; k++) { const p = h * SLOTS + k; if (!s.pAlive[p]) continue; if (s.pAway[p] === AT_HOME) home++; else if (s.pAway[p] === TIED) tied++; else settled++; if (s.pActivity[p] === ACT_MIGRATE && s.pYearsAway[p] === 1) { expect(s.pAway[p]).toBe(TIED); left++; } }
        expect(s.hResident[h]).toBe(home + tied);
        expect(s.hHome[h]).toBe(home);
        expect(s.hMigrants[h]).toBe(tied + settled);
      }
    } });
    expect(left).toBeGreaterThan(0);
  });
});
