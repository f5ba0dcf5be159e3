/**
 * Step 1 of the year: persons age, fall ill, become disabled, migrate and return, are born
 * and die; adult children leave to form households (in the village or away); a household
 * with no adult left at home dissolves. Demography does not read income, so its draws and
 * outcomes are identical across policy scenarios (common random numbers).
 */
import type { Scenario } from '../scenario/schema.js';
import { initialAwareness } from './awareness.js';
import { openModes } from './modes.js';
import { drawHashed, event, eventHash, type StreamKeys } from './random.js';
import { CHRONIC, DISABLED, HEALTHY, SLOTS, ensureCapacity, laborCapacity, type State } from './state.js';
import type { Counters } from './world.js';

/** Draw purposes within the demography streams (each stream is already separate). */
const E_DEATH = 0, E_ILL = 1, E_RECOVER = 2, E_DISABLE = 3, E_MIGRATE = 4, E_BIRTH = 5, E_SEX = 6, E_FORM = 7, E_SETTLE = 8;
const MAX_AGE = 110;

/** Hazards by age and labor capacity by age and health, computed once per run (no exp in the loop). */
export interface DemographyTables {
  death: Float64Array;
  illness: Float64Array;
  disability: Float64Array;
  /** labor[age * 3 + health] */
  labor: Float64Array;
}

export function demographyTables(sc: Scenario): DemographyTables {
  const d = sc.demography, n = MAX_AGE + 1;
  const death = new Float64Array(n), illness = new Float64Array(n), disability = new Float64Array(n), labor = new Float64Array(n * 3);
  for (let a = 0; a < n; a++) {
    death[a] = Math.min(1, Math.max(0.0005, d.mortalityAt60 * Math.exp(d.mortalityGrowth * (a - 60))));
    illness[a] = a >= 30 ? Math.min(1, d.illnessAt60 * Math.exp(d.illnessGrowth * (a - 60))) : 0;
    disability[a] = a >= 16 ? Math.min(1, d.disabilityAt60 * Math.exp(d.disabilityGrowth * (a - 60))) : 0;
    for (let h = 0; h < 3; h++) labor[a * 3 + h] = laborCapacity(a, h, sc.economy.workingAgeMax);
  }
  return { death, illness, disability, labor };
}

export function stepDemography(s: State, sc: Scenario, t: DemographyTables, year: number, keys: StreamKeys, c: Counters, orgCapacity: Float64Array): void {
  const d = sc.demography;
  // Reserve room for households formed this year so the loop never reallocates.
  ensureCapacity(s, s.count + Math.ceil(s.count * 0.25) + 16);
  const { pAlive, pAge, pSex, pHealth, pAway, pEdu, hActive, hId, hHead } = s;
  const kDeath = keys.mortality, kIll = keys.illness, kDis = keys.disability, kMig = keys.migration, kBirth = keys.births, kForm = keys.formation;
  // The events' hashes once a year (drawHashed gives the same numbers as draw with the event).
  const eDeath = eventHash(event(year, E_DEATH)), eIll = eventHash(event(year, E_ILL)), eRec = eventHash(event(year, E_RECOVER)), eDis = eventHash(event(year, E_DISABLE)), eMig = eventHash(event(year, E_MIGRATE));
  const eBirth = eventHash(event(year, E_BIRTH)), eSex = eventHash(event(year, E_SEX)), eForm = eventHash(event(year, E_FORM)), eSettle = eventHash(event(year, E_SETTLE));
  const n = s.count;
  for (let h = 0; h < n; h++) {
    if (!hActive[h]) continue;
    const base = h * SLOTS, hid = hId[h];
    let head = hHead[h], headAge = pAge[base + head];
    for (let k = 0; k < SLOTS; k++) {
      const p = base + k;
      if (!pAlive[p]) continue;
      const pid = hid * SLOTS + k;
      const age = pAge[p] < MAX_AGE ? ++pAge[p] : MAX_AGE;
      if (drawHashed(kDeath, pid, eDeath) < t.death[age]) { pAlive[p] = 0; c.deaths++; continue; }
      const health = pHealth[p];
      if (health === HEALTHY) { if (t.illness[age] > 0 && drawHashed(kIll, pid, eIll) < t.illness[age]) pHealth[p] = CHRONIC; }
      else if (health === CHRONIC && drawHashed(kIll, pid, eRec) < d.recovery) pHealth[p] = HEALTHY;
      if (pHealth[p] !== DISABLED && t.disability[age] > 0 && drawHashed(kDis, pid, eDis) < t.disability[age]) pHealth[p] = DISABLED;
      const child = k !== head && age < headAge - 15; // the children's generation
      s.pOpportunity[p] = 0;
      if (!pAway[p]) {
        // The young get chances to leave (the children's generation, not the head's spouse);
        // whether one is taken is an economic choice (labor.ts).
        if (child && age >= 16 && age <= 45 && pHealth[p] === HEALTHY && drawHashed(kMig, pid, eMig) < d.outMigration) s.pOpportunity[p] = 1;
      } else if (drawHashed(kMig, pid, eMig) < (age >= d.returnAge || pHealth[p] !== HEALTHY ? d.returnOld : d.return)) pAway[p] = 0;
      if (pSex[p] === 0 && age >= 20 && age <= 39 && d.births > 0 && drawHashed(kBirth, pid, eBirth) < d.births) {
        const free = freeSlot(pAlive, base);
        if (free < 0) c.skippedBirths++;
        else {
          const b = base + free;
          pAlive[b] = 1; pAge[b] = 0; pHealth[b] = HEALTHY; pAway[b] = 0; pEdu[b] = 1; s.pActivity[b] = 0; s.pOpportunity[b] = 0;
          pSex[b] = drawHashed(kBirth, pid, eSex) < 0.5 ? 0 : 1;
          c.births++;
        }
      }
      // An adult child leaves: settles away (emigration) or founds a household in the village.
      if (child && age >= 22 && age <= 35 && drawHashed(kForm, pid, eForm) < d.formation) {
        if (pAway[p] && drawHashed(kForm, pid, eSettle) < d.settleAway) { pAlive[p] = 0; c.emigrants++; }
        else if (s.count < s.capacity) { foundHousehold(s, sc, h, p, keys, orgCapacity[s.hVillage[h]]); c.formed++; }
      }
    }
    if (!pAlive[base + head]) {
      head = chooseHead(s, base);
      // No adult left at home: the household dissolves; members away (or children) leave with their parents.
      if (head < 0 || pAway[base + head] || pAge[base + head] < 18) {
        for (let k = 0; k < SLOTS; k++) if (pAlive[base + k]) { pAlive[base + k] = 0; c.emigrants++; }
        hActive[h] = 0; c.dissolved++; continue;
      }
      hHead[h] = head;
    }
  }
}

