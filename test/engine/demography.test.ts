/**
 * Event-driven demography keeps the hazards of the yearly draws it replaced: followed year by
 * year, a cohort's share dying, falling ill, recovering, becoming disabled, giving birth, leaving
 * to form a household, getting a chance to migrate and returning is, at each age, the yearly
 * probability of the demography tables (the yearly draw's), within sampling error. Fixed seeds:
 * the counts are the same on every run.
 */
import { describe, expect, it } from 'vitest';
import { countMembers, demographyTables, planLife, settleHazard, settledByNow, stepDemography, type DemographyTables } from '../../src/engine/demography.js';
import { PURPOSE, hashHouseholdYears, streamKeys, type StreamKeys } from '../../src/engine/random.js';
import { AT_HOME, CHRONIC, DISABLED, HEALTHY, SETTLED, SLOTS, TIED, createState, laborCapacity, type State } from '../../src/engine/state.js';
import { MAX_AGE } from '../../src/engine/waiting.js';
import { newCounters, type Counters } from '../../src/engine/world.js';
import type { Scenario } from '../../src/scenario/schema.js';
import { deepMerge, smallScenario, type Overrides } from './helpers.js';

const Y0 = 2016;
interface Member { age: number; sex: number; health?: number; away?: number; yearsAway?: number }

/** n households of the given members (slot 0 the head), their calendars drawn as the build draws them. */
function cohort(over: Overrides, n: number, members: Member[], seed: number) {
  // Runs long enough for every cohort followed (waiting times end with the run).
  const sc = smallScenario(deepMerge({ time: { end: 2050 } }, over)), t = demographyTables(sc), keys = streamKeys(seed), s = createState(Math.ceil(n * 1.5) + 16);
  for (let h = 0; h < n; h++) {
    s.hActive[h] = 1; s.hId[h] = h + 1; s.hHead[h] = 0; s.hVillage[h] = 0; s.hV[h] = 0.5;
    members.forEach((m, k) => {
      const p = h * SLOTS + k;
      s.pAlive[p] = 1; s.pAge[p] = m.age; s.pSex[p] = m.sex; s.pHealth[p] = m.health ?? HEALTHY; s.pAway[p] = m.away ?? 0; s.pYearsAway[p] = m.yearsAway ?? 0; s.pEdu[p] = 1;
    });
  }
  s.count = n; s.nextId = n + 1;
  hashHouseholdYears(s.hId, s.count, keys.households, Y0, s.hYearHash);
  for (let h = 0; h < n; h++) for (let k = 0; k < members.length; k++) planLife(s, t, h * SLOTS + k, Y0 + 1, Math.min(MAX_AGE, members[k].age + 1), s.hYearHash[h], PURPOSE.life + k);
  return { sc, t, keys, s, c: newCounters() };
}

/** One simulated year of demography, as simulate runs it. */
function step({ sc, t, keys, s, c }: { sc: Scenario; t: DemographyTables; keys: StreamKeys; s: State; c: Counters }, year: number) {
  hashHouseholdYears(s.hId, s.count, keys.households, year, s.hYearHash);
  stepDemography(s, sc, t, year, keys, c, Float64Array.of(0.6));
}

/** Observed events against the sum of their probabilities (and its variance) over the persons at risk. */
class Tally {
  observed = 0; expected = 0; variance = 0; atRisk = 0;
  add(q: number, happened: boolean) { this.atRisk++; this.expected += q; this.variance += q * (1 - q); if (happened) this.observed++; }
  get z() { return this.variance > 0 ? (this.observed - this.expected) / Math.sqrt(this.variance) : this.observed - this.expected; }
}

/**
 * Follows the cohort `years` years; each year, for each person in slot k alive at its start,
 * `risk` gives the event's probability (undefined: not at risk) and `happened` whether it
 * happened, from the person's state before and after. Returns one tally per age.
 */
