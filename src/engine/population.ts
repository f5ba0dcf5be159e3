/**
 * The synthetic population for the start year. Heads are drawn so that, aged forward to the
 * survey year, their ages match 001 Table 2; schooling, registration and first causes follow
 * Table 2; households are small (1-4 at home, 001 §4.1.2) with grown children mostly away.
 * Registration goes to the households with the weakest earning potential, with an optional
 * targeting error (002 §3.1).
 */
import type { Scenario } from '../scenario/schema.js';
import { openModes } from './modes.js';
import { PURPOSE, draw, hashHouseholdYears, normal, type StreamKeys } from './random.js';
import { AT_HOME, CAUSE_ORDER, CHRONIC, COHORT_OTHERS, COHORT_REGISTERED, DISABLED, HEALTHY, SETTLED, SLOTS, TIED, createState, type State } from './state.js';
import { buildVillages } from './villages.js';
import { startCasualDays } from './casualPool.js';
import type { Village } from './world.js';
import { initialAwareness } from './awareness.js';
import { ACT_NONE, casualEarnings, headsPerWorker, migrantNet, ownWork } from './labor.js';
import { povertyLine } from './policy.js';
import { pensionPerPerson } from './standards.js';
import { laborCapacity } from './state.js';
import { trendsAt } from './trends.js';
import { countMembers, demographyTables, planLife, settledByNow } from './demography.js';
import { payRates } from './wages.js';
import { MAX_AGE } from './waiting.js';

/** Picks index i with probability weights[i] / sum, from a uniform u. */
export function pick(weights: readonly number[], u: number): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  for (let i = 0; i < weights.length; i++) if (u * total < (acc += weights[i])) return i;
  return weights.length - 1;
}

/** Age at which the members away at the build left (assumption: after junior secondary school and a few years). */
const LEAVING_AGE = 18;

/** Schooling by birth cohort for members other than the head (assumption). */
function cohortEducation(birthYear: number, u: number): number {
  const w = birthYear >= 1985 ? [0.15, 0.55, 0.3] : birthYear >= 1965 ? [0.5, 0.4, 0.1] : [0.85, 0.12, 0.03];
  return pick(w, u);
}

/** A built village (or county): its households and their members, and its villages. */
export interface Population { state: State; villages: Village[] }