function freeSlot(pAlive: Uint8Array, base: number): number {
  for (let k = 0; k < SLOTS; k++) if (!pAlive[base + k]) return k;
  return -1;
}

/** New head after a death: the oldest adult at home, else the oldest member; -1 if none left. */
function chooseHead(s: State, base: number): number {
  let best = -1, bestAge = -1, bestHome = -1;
  for (let k = 0; k < SLOTS; k++) {
    const p = base + k;
    if (!s.pAlive[p]) continue;
    const age = s.pAge[p], adultHome = !s.pAway[p] && age >= 18 ? 1 : 0;
    if (adultHome > bestHome || (adultHome === bestHome && age > bestAge)) { best = k; bestAge = age; bestHome = adultHome; }
  }
  return best;
}

/** Moves person p of household h into a new household of the same village, as its head, at home. */
function foundHousehold(s: State, sc: Scenario, h: number, p: number, keys: StreamKeys, orgCapacity: number): void {
  const n = s.count++;
  const id = s.nextId++;
  const q = n * SLOTS;
  s.pAlive[q] = 1; s.pAge[q] = s.pAge[p]; s.pSex[q] = s.pSex[p]; s.pHealth[q] = s.pHealth[p]; s.pEdu[q] = s.pEdu[p]; s.pAway[q] = 0;
  s.pAlive[p] = 0;
  s.hActive[n] = 1; s.hVillage[n] = s.hVillage[h]; s.hId[n] = id; s.hHead[n] = 0;
  const share = s.hSize[h] > 0 ? s.hLand[h] / s.hSize[h] : 0;
  s.pActivity[q] = 0; s.pOpportunity[q] = 0;
  s.hLand[n] = share; s.hLand[h] -= share; // land is divided with the parents' household
  s.hK[n] = s.hK[h]; s.hV[n] = Math.min(1, s.hV[h] + 0.1); s.hR[n] = 0.1;
  openModes(s, sc, keys, n, false);
  initialAwareness(s, sc, keys, n, orgCapacity);
}

/** Recounts members, members at home (the residents income is shared among), migrants, elders, the sick and labor at home (full-worker equivalents). */
export function countMembers(s: State, t: DemographyTables, from = 0, to = s.count): void {
  const { pAlive, pAge, pHealth, pAway, hActive, hSize, hHome, hMigrants, hResident, hLabor, hElders, hSick } = s;
  const labor = t.labor;
  for (let h = from; h < to; h++) {
    if (!hActive[h]) continue;
    let size = 0, home = 0, away = 0, lab = 0, elders = 0, sick = 0;
    for (let p = h * SLOTS, e = p + SLOTS; p < e; p++) {
      if (!pAlive[p]) continue;
      size++;
      const age = pAge[p], health = pHealth[p];
      if (age >= 60) elders++;
      if (health !== HEALTHY) sick++;
      if (pAway[p]) away++;
      else { home++; lab += labor[age * 3 + health]; }
    }
    hSize[h] = size; hHome[h] = home; hMigrants[h] = away; hResident[h] = home; hLabor[h] = lab; hElders[h] = elders; hSick[h] = sick;
  }
}