function follow(c: ReturnType<typeof cohort>, years: number, slot: number, risk: (before: Snapshot, p: number, age: number) => number | undefined, happened: (before: Snapshot, s: State, p: number, births: number) => boolean) {
  const byAge = new Map<number, Tally>();
  for (let year = Y0 + 1; year <= Y0 + years; year++) {
    const before = snapshot(c.s), births = c.c.births;
    step(c, year);
    const born = c.c.births - births;
    for (let h = 0; h < before.count; h++) {
      const p = h * SLOTS + slot;
      if (!before.alive[p] || !before.active[h]) continue;
      const age = Math.min(MAX_AGE, before.age[p] + 1), q = risk(before, p, age);
      if (q === undefined) continue;
      if (!byAge.has(age)) byAge.set(age, new Tally());
      byAge.get(age)!.add(q, happened(before, c.s, p, born));
    }
  }
  return byAge;
}

/**
 * Follows a cohort of one age (the person in `slot` of every household) `years` years; each
 * year the persons at risk (alive, and `atRisk` of their household) each have probability
 * q(age), and the year's events are the rise of a counter. Returns one tally per age.
 */
function followCounts(c: ReturnType<typeof cohort>, years: number, q: (age: number) => number, count: (k: Counters) => number, slot = 0, atRisk: (before: Snapshot, h: number) => boolean = () => true) {
  const byAge = new Map<number, Tally>();
  for (let year = Y0 + 1; year <= Y0 + years; year++) {
    const before = snapshot(c.s), from = count(c.c);
    step(c, year);
    let age = -1;
    const t = new Tally();
    for (let h = 0; h < before.count; h++) {
      const p = h * SLOTS + slot;
      if (!before.alive[p] || !before.active[h] || !atRisk(before, h)) continue;
      age = Math.min(MAX_AGE, before.age[p] + 1);
      t.atRisk++; t.expected += q(age); t.variance += q(age) * (1 - q(age));
    }
    t.observed = count(c.c) - from;
    if (age >= 0) byAge.set(age, t);
  }
  return byAge;
}

interface Snapshot { count: number; active: Uint8Array; alive: Uint8Array; age: Uint8Array; health: Uint8Array; away: Uint8Array; head: Uint8Array }
function snapshot(s: State): Snapshot {
  const n = s.count * SLOTS;
  return { count: s.count, active: s.hActive.slice(0, s.count), alive: s.pAlive.slice(0, n), age: s.pAge.slice(0, n), health: s.pHealth.slice(0, n), away: s.pAway.slice(0, n), head: s.hHead.slice(0, s.count) };
}

/** Every age's count within 4.5 sd of its expectation, and the chi-square over ages within its 1e-6 tail. */
function expectHazards(byAge: Map<number, Tally>, minEvents = 50) {
  const tallies = [...byAge.values()];
  let chi2 = 0;
  for (const [age, t] of byAge) {
    expect(Math.abs(t.z), `age ${age}: ${t.observed} events, ${t.expected.toFixed(1)} expected of ${t.atRisk}`).toBeLessThan(4.5);
    chi2 += t.z * t.z;
  }
  const df = tallies.length;
  expect(chi2).toBeLessThan(df + 7 * Math.sqrt(2 * df));
  // The test has power: enough events to see a change of hazard.
  expect(tallies.reduce((a, t) => a + t.observed, 0)).toBeGreaterThan(minEvents);
}

const alive = (s: State, p: number) => s.pAlive[p] === 1;
const N = 30_000;