export function buildPopulation(sc: Scenario, keys: StreamKeys): Population {
  const villages = buildVillages(sc, keys);
  const total = villages.reduce((a, v) => a + v.households, 0);
  const s = createState(Math.ceil(total * 1.3) + 16);
  const P = sc.population, t0 = sc.time.start, lag = sc.time.surveyYear - t0;
  const K = keys.population, tables = demographyTables(sc), assessment = assessmentTerms(sc);
  const headAgeBands = [P.headAge.under40, P.headAge.from40to60, P.headAge.over60], headSchooling = [P.headEducation.primary, P.headEducation.junior, P.headEducation.high];
  // One household's members while it is drawn (age, sex, schooling, away), reused for every household.
  const mAge: number[] = [], mSex: number[] = [], mEdu: number[] = [], mAway: number[] = [];
  const member = (age: number, sex: number, edu: number, away: number) => { mAge.push(age); mSex.push(sex); mEdu.push(edu); mAway.push(away); };
  let id = 0;
  const u = (j: number) => draw(K, id, j);
  for (const v of villages) {
    const first = s.count;
    for (let i = 0; i < v.households; i++) {
      const h = s.count++, base = h * SLOTS;
      id = s.nextId++;
      s.hActive[h] = 1; s.hVillage[h] = v.index; s.hId[h] = id; s.hHead[h] = 0;
      mAge.length = 0; mSex.length = 0; mEdu.length = 0; mAway.length = 0;
      // Head: age in the survey year by Table 2 band, then aged back to the start year.
      const band = pick(headAgeBands, u(0));
      const surveyAge = band === 0 ? 25 + 15 * u(1) : band === 1 ? 40 + 20 * u(1) : 61 + 27 * Math.pow(u(1), 1.5);
      const headAge = Math.max(18, Math.round(surveyAge) - lag);
      member(headAge, u(2) < 0.85 ? 1 : 0, pick(headSchooling, u(3)), 0);
      const widowed = Math.max(0, Math.min(0.8, (headAge - 62) / 30));
      if (u(4) < P.spouse * (1 - widowed)) member(Math.max(18, Math.round(headAge + 6 * u(5) - 3)), 1 - mSex[0], cohortEducation(t0 - headAge, u(6)), 0);
      const nChildren = Math.floor(P.childrenPerHousehold * 2 * u(7) + 0.5 * u(8));
      let hasMigrantChild = false;
      for (let c = 0; c < nChildren; c++) {
        const age = Math.round(headAge - 23 - 10 * u(10 + c));
        if (age < 0) continue;
        if (age >= 22 && u(20 + c) < 0.15) continue; // already left to form their own household
        const away = age >= 16 && u(30 + c) < P.childrenAway ? 1 : 0;
        if (away) hasMigrantChild = true;
        member(age, u(40 + c) < 0.5 ? 0 : 1, cohortEducation(t0 - age, u(50 + c)), away);
      }
      if (hasMigrantChild && headAge >= 45 && u(60) < 0.35) {
        const n = 1 + (u(61) < 0.4 ? 1 : 0);
        for (let g = 0; g < n; g++) member(Math.floor(15 * u(62 + g)), u(64 + g) < 0.5 ? 0 : 1, 1, 0);
      }
      if (headAge < 50 && u(66) < P.elderParent) member(headAge + 25 + Math.floor(6 * u(67)), 0, 0, 0);
      const kept = Math.min(SLOTS, mAge.length);
      for (let k = 0; k < kept; k++) {
        const p = base + k, age = mAge[k];
        s.pAlive[p] = 1; s.pAge[p] = Math.min(110, age); s.pSex[p] = mSex[k]; s.pEdu[p] = mEdu[k];
        // A member away has been away since it left; by now it may have settled away (the
        // yearly hazards of demography.ts over those years).
        const years = mAway[k] ? Math.max(0, Math.min(255, age - LEAVING_AGE)) : 0;
        s.pYearsAway[p] = years;
        s.pAway[p] = !mAway[k] ? AT_HOME : u(100 + k) < settledByNow(sc, age, years) ? SETTLED : TIED;
        s.pHealth[p] = age >= 16 && u(70 + k) < P.disabled ? DISABLED : age >= 50 && u(80 + k) < P.chronicIll ? CHRONIC : HEALTHY;
      }
      s.hConnected[h] = u(90) < v.connectedShare ? 1 : 0;
      s.hLand[h] = v.landPerPerson * kept * (0.6 + 0.8 * u(91));
      s.hK[h] = Math.min(1, 0.1 + 0.08 * mEdu[0] + 0.1 * u(92));
      s.hV[h] = 0.3 + 0.2 * u(93);
      s.hR[h] = 0.1;
    }
    countMembers(s, tables, first, s.count);
    v.casualDays = startCasualDays(s, sc, v, first, s.count);
    register(s, sc, keys, v, first, s.count, assessment);
  }
  for (let h = 0; h < s.count; h++) {
    openModes(s, sc, keys, h, s.hRegistered[h] === 1);
    initialAwareness(s, sc, keys, h, villages[s.hVillage[h]].orgCapacity);
  }
  // Nobody's activity before the start is known: the first year's choice has no inertia.
  s.pActivity.fill(ACT_NONE);
  // Each person's calendar, from the first year demography runs (the start year's household hashes).
  hashHouseholdYears(s.hId, s.count, keys.households, t0, s.hYearHash);
  for (let h = 0; h < s.count; h++) {
    for (let k = 0; k < SLOTS; k++) {
      const p = h * SLOTS + k;
      if (s.pAlive[p]) planLife(s, tables, p, t0 + 1, Math.min(MAX_AGE, s.pAge[p] + 1), s.hYearHash[h], PURPOSE.life + k);
    }
  }
  return { state: s, villages };
}

/** What the 2014-15 assessment's income reads of the scenario, the same for every household. */
function assessmentTerms(sc: Scenario) {
  const e = sc.economy, year = sc.time.start - 1, t = trendsAt(sc, year);
  return { t, pay: payRates(sc, year), rent: e.planting.rentPerMu * t.farm, perHead: e.breeding.offtake * e.breeding.marginPerHead * t.livestock - e.breeding.feedPerHead, pension: pensionPerPerson(sc, year) };
}

/**
 * Income per resident member as the 2014-15 assessment saw it: every member at home working
 * at the best of own land, own herd and casual work, land not farmed rented out, tied
 * migrants' earnings (the household's wages), what members settled away send, and the
 * pension; no poverty-alleviation support yet. The assessment errs by a log-normal factor
 * (policy.registration.assessmentError).
 */
function assessedIncome(s: State, sc: Scenario, v: Village, h: number, keys: StreamKeys, { t, pay, rent, perHead, pension }: ReturnType<typeof assessmentTerms>): number {
  const e = sc.economy;
  const farmPerMu = e.planting.netPerMu * t.farm * (1 + e.planting.skillGain * s.hK[h]);
  let land = s.hLand[h], herd = s.hHerd[h], income = land * rent + pension * s.hElders[h];
  for (let k = 0; k < SLOTS; k++) {
    const p = h * SLOTS + k;
    if (!s.pAlive[p]) continue;
    if (s.pAway[p] !== AT_HOME) {
      const net = migrantNet(sc, pay, s.pEdu[p], s.pYearsAway[p], false);
      income += s.pAway[p] === TIED ? net : e.labor.remitShare * net;
      continue;
    }
    const c = laborCapacity(s.pAge[p], s.pHealth[p], e.workingAgeMax);
    if (c <= 0) continue;
    const casual = casualEarnings(sc, pay, v.casualDays, c, s.pAge[p], s.pEdu[p], s.hK[h]);
    // As labor.ts: own production (animals first, then land) takes part of the year, casual work the rest.
    const { heads, mu, herdTime, farmTime } = ownWork(c, herd, land, headsPerWorker(s, sc, h), e.planting.muPerWorker);
    const own = heads * perHead + mu * (farmPerMu - rent) + (1 - (herdTime + farmTime)) * casual;
    if ((heads > 0 || mu > 0) && own >= casual) { income += own; land -= mu; herd -= heads; } else income += casual;
  }
  const resident = Math.max(1, s.hResident[h]);
  return (income / resident) * Math.exp(sc.policy.registration.assessmentError * normal(keys.targeting, s.hId[h], 95));
}

