/** Identification and monitoring of the low-income population after the transition (lowIncome.ts), on hand-set households. */
import { describe, expect, it } from 'vitest';
import { LI_EDGE, LI_FLOOR, LI_FOLLOWED, LI_FOUND, LI_RIGID, LI_RISK, identifyLowIncome, isWatched, newLowIncomeScratch } from '../../src/engine/lowIncome.js';
import { buildPopulation } from '../../src/engine/population.js';
import { hashHouseholdYears, streamKeys } from '../../src/engine/random.js';
import { publishedDibaoStandard } from '../../src/engine/standards.js';
import type { State } from '../../src/engine/state.js';
import { indexByVillage } from '../../src/engine/villageIndex.js';
import { yearContext } from '../../src/engine/year.js';
import { Scenario } from '../../src/scenario/schema.js';
import { deepMerge, type Overrides } from './helpers.js';

const YEAR = 2027;

/** A village of 40 households, every one well off (income 50,000 a person, no savings, no debt, nobody at risk or on the floor). */
function village(over: Overrides = {}) {
  const sc = Scenario.parse(deepMerge({ villages: [{ name: 'P', households: 40 }] }, over));
  const { state: s, villages } = buildPopulation(sc, streamKeys(1));
  for (let h = 0; h < s.count; h++) {
    s.hPerCapita[h] = 50_000; s.hBeforeSupport[h] = 50_000; s.hSavings[h] = 0; s.hDebt[h] = 0; s.hMedical[h] = 0;
    s.hDibao[h] = 0; s.hAtRisk[h] = 0; s.hLowIncome[h] = 0;
  }
  hashHouseholdYears(s.hId, s.count, streamKeys(1).households, YEAR, s.hYearHash);
  const identify = (year = YEAR) => identifyLowIncome(s, sc, { villages, epidemic: false }, indexByVillage(s, villages.length), yearContext(sc, year), newLowIncomeScratch());
  return { sc, s, identify, standard: publishedDibaoStandard(sc, YEAR) };
}

const has = (s: State, h: number, bits: number) => (s.hLowIncome[h] & bits) === bits;

describe('who counts as low-income', () => {
  it('the floor\'s recipients, households under the edge multiple of the standard with little property, heavy medical spenders under the village mean, and households at risk', () => {
    const { s, identify, standard, sc } = village({ policy: { lowIncome: { detection: 1, capacity: 1 } } });
    const r = (h: number) => Math.max(1, s.hResident[h]), edge = sc.policy.lowIncome.edgeMultiple * standard;
    s.hDibao[0] = 1;
    s.hPerCapita[1] = 0.9 * edge;
    s.hPerCapita[2] = 0.9 * edge; s.hSavings[2] = (sc.policy.lowIncome.assetYears + 0.5) * standard * r(2); // property beyond the limit
    s.hPerCapita[3] = 1.2 * edge; s.hMedical[3] = 0.5 * edge * r(3);                                          // income net of medical spending under the edge
    s.hPerCapita[4] = 1.2 * edge;                                                                           // above the edge, no heavy spending
    s.hAtRisk[5] = 1;
    s.hPerCapita[6] = 0; s.hBeforeSupport[6] = 0;                                                          // formed this year: no income record
    identify();
    expect(has(s, 0, LI_FLOOR | LI_FOUND | LI_FOLLOWED)).toBe(true);
    expect(has(s, 1, LI_EDGE | LI_FOUND | LI_FOLLOWED)).toBe(true);
    expect(s.hLowIncome[2]).toBe(0);
    expect(has(s, 3, LI_RIGID | LI_FOUND)).toBe(true);
    expect(s.hLowIncome[3] & LI_EDGE).toBe(0);
    expect(s.hLowIncome[4]).toBe(0);
    expect(has(s, 5, LI_RISK | LI_FOUND)).toBe(true);
    expect(s.hLowIncome[6]).toBe(0);
    for (let h = 7; h < s.count; h++) expect(s.hLowIncome[h], `household ${h}`).toBe(0);
  });

  it('heavy spending counts only below the county\'s mean income: a household above it is not low-income whatever it spends', () => {
    const { s, identify, standard, sc } = village({ policy: { lowIncome: { detection: 1, capacity: 1 } } });
    const edge = sc.policy.lowIncome.edgeMultiple * standard;
    s.hPerCapita[3] = 60_000; s.hMedical[3] = 59_000 * Math.max(1, s.hResident[3]); // above the mean of 50,000
    s.hPerCapita[4] = 1.2 * edge; s.hMedical[4] = edge * Math.max(1, s.hResident[4]);
    identify();
    expect(s.hLowIncome[3]).toBe(0);
    expect(has(s, 4, LI_RIGID)).toBe(true);
  });

  it('the heavy-spending test reads the county\'s mean income, not the village\'s: a household above its poor village\'s mean but under the county\'s qualifies', () => {
    const { s, identify, standard, sc } = village({ villages: [{ name: 'P', households: 40 }, { name: 'R', households: 40 }], policy: { lowIncome: { detection: 1, capacity: 1 } } });
    const edge = sc.policy.lowIncome.edgeMultiple * standard, poor = 2 * edge;
    let h0 = -1;
    for (let h = 0; h < s.count; h++) {
      if (s.hVillage[h] !== 0) continue;
      s.hPerCapita[h] = poor; s.hBeforeSupport[h] = poor;                        // village P's mean is about 2 edges, the county's far above
      if (h0 < 0) h0 = h;
    }
    s.hPerCapita[h0] = 1.5 * poor; s.hMedical[h0] = (1.5 * poor - 0.5 * edge) * Math.max(1, s.hResident[h0]); // above P's mean, under the county's
    identify();
    expect(has(s, h0, LI_RIGID | LI_FOUND)).toBe(true);
  });

  it('the heavy-spending test reads the mean income per person (人均), not per household: large poor households weigh by their members', () => {
    const { s, identify, standard, sc } = village({ policy: { lowIncome: { detection: 1, capacity: 1 } } });
    const edge = sc.policy.lowIncome.edgeMultiple * standard;
    // Half the households of 6 at 20,000 a person, half of 1 at 60,000: 40,000 a household, about 25,700 a person.
    for (let h = 0; h < s.count; h++) {
      const large = h % 2 === 0;
      s.hResident[h] = large ? 6 : 1; s.hPerCapita[h] = large ? 20_000 : 60_000; s.hBeforeSupport[h] = s.hPerCapita[h];
    }
    const h0 = 1, h1 = 3;
    s.hPerCapita[h0] = 30_000; s.hMedical[h0] = 30_000 - 0.5 * edge;  // under the household mean, above the per-person one
    s.hPerCapita[h1] = 22_000; s.hMedical[h1] = 22_000 - 0.5 * edge;  // under both
    identify();
    expect(s.hLowIncome[h0] & LI_RIGID).toBe(0);
    expect(has(s, h1, LI_RIGID | LI_FOUND)).toBe(true);
  });

  it('a multiple of the standard sets the edge: 2 takes in a household at 1.8 times it, 1.5 does not', () => {
    const at = (edgeMultiple: number) => {
      const { s, identify, standard } = village({ policy: { lowIncome: { detection: 1, capacity: 1, edgeMultiple } } });
      s.hPerCapita[1] = 1.8 * standard;
      identify();
      return s.hLowIncome[1] & LI_EDGE;
    };
    expect(at(2)).toBe(LI_EDGE);
    expect(at(1.5)).toBe(0);
  });
});