describe('event-driven demography keeps each yearly hazard by age', () => {
  it('death: the share of a cohort dying at each age is the mortality table\'s', () => {
    for (const age of [35, 62, 80]) {
      const c = cohort({}, N, [{ age, sex: 1 }], 11);
      expectHazards(follow(c, 20, 0, (_b, _p, a) => c.t.death[a], (_b, s, p) => !alive(s, p)));
    }
  });

  it('illness onset: healthy persons fall ill at each age at the table\'s rate (also after recovering)', () => {
    const c = cohort({ demography: { disabilityAt60: 0, recovery: 0.3 } }, N, [{ age: 50, sex: 1 }], 12);
    expectHazards(follow(c, 20, 0, (b, p, a) => (b.health[p] === HEALTHY ? (1 - c.t.death[a]) * c.t.illness[a] : undefined), (_b, s, p) => alive(s, p) && s.pHealth[p] === CHRONIC));
  });

  it('recovery: the chronically ill recover at the recovery rate every year', () => {
    const c = cohort({ demography: { disabilityAt60: 0, recovery: 0.1, illnessAt60: 0.05 } }, N, [{ age: 55, sex: 1, health: CHRONIC }], 13);
    expectHazards(follow(c, 20, 0, (b, p, a) => (b.health[p] === CHRONIC ? (1 - c.t.death[a]) * 0.1 : undefined), (_b, s, p) => alive(s, p) && s.pHealth[p] === HEALTHY));
  });

  it('disability: persons not disabled become disabled at each age at the table\'s rate, healthy or ill', () => {
    for (const health of [HEALTHY, CHRONIC]) {
      const c = cohort({ demography: { disabilityAt60: 0.02 } }, N, [{ age: 45, sex: 1, health }], 14);
      expectHazards(follow(c, 20, 0, (b, p, a) => (b.health[p] !== DISABLED ? (1 - c.t.death[a]) * c.t.disability[a] : undefined), (_b, s, p) => alive(s, p) && s.pHealth[p] === DISABLED));
    }
  });

  it('births: women give birth at the birth rate each year from 20 to 39, and never outside those ages', () => {
    const births = 0.06, over = { demography: { births, formation: 0 } };
    // Women alone in their households, all of one age: a year's births are the cohort's (their
    // daughters are younger than 20 throughout).
    const young = cohort(over, N / 2, [{ age: 17, sex: 0 }], 15);
    const byAge = followCounts(young, 22, (a) => (1 - young.t.death[a]) * (a >= 20 && a <= 39 ? births : 0), (c) => c.births);
    expectHazards(byAge);
    for (const age of [18, 19]) expect(byAge.get(age)!.observed, `births at ${age}`).toBe(0);
    const older = cohort(over, N / 2, [{ age: 39, sex: 0 }], 15);
    for (const [age, t] of followCounts(older, 6, () => 0, (c) => c.births)) expect(t.observed, `births at ${age}`).toBe(0);
    const men = cohort(over, N / 2, [{ age: 25, sex: 1 }], 15);
    for (const [age, t] of followCounts(men, 6, () => 0, (c) => c.births)) expect(t.observed, `births to men at ${age}`).toBe(0);
  });

  it('household formation: an adult child at home leaves to found a household at the formation rate from 22 to 35', () => {
    const formation = 0.08;
    // A head of 58 and one son at home, all households alike: a year's new households are the sons'.
    const c = cohort({ demography: { formation, outMigration: 0, births: 0 } }, N / 2, [{ age: 58, sex: 1 }, { age: 19, sex: 1 }], 16);
    const byAge = followCounts(c, 19, (a) => (1 - c.t.death[a]) * (a >= 22 && a <= 35 ? formation : 0), (k) => k.formed, 1, (b, h) => b.head[h] === 0);
    expectHazards(byAge);
    for (const age of [20, 21, 36, 37, 38]) expect(byAge.get(age)!.observed, `formation at ${age}`).toBe(0);
  });

  it('migration (still a yearly draw): children at home get chances to leave, and migrants return, at their rates', () => {
    const d = { outMigration: 0.25, return: 0.05, returnOld: 0.3, returnAge: 50 };
    const home = cohort({ demography: { ...d, formation: 0, births: 0, illnessAt60: 0, disabilityAt60: 0 } }, N / 2, [{ age: 60, sex: 1 }, { age: 18, sex: 1 }], 17);
    // labor.ts decides whether a chance is taken; here nobody moves, so the chance comes every
    // year to a son at home while his father heads the household.
    expectHazards(follow(home, 10, 1, (b, p, a) => (b.head[p >> 3] === 0 ? (1 - home.t.death[a]) * d.outMigration : undefined), (_b, s, p) => s.pOpportunity[p] === 1));
    const away = cohort({ demography: { ...d, formation: 0, births: 0, illnessAt60: 0, disabilityAt60: 0 } }, N / 2, [{ age: 70, sex: 1 }, { age: 44, sex: 1, away: 1 }], 18);
    expectHazards(follow(away, 10, 1, (b, p, a) => (b.away[p] === TIED ? (1 - away.t.death[a]) * (a >= d.returnAge ? d.returnOld : d.return) : undefined), (b, s, p) => alive(s, p) && b.away[p] === TIED && s.pAway[p] === AT_HOME));
  });

  it('chances to leave reach the middle-aged up to migrationAgeMax, the head\'s spouse included, and never the head', () => {
    const d = { outMigration: 0.25, migrationAgeMax: 55, formation: 0, births: 0, illnessAt60: 0, disabilityAt60: 0 };
    // A head of 52 and his wife of 46, followed 12 years: she gets chances from 47 to 55, then none.
    const couple = cohort({ demography: d }, N / 2, [{ age: 52, sex: 1 }, { age: 46, sex: 0 }], 23);
    const byAge = follow(couple, 12, 1, (b, p, a) => (b.head[p >> 3] === 0 ? (1 - couple.t.death[a]) * (a <= d.migrationAgeMax ? d.outMigration : 0) : undefined), (_b, s, p) => alive(s, p) && s.pOpportunity[p] === 1);
    expectHazards(byAge);
    expect(byAge.get(50)!.observed).toBeGreaterThan(0); // a 50-year-old has a chance to leave
    for (const age of [56, 57, 58]) expect(byAge.get(age)!.observed, `chances at ${age}`).toBe(0);
    // The head himself never gets one.
    const heads = cohort({ demography: d }, N / 4, [{ age: 40, sex: 1 }], 24);
    for (let year = Y0 + 1; year <= Y0 + 5; year++) { step(heads, year); for (let h = 0; h < heads.s.count; h++) expect(heads.s.pOpportunity[h * SLOTS]).toBe(0); }
  });
});

