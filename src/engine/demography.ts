/**
 * Step 1 of the year: persons age, fall ill, become disabled, migrate and return, are born
 * and die; adult children leave to form households (in the village or away); households
 * with no one left dissolve. Demography does not read income, so its draws and outcomes are
 * identical across policy scenarios (common random numbers).
 */
import type { Scenario } from '../scenario/schema.js';
import { draw, event, type StreamKeys } from './random.js';
import { CHRONIC, DISABLED, HEALTHY, SLOTS, ensureCapacity, laborCapacity, type State } from './state.js';
import type { Counters } from './world.js';
import { assignModes } from './modes.js';
import { initialAwareness } from './awareness.js';

/** Draw purposes within the demography streams (each stream is already separate). */
const E_DEATH = 0, E_ILL = 1, E_RECOVER = 2, E_DISABLE = 3, E_MIGRATE = 4, E_BIRTH = 5, E_SEX = 6, E_FORM = 7, E_SETTLE = 8;

export function stepDemography(s: State, sc: Scenario, year: number, keys: StreamKeys, c: Counters, orgCapacity: Float64Array): void {
  const d = sc.demography;
  // Reserve room for households formed this year so the loop never reallocates.
  ensureCapacity(s, s.count + Math.ceil(s.count * 0.25) + 16);
  const n = s.count;
  for (let h = 0; h < n; h++) {
    if (!s.hActive[h]) continue;
    const base = h * SLOTS, hid = s.hId[h];
    let headAge = s.pAge[base + s.hHead[h]];
    for (let k = 0; k < SLOTS; k++) {
      const p = base + k;
      if (!s.pAlive[p]) continue;
      const pid = hid * SLOTS + k;
      const age = ++s.pAge[p] > 110 ? (s.pAge[p] = 110) : s.pAge[p];
      const q = Math.min(1, Math.max(0.0005, d.mortalityAt60 * Math.exp(d.mortalityGrowth * (age - 60))));
      if (draw(keys.mortality, pid, event(year, E_DEATH)) < q) {
        s.pAlive[p] = 0;
        c.deaths++;
        continue;
      }
      const health = s.pHealth[p];
      if (health === HEALTHY && age >= 30) {
        if (draw(keys.illness, pid, event(year, E_ILL)) < d.illnessAt60 * Math.exp(d.illnessGrowth * (age - 60))) s.pHealth[p] = CHRONIC;
      } else if (health === CHRONIC && draw(keys.illness, pid, event(year, E_RECOVER)) < d.recovery) s.pHealth[p] = HEALTHY;
      if (s.pHealth[p] !== DISABLED && age >= 16 && draw(keys.disability, pid, event(year, E_DISABLE)) < d.disabilityAt60 * Math.exp(d.disabilityGrowth * (age - 60)))
        s.pHealth[p] = DISABLED;
      if (k !== s.hHead[h]) {
        if (!s.pAway[p]) {
          // The young leave: the children's generation, not the head's spouse.
          if (age >= 16 && age <= 45 && age < headAge - 15 && s.pHealth[p] === HEALTHY && draw(keys.migration, pid, event(year, E_MIGRATE)) < d.outMigration) s.pAway[p] = 1;
        } else {
          const r = age >= d.returnAge || s.pHealth[p] !== HEALTHY ? d.returnOld : d.return;
          if (draw(keys.migration, pid, event(year, E_MIGRATE)) < r) s.pAway[p] = 0;
        }
      }
      if (s.pSex[p] === 0 && age >= 20 && age <= 39 && d.births > 0 && draw(keys.births, pid, event(year, E_BIRTH)) < d.births) {
        const free = freeSlot(s, base);
        if (free < 0) c.skippedBirths++;
        else {
          const b = base + free;
          s.pAlive[b] = 1; s.pAge[b] = 0; s.pHealth[b] = HEALTHY; s.pAway[b] = 0; s.pEdu[b] = 1;
          s.pSex[b] = draw(keys.births, pid, event(year, E_SEX)) < 0.5 ? 0 : 1;
          c.births++;
        }
      }
      // An adult child leaves: settles away (emigration) or founds a household in the village.
      if (k !== s.hHead[h] && age >= 22 && age <= 35 && age < headAge - 15 && draw(keys.formation, pid, event(year, E_FORM)) < d.formation) {
        if (s.pAway[p] && draw(keys.formation, pid, event(year, E_SETTLE)) < d.settleAway) {
          s.pAlive[p] = 0;
          c.emigrants++;
        } else if (s.count < s.capacity) {
          foundHousehold(s, sc, h, p, keys, orgCapacity[s.hVillage[h]]);
          c.formed++;
        }
      }
    }
    if (!s.pAlive[base + s.hHead[h]]) {
      const head = chooseHead(s, base);
      // No adult left at home: the household dissolves; members away (or children) leave with their parents.
      if (head < 0 || s.pAway[base + head] || s.pAge[base + head] < 18) {
        for (let k = 0; k < SLOTS; k++) if (s.pAlive[base + k]) { s.pAlive[base + k] = 0; c.emigrants++; }
        s.hActive[h] = 0; c.dissolved++; continue;
      }
      s.hHead[h] = head;
      headAge = s.pAge[base + head];
    }
  }
}

function freeSlot(s: State, base: number): number {
  for (let k = 0; k < SLOTS; k++) if (!s.pAlive[base + k]) return k;
  return -1;
}

/** New head after a death: the oldest adult at home, else the oldest member; -1 if none left. */
function chooseHead(s: State, base: number): number {
  let best = -1, bestAge = -1, bestHome = -1;
  for (let k = 0; k < SLOTS; k++) {
    const p = base + k;
    if (!s.pAlive[p]) continue;
    const home = s.pAway[p] ? 0 : 1, age = s.pAge[p];
    const adultHome = home && age >= 18 ? 1 : 0;
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
  s.hLand[n] = share; s.hLand[h] -= share; // land is divided with the parents' household
  s.hK[n] = s.hK[h]; s.hV[n] = Math.min(1, s.hV[h] + 0.1); s.hR[n] = 0.1;
  s.hModes[n] = assignModes(sc, keys, id, false);
  initialAwareness(s, sc, keys, n, orgCapacity);
}

/** Recounts members, members at home, migrants and labor at home (full-worker equivalents). */
export function countMembers(s: State, workingAgeMax: number): void {
  for (let h = 0; h < s.count; h++) {
    if (!s.hActive[h]) continue;
    const base = h * SLOTS;
    let size = 0, home = 0, away = 0, labor = 0, elders = 0, sick = 0;
    for (let k = 0; k < SLOTS; k++) {
      const p = base + k;
      if (!s.pAlive[p]) continue;
      size++;
      if (s.pAge[p] >= 60) elders++;
      if (s.pHealth[p] !== HEALTHY) sick++;
      if (s.pAway[p]) away++;
      else { home++; labor += laborCapacity(s.pAge[p], s.pHealth[p], workingAgeMax); }
    }
    s.hSize[h] = size; s.hHome[h] = home; s.hMigrants[h] = away; s.hLabor[h] = labor; s.hElders[h] = elders; s.hSick[h] = sick;
  }
}