describe('found by the monitoring, followed by the cadres', () => {
  it('edge households are found with probability detection; recipients of the floor and households at risk always', () => {
    const none = village({ policy: { lowIncome: { detection: 0, capacity: 1 } } });
    none.s.hDibao[0] = 1; none.s.hAtRisk[1] = 1;
    for (let h = 2; h < 30; h++) none.s.hPerCapita[h] = none.standard;
    none.identify();
    expect(has(none.s, 0, LI_FOUND) && has(none.s, 1, LI_FOUND)).toBe(true);
    for (let h = 2; h < 30; h++) expect(none.s.hLowIncome[h], `household ${h}`).toBe(LI_EDGE);
    const half = village({ policy: { lowIncome: { detection: 0.5, capacity: 1 } } });
    for (let h = 0; h < 40; h++) half.s.hPerCapita[h] = half.standard;
    half.identify();
    let found = 0;
    for (let h = 0; h < 40; h++) found += half.s.hLowIncome[h] & LI_FOUND ? 1 : 0;
    expect(found).toBeGreaterThan(8);
    expect(found).toBeLessThan(32);
  });

  it('a household found last year stays found while it qualifies, without a new draw', () => {
    const { s, identify, standard } = village({ policy: { lowIncome: { detection: 0, capacity: 1 } } });
    s.hPerCapita[1] = standard; s.hLowIncome[1] = LI_EDGE | LI_FOUND;
    s.hPerCapita[2] = 5 * standard; s.hLowIncome[2] = LI_EDGE | LI_FOUND; // no longer qualifies
    identify();
    expect(has(s, 1, LI_EDGE | LI_FOUND | LI_FOLLOWED)).toBe(true);
    expect(s.hLowIncome[2]).toBe(0);
  });

  it('the cadres follow at most capacity x amount x households: within a rank, those followed last year first, then the poorest', () => {
    const { s, identify, standard } = village({ policy: { lowIncome: { detection: 1, capacity: 0.1 } } }); // 4 of 40
    for (let h = 0; h < 10; h++) s.hPerCapita[h] = standard * (1 + 0.04 * h);
    s.hLowIncome[9] = LI_EDGE | LI_FOUND | LI_FOLLOWED; // the richest of the ten, followed last year
    identify();
    const followed = [];
    for (let h = 0; h < s.count; h++) if (s.hLowIncome[h] & LI_FOLLOWED) followed.push(h);
    expect(followed).toEqual([0, 1, 2, 9]);
    for (let h = 0; h < 10; h++) expect(has(s, h, LI_FOUND), `household ${h}`).toBe(true);
  });

  it('households at risk able to work are followed before those at risk unable to work, edge households, and guarantee households, whichever were followed last year', () => {
    const { s, identify, standard } = village({ policy: { lowIncome: { detection: 1, capacity: 0.1 } } }); // 4 of 40
    const able = (h: number) => { s.hResident[h] = 2; s.hResidentLabor[h] = 2; };
    const unable = (h: number) => { s.hResident[h] = 2; s.hResidentLabor[h] = 0; };
    // Ten guarantee households unable to work, the poorest, all followed last year.
    for (let h = 0; h < 10; h++) { unable(h); s.hDibao[h] = 1; s.hPerCapita[h] = 0.5 * standard; s.hLowIncome[h] = LI_FLOOR | LI_FOUND | LI_FOLLOWED; }
    // Two edge households, poorer than those at risk.
    for (const h of [10, 11]) { able(h); s.hPerCapita[h] = 0.8 * standard; }
    // Two at risk unable to work, three at risk able to work, none followed before.
    for (const h of [12, 13]) { unable(h); s.hAtRisk[h] = 1; s.hPerCapita[h] = 2 * standard; }
    for (const h of [14, 15, 16]) { able(h); s.hAtRisk[h] = 1; s.hPerCapita[h] = 2 * standard + h; }
    identify();
    const followed = [];
    for (let h = 0; h < s.count; h++) if (s.hLowIncome[h] & LI_FOLLOWED) followed.push(h);
    expect(followed).toEqual([12, 14, 15, 16]);
    for (let h = 0; h < 10; h++) expect(has(s, h, LI_FLOOR | LI_FOUND), `household ${h}`).toBe(true);
  });

  it('the instrument\'s amount scales the capacity', () => {
    const { s, identify, standard } = village({ policy: { lowIncome: { detection: 1, capacity: 0.1 }, instruments: { lowIncome: { amount: 2 } } } });
    for (let h = 0; h < 20; h++) s.hPerCapita[h] = standard;
    identify();
    let followed = 0;
    for (let h = 0; h < s.count; h++) followed += s.hLowIncome[h] & LI_FOLLOWED ? 1 : 0;
    expect(followed).toBe(8);
  });

  it('nothing is identified while the instrument does not run (before 2026 by default), and marks left from a run are cleared', () => {
    const { s, identify, standard } = village({ policy: { lowIncome: { detection: 1, capacity: 1 } } });
    for (let h = 0; h < 20; h++) s.hPerCapita[h] = standard;
    s.hLowIncome[0] = LI_FOUND | LI_FOLLOWED;
    identify(2025);
    for (let h = 0; h < s.count; h++) expect(s.hLowIncome[h]).toBe(0);
  });
});