describe('migrants tied to the household and settled away (NBS rule of residence)', () => {
  const still = { formation: 0, births: 0, illnessAt60: 0, disabilityAt60: 0, outMigration: 0 };

  it('a tied migrant of the children\'s generation from settleAge on settles away at demography.settle, reached after five years away and rising to it from the first', () => {
    const d = { ...still, settle: 0.2, return: 0.05, returnOld: 0.3, returnAge: 50 };
    for (const yearsAway of [2, 8]) {
      // Years away rise only with the year's work away (labor.ts): here they stay, so the hazard does.
      const c = cohort({ demography: d }, N / 2, [{ age: 70, sex: 1 }, { age: 30, sex: 1, away: TIED, yearsAway }], 19);
      const hazard = settleHazard(c.sc, 31, yearsAway);
      expect(hazard).toBeCloseTo(0.2 * Math.min(1, yearsAway / 5), 12);
      // Not returned this year, then settled.
      expectHazards(follow(c, 3, 1, (b, p, a) => (b.away[p] === TIED ? (1 - c.t.death[a]) * (1 - d.return) * hazard : undefined), (b, s, p) => alive(s, p) && s.pAway[p] === SETTLED));
    }
  });

  it('a tied migrant who does not form a household stays tied while young, and one of the head\'s generation always: settling comes with forming a household', () => {
    const d = { ...still, settle: 0.3, return: 0, returnOld: 0.3, returnAge: 50 };
    // Sons of 20, ten years away by 30, and wives of 40 away: no household formed (formation 0).
    const young = cohort({ demography: d }, N / 4, [{ age: 50, sex: 1 }, { age: 20, sex: 1, away: TIED, yearsAway: 6 }], 25);
    for (let year = Y0 + 1; year <= Y0 + 9; year++) step(young, year); // aged 21 to 29
    const wives = cohort({ demography: d }, N / 4, [{ age: 42, sex: 1 }, { age: 40, sex: 0, away: TIED, yearsAway: 6 }], 26);
    for (let year = Y0 + 1; year <= Y0 + 9; year++) step(wives, year); // aged 41 to 49
    for (const c of [young, wives]) {
      let tied = 0;
      for (let h = 0; h < c.s.count; h++) { const p = h * SLOTS + 1; if (!c.s.pAlive[p]) continue; expect(c.s.pAway[p]).toBe(TIED); tied++; }
      expect(tied).toBeGreaterThan(N / 5);
    }
    expect(settleHazard(young.sc, 29, 10)).toBe(0);
    expect(settleHazard(young.sc, 30, 10)).toBe(0.3);
    // demography.settleAge moves the age from which a single migrant may settle.
    const early = smallScenario({ demography: { settle: 0.3, settleAge: 18 } });
    expect(settleHazard(early, 20, 10)).toBe(0.3);
    expect(settleHazard(early, 17, 10)).toBe(0);
  });

  it('a member settled away returns only past returnAge or ill, at returnOld, and stays a member away until then', () => {
    const d = { ...still, settle: 0.2, return: 0.3, returnOld: 0.2, returnAge: 50 };
    const young = cohort({ demography: d }, N / 4, [{ age: 70, sex: 1 }, { age: 30, sex: 1, away: SETTLED, yearsAway: 12 }], 20);
    for (let year = Y0 + 1; year <= Y0 + 5; year++) step(young, year);
    for (let h = 0; h < young.s.count; h++) if (young.s.pAlive[h * SLOTS + 1]) expect(young.s.pAway[h * SLOTS + 1]).toBe(SETTLED);
    const old = cohort({ demography: d }, N / 2, [{ age: 80, sex: 1 }, { age: 52, sex: 1, away: SETTLED, yearsAway: 30 }], 21);
    expectHazards(follow(old, 5, 1, (b, p, a) => (b.away[p] === SETTLED ? (1 - old.t.death[a]) * d.returnOld : undefined), (_b, s, p) => alive(s, p) && s.pAway[p] === AT_HOME));
  });

  it('a tied migrant who forms a household (marries) settles away with settleAway and stays a member; the others found a household in the village', () => {
    const formation = 0.08, settleAway = 0.7;
    const c = cohort({ demography: { ...still, formation, settleAway, settle: 0, return: 0 } }, N / 2, [{ age: 60, sex: 1 }, { age: 21, sex: 1, away: TIED, yearsAway: 3 }], 22);
    const byAge = follow(c, 12, 1, (b, p, a) => (b.away[p] === TIED && b.head[p >> 3] === 0 ? (1 - c.t.death[a]) * (a >= 22 && a <= 35 ? formation * settleAway : 0) : undefined), (_b, s, p) => alive(s, p) && s.pAway[p] === SETTLED);
    expectHazards(byAge);
    // The others come back to found a household in the village.
    expect(c.c.formed).toBeGreaterThan(0);
  });

  it('the build\'s share settled away is what the yearly hazards give over the years since leaving', () => {
    const sc = smallScenario({ demography: { settle: 0.1, formation: 0.02, settleAway: 0.8 } });
    // Left at 18, 34 now and 16 years away: the yearly hazard from 30 (years away 12 to 16), formation from 22 to 33.
    let stay = 1;
    for (let y = 12; y <= 16; y++) stay *= 1 - 0.1 * Math.min(1, y / 5);
    for (let a = 22; a <= 33; a++) stay *= 1 - 0.02 * 0.8;
    expect(settledByNow(sc, 34, 16)).toBeCloseTo(1 - stay, 12);
    expect(settledByNow(sc, 18, 0)).toBe(0);
  });

  it('residents are the members at home and the tied migrants; labor at home counts only members at home; elders and the sick count among residents', () => {
    const sc = smallScenario(), t = demographyTables(sc), s = createState(4);
    s.count = 1; s.hActive[0] = 1;
    const members = [{ age: 66, away: AT_HOME }, { age: 63, away: AT_HOME, health: CHRONIC }, { age: 30, away: TIED }, { age: 35, away: SETTLED, health: CHRONIC }, { age: 62, away: SETTLED }];
    members.forEach((m, k) => { s.pAlive[k] = 1; s.pAge[k] = m.age; s.pAway[k] = m.away; s.pHealth[k] = m.health ?? HEALTHY; });
    countMembers(s, t);
    expect([s.hSize[0], s.hHome[0], s.hResident[0], s.hMigrants[0], s.hElders[0], s.hSick[0]]).toEqual([5, 2, 3, 3, 2, 1]);
    expect(s.hLabor[0]).toBeCloseTo(laborCapacity(66, HEALTHY, sc.economy.workingAgeMax) + laborCapacity(63, CHRONIC, sc.economy.workingAgeMax), 6);
  });
});