/** Registration (the card), first causes, savings and herds of one village's households. */
function register(s: State, sc: Scenario, keys: StreamKeys, v: Village, from: number, to: number, assessment: ReturnType<typeof assessmentTerms>): void {
  const K = keys.targeting, P = sc.population;
  const order: number[] = [];
  // Assessed income of household h is score[h - from].
  const score = new Float64Array(to - from);
  for (let h = from; h < to; h++) { order.push(h); score[h - from] = assessedIncome(s, sc, v, h, keys, assessment); }
  order.sort((a, b) => score[a - from] - score[b - from] || a - b);
  // Cards: to households assessed below the line (the 2014-15 rule), or to the poorest up to a quota.
  // The line is that of the assessment's year (assessmentTerms), in yuan of 2020 as every figure.
  const line = povertyLine(sc, sc.time.start - 1);
  // Below the line, or a little above it without the medical guarantee (a chronically ill or
  // disabled member): registration tested income and the "two assurances and three guarantees".
  const lacksGuarantee = (h: number) => { for (let k = 0; k < SLOTS; k++) { const p = h * SLOTS + k; if (s.pAlive[p] && s.pHealth[p] !== HEALTHY) return true; } return false; };
  const margin = line * (1 + sc.policy.registration.guaranteeMargin);
  const byRule = (h: number) => score[h - from] < line || (score[h - from] < margin && lacksGuarantee(h));
  const registered = sc.policy.registration.rule === 'below-line' ? order.filter(byRule) : order.slice(0, Math.min(order.length, v.registered));
  const chosen = new Set(registered), others = order.filter((h) => !chosen.has(h));
  // Targeting error: some cards go to households that are not among the poorest.
  for (let i = 0; i < registered.length && others.length > 0; i++) {
    if (draw(K, s.hId[registered[i]], 1) >= sc.frictions.targetingError) continue;
    const j = Math.floor(draw(K, s.hId[registered[i]], 2) * others.length);
    [registered[i], others[j]] = [others[j], registered[i]];
  }
  const causes = CAUSE_ORDER.map((c) => P.causes[c]);
  // The registration cohort: fixed here, whatever the yearly review does later (state.ts).
  for (const h of others) s.hCohort[h] = COHORT_OTHERS;
  for (const h of registered) {
    s.hCohort[h] = COHORT_REGISTERED;
    s.hRegistered[h] = 1; s.hCardActive[h] = 1; s.hPoor[h] = 1; s.hEverPoor[h] = 1; // carded as poor
    for (let m = 0; m < 3; m++) { s.hPoor3[h * 3 + m] = 1; s.hEverPoor3[h * 3 + m] = 1; }
    const cause = pick(causes, draw(K, s.hId[h], 3));
    s.hCause[h] = cause + 1;
    const base = h * SLOTS;
    // The recorded cause agrees with the household's state.
    if (CAUSE_ORDER[cause] === 'illness') s.pHealth[base] = s.pHealth[base] === DISABLED ? DISABLED : CHRONIC;
    if (CAUSE_ORDER[cause] === 'disability') s.pHealth[base + (s.pAlive[base + 1] ? 1 : 0)] = DISABLED;
    if (CAUSE_ORDER[cause] === 'technology') s.hK[h] *= 0.5;
    s.hSavings[h] = CAUSE_ORDER[cause] === 'funds' ? 0 : 1500 * draw(K, s.hId[h], 4);
  }
  for (const h of others) s.hSavings[h] = 5000 + 15000 * draw(K, s.hId[h], 4);
  // Large farmers: the strongest non-registered households with labor lead the cooperatives.
  const strong = others.filter((h) => s.hLabor[h] >= 1).reverse().slice(0, sc.cooperatives.largeFarmers);
  for (const h of strong) { s.hLargeFarmer[h] = 1; s.hHerd[h] = Math.min(30 + 30 * draw(K, s.hId[h], 5), s.hLabor[h] * headsPerWorker(s, sc, h) * 0.8); s.hK[h] = Math.max(s.hK[h], 0.5); }
  for (const h of order) if (!s.hLargeFarmer[h] && s.hLabor[h] > 0.5 && draw(K, s.hId[h], 6) < 0.15) s.hHerd[h] = 2 + 3 * draw(K, s.hId[h], 7);
}