describe('whom the monitoring watches', () => {
  it('the households at risk (registered, or everyone from everyoneFrom), and while the low-income monitoring runs the followed households too', () => {
    const { s, sc } = village();
    s.hAtRisk[0] = 1; s.hRegistered[0] = 1; s.hLowIncome[0] = 0;
    s.hLowIncome[1] = LI_FOUND | LI_FOLLOWED; s.hAtRisk[1] = 0;
    s.hAtRisk[2] = 1; s.hRegistered[2] = 0;
    expect([0, 1, 2].map((h) => isWatched(s, sc, true, true, YEAR, h))).toEqual([true, true, true]);
    expect([0, 1, 2].map((h) => isWatched(s, sc, true, false, 2019, h))).toEqual([true, false, false]);
    expect([0, 1, 2].map((h) => isWatched(s, sc, true, false, 2021, h))).toEqual([true, false, true]);
    expect([0, 1, 2].map((h) => isWatched(s, sc, false, true, YEAR, h))).toEqual([false, false, false]);
  });

  it('the low-income monitoring watches every household at risk the return-to-poverty monitoring would, followed or not (no sudden brake)', () => {
    const { s, sc, identify } = village({ policy: { lowIncome: { detection: 1, capacity: 0.05 } } }); // 2 of 40
    for (let h = 0; h < 10; h++) s.hAtRisk[h] = 1;
    identify();
    let followed = 0;
    for (let h = 0; h < 10; h++) {
      followed += s.hLowIncome[h] & LI_FOLLOWED ? 1 : 0;
      expect(isWatched(s, sc, true, true, YEAR, h), `household ${h}`).toBe(isWatched(s, sc, true, false, YEAR, h));
      expect(isWatched(s, sc, true, true, YEAR, h), `household ${h}`).toBe(true);
    }
    expect(followed).toBe(2);
  });
});
