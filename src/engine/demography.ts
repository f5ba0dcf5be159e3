/**
 * Step 1 of the year: persons age, fall ill, become disabled, migrate and return, are born
 * and die; adult children leave to form households (in the village or away); a household
 * with no adult left at home dissolves. Demography does not read income, so its draws and
 * outcomes are identical across policy scenarios (common random numbers).
 *
 * Events with a hazard by age are driven by each person's calendar (state.ts pDeath ...
 * pFormation, waiting.ts): death and disability are drawn when the person enters the village
 * (the build, birth); the next change between healthy and chronically ill when the person
 * enters either state; the next chance of a birth (women 20-39) and of leaving to form a
 * household (22-35) when the last one is used, whether or not it is taken. Each year's
 * probability of each event is that of the yearly draw it replaces (test/engine/demography.test.ts).
 * Migration keeps a yearly draw: its chance depends on being at home, healthy, aged 16 to
 * demography.migrationAgeMax and not the head (the member who keeps the household in the
 * village: the children's generation and the head's spouse both go, as the NBS's migrant
 * workers, a quarter of them over 50, show), and a return's on being away, age and health, all
 * of which the activity choice (labor.ts) changes from year to year; a waiting time would be
 * redrawn about as often as the draw it replaces.
 *
 * Migrants follow the NBS household survey's rule of residence (state.ts): a member away is a
 * non-resident once settled with stable work and a home there. For most that comes with forming
 * a household (marrying) away (demography.settleAway, at formation); a tied migrant of the
 * children's generation from demography.settleAge on settles with a yearly hazard that grows over
 * its first years away (demography.settle). A migrant of the head's generation, whose home and
 * dependants are in the village, stays tied.
 */
import type { Scenario } from '../scenario/schema.js';
import { initialAwareness } from './awareness.js';
import { openModes } from './modes.js';
import { LIFE, PURPOSE, eventHash, keyedHash, uniform, type StreamKeys } from './random.js';
import { AT_HOME, CHRONIC, DISABLED, HEALTHY, SETTLED, SLOTS, TIED, ensureCapacity, laborCapacity, type State } from './state.js';
import { CALENDAR_BASE, MAX_AGE, NEVER, hazardTable, waitingYear, type HazardTable } from './waiting.js';
import type { Counters } from './world.js';

/** Hazards by age, their waiting-time tables, and labor capacity by age and health, computed once per run (no exp in the loop). */
export interface DemographyTables {
  /** Yearly probabilities by age (the person's age in that year). */
  death: Float64Array;
  illness: Float64Array;
  disability: Float64Array;
  /** Waiting-time tables (waiting.ts) of death, illness onset, disability, recovery, a birth (women 20-39) and household formation (22-35). */
  deathWait: HazardTable;
  illnessWait: HazardTable;
  disabilityWait: HazardTable;
  recoveryWait: HazardTable;
  birthWait: HazardTable;
  formationWait: HazardTable;
  /** labor[age * 3 + health] */
  labor: Float64Array;
  /** The run's last year: waiting times end there (waiting.ts). */
  last: number;
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
  return {
    death, illness, disability, labor, last: sc.time.end,
    deathWait: hazardTable((a) => death[a]),
    illnessWait: hazardTable((a) => illness[a]),
    disabilityWait: hazardTable((a) => disability[a]),
    recoveryWait: hazardTable(() => d.recovery),
    birthWait: hazardTable((a) => (a >= 20 && a <= 39 ? d.births : 0)),
    formationWait: hazardTable((a) => (a >= 22 && a <= 35 ? d.formation : 0)),
  };
}

/** Years away over which the settling hazard rises to demography.settle (stable work and a home take years). */
const SETTLE_RAMP = 5;
/** Yearly probability that a tied migrant of the children's generation, `age` old with `yearsAway` years away, settles away without forming a household. */
export function settleHazard(sc: Scenario, age: number, yearsAway: number): number {
  const d = sc.demography;
  return age < d.settleAge ? 0 : d.settle * Math.min(1, yearsAway / SETTLE_RAMP);
}

/**
 * Probability that a migrant of the children's generation who left at 18 and is `age` now has
 * settled away, by the same hazards as the yearly step: settling by age and years away, and
 * settling when it formed a household (22-35) away. For the members already away at the build
 * (population.ts).
 */
export function settledByNow(sc: Scenario, age: number, yearsAway: number): number {
  const d = sc.demography;
  let stay = 1;
  for (let y = 1; y <= yearsAway; y++) stay *= 1 - settleHazard(sc, age - yearsAway + y, y);
  for (let a = 22; a <= Math.min(35, age - 1); a++) stay *= 1 - d.formation * d.settleAway;
  return 1 - stay;
}

/**
 * Draws the calendar of person p, who faces the hazards from `year` on, aged `age` then, with
 * the uniforms of `purpose` (PURPOSE.life + slot, or PURPOSE.newborn + the mother's slot) of
 * the household-year `hash`.
 */
export function planLife(s: State, t: DemographyTables, p: number, year: number, age: number, hash: number, purpose: number): void {
  const health = s.pHealth[p];
  s.pDeath[p] = waitingYear(t.deathWait, year, age, uniform(hash, purpose + LIFE.death), t.last);
  s.pDisability[p] = health === DISABLED ? NEVER : waitingYear(t.disabilityWait, year, age, uniform(hash, purpose + LIFE.disability), t.last);
  s.pHealthChange[p] = health === DISABLED ? NEVER : waitingYear(health === HEALTHY ? t.illnessWait : t.recoveryWait, year, age, uniform(hash, purpose + LIFE.healthChange), t.last);
  s.pBirth[p] = s.pSex[p] === 0 ? waitingYear(t.birthWait, year, age, uniform(hash, purpose + LIFE.birth), t.last) : NEVER;
  s.pFormation[p] = waitingYear(t.formationWait, year, age, uniform(hash, purpose + LIFE.formation), t.last);
  s.pNextEvent[p] = nextEvent(s, p);
}

/** The earliest year of person p's calendar. */
function nextEvent(s: State, p: number): number {
  return Math.min(s.pDeath[p], s.pDisability[p], s.pHealthChange[p], s.pBirth[p], s.pFormation[p]);
}

export function stepDemography(s: State, sc: Scenario, t: DemographyTables, year: number, keys: StreamKeys, c: Counters, orgCapacity: Float64Array): void {
  const d = sc.demography;
  // Reserve room for households formed this year so the loop never reallocates.
  ensureCapacity(s, s.count + Math.ceil(s.count * 0.25) + 16);
  const { pAlive, pAge, pSex, pHealth, pAway, pEdu, pNextEvent, hActive, hHead, hYearHash } = s;
  const now = year - CALENDAR_BASE, yearKey = eventHash(year);
  const n = s.count;
  for (let h = 0; h < n; h++) {
    if (!hActive[h]) continue;
    const base = h * SLOTS, hash = hYearHash[h];
    let head = hHead[h], headAge = pAge[base + head];
    for (let k = 0; k < SLOTS; k++) {
      const p = base + k;
      if (!pAlive[p]) continue;
      const age = pAge[p] < MAX_AGE ? ++pAge[p] : MAX_AGE, nextAge = age < MAX_AGE ? age + 1 : MAX_AGE;
      const due = pNextEvent[p] === now;
      if (due) {
        if (s.pDeath[p] === now) { pAlive[p] = 0; c.deaths++; continue; }
        if (s.pHealthChange[p] === now) {
          // Healthy falls ill, the ill recover; the next change is drawn from next year on.
          const ill = pHealth[p] === HEALTHY;
          pHealth[p] = ill ? CHRONIC : HEALTHY;
          s.pHealthChange[p] = waitingYear(ill ? t.recoveryWait : t.illnessWait, year + 1, nextAge, uniform(hash, PURPOSE.life + k + LIFE.healthChange), t.last);
        }
        if (s.pDisability[p] === now) { pHealth[p] = DISABLED; s.pDisability[p] = NEVER; s.pHealthChange[p] = NEVER; }
      }
      const child = k !== head && age < headAge - 15; // the children's generation
      s.pOpportunity[p] = 0;
      const where = pAway[p];
      if (where === AT_HOME) {
        // Healthy members of working age other than the head get chances to leave (the
        // children's generation and the head's spouse); whether one is taken is an economic
        // choice (labor.ts), where leaving a dependant with no other adult at home has a cost.
        if (k !== head && age >= 16 && age <= d.migrationAgeMax && pHealth[p] === HEALTHY && uniform(hash, PURPOSE.migration + k) < d.outMigration) s.pOpportunity[p] = 1;
      } else {
        // Migrants past returnAge or ill come back (settled ones too); a younger tied migrant
        // sometimes returns, else one of the children's generation from settleAge on may settle
        // away, more likely the longer it has been away.
        const old = age >= d.returnAge || pHealth[p] !== HEALTHY, u = uniform(hash, PURPOSE.migration + k);
        if (old ? u < d.returnOld : where === TIED && u < d.return) pAway[p] = AT_HOME;
        else if (where === TIED && child && uniform(hash, PURPOSE.settle + k) < settleHazard(sc, age, s.pYearsAway[p])) pAway[p] = SETTLED;
      }
      if (!due) continue;
      if (s.pBirth[p] === now) {
        s.pBirth[p] = waitingYear(t.birthWait, year + 1, nextAge, uniform(hash, PURPOSE.life + k + LIFE.birth), t.last);
        const free = freeSlot(pAlive, base);
        if (free < 0) c.skippedBirths++;
        else {
          const b = base + free;
          pAlive[b] = 1; pAge[b] = 0; pHealth[b] = HEALTHY; pAway[b] = AT_HOME; s.pYearsAway[b] = 0; pEdu[b] = 1; s.pActivity[b] = 0; s.pOpportunity[b] = 0;
          pSex[b] = uniform(hash, PURPOSE.newbornSex + k) < 0.5 ? 0 : 1;
          // A newborn in a later slot is reached by this loop this year (and aged to 1), one in an earlier slot next year.
          planLife(s, t, b, free > k ? year : year + 1, 1, hash, PURPOSE.newborn + k);
          c.births++;
        }
      }
      const forms = s.pFormation[p] === now;
      if (forms) s.pFormation[p] = waitingYear(t.formationWait, year + 1, nextAge, uniform(hash, PURPOSE.life + k + LIFE.formation), t.last);
      pNextEvent[p] = nextEvent(s, p);
      // An adult child forms a household (marries): a tied migrant mostly settles away (a
      // member away, no longer a resident); otherwise it founds a household in the village. A
      // member already settled away has its own household there.
      if (forms && child && pAway[p] !== SETTLED) {
        if (pAway[p] === TIED && uniform(hash, PURPOSE.settleAway + k) < d.settleAway) pAway[p] = SETTLED;
        else if (s.count < s.capacity) { foundHousehold(s, sc, h, p, keys, orgCapacity[s.hVillage[h]], yearKey); c.formed++; }
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

/**
 * Moves person p of household h into a new household of the same village, as its head, at home,
 * with its calendar; the new household's hash for this year (yearKey = eventHash(year)) is drawn.
 */
function foundHousehold(s: State, sc: Scenario, h: number, p: number, keys: StreamKeys, orgCapacity: number, yearKey: number): void {
  const n = s.count++;
  const id = s.nextId++;
  const q = n * SLOTS;
  s.pAlive[q] = 1; s.pAge[q] = s.pAge[p]; s.pSex[q] = s.pSex[p]; s.pHealth[q] = s.pHealth[p]; s.pEdu[q] = s.pEdu[p]; s.pAway[q] = AT_HOME; s.pYearsAway[q] = s.pYearsAway[p];
  s.pNextEvent[q] = s.pNextEvent[p]; s.pDeath[q] = s.pDeath[p]; s.pDisability[q] = s.pDisability[p];
  s.pHealthChange[q] = s.pHealthChange[p]; s.pBirth[q] = s.pBirth[p]; s.pFormation[q] = s.pFormation[p];
  s.pAlive[p] = 0;
  s.hActive[n] = 1; s.hVillage[n] = s.hVillage[h]; s.hId[n] = id; s.hHead[n] = 0;
  s.hYearHash[n] = keyedHash(keys.households, id, yearKey);
  const share = s.hSize[h] > 0 ? s.hLand[h] / s.hSize[h] : 0;
  s.pActivity[q] = 0; s.pOpportunity[q] = 0;
  s.hLand[n] = share; s.hLand[h] -= share; // land is divided with the parents' household
  s.hK[n] = s.hK[h]; s.hV[n] = Math.min(1, s.hV[h] + 0.1); s.hR[n] = 0.1;
  openModes(s, sc, keys, n, false);
  initialAwareness(s, sc, keys, n, orgCapacity);
}

/**
 * Recounts members, members at home, residents (at home or tied migrants: the members income
 * is shared among), migrants (tied or settled), resident elders and sick, and labor at home
 * (full-worker equivalents).
 */
export function countMembers(s: State, t: DemographyTables, from = 0, to = s.count): void {
  const { pAlive, pAge, pHealth, pAway, hActive, hSize, hHome, hMigrants, hResident, hLabor, hResidentLabor, hElders, hSick } = s;
  const labor = t.labor;
  for (let h = from; h < to; h++) {
    if (!hActive[h]) continue;
    let size = 0, home = 0, away = 0, settled = 0, lab = 0, tiedLab = 0, elders = 0, sick = 0;
    for (let p = h * SLOTS, e = p + SLOTS; p < e; p++) {
      if (!pAlive[p]) continue;
      size++;
      const age = pAge[p], health = pHealth[p], where = pAway[p];
      if (where === SETTLED) { away++; settled++; continue; }
      if (health !== HEALTHY) sick++;
      if (age >= 60) elders++;
      if (where === TIED) { away++; tiedLab += labor[age * 3 + health]; }
      else { home++; lab += labor[age * 3 + health]; }
    }
    hSize[h] = size; hHome[h] = home; hMigrants[h] = away; hResident[h] = size - settled; hLabor[h] = lab; hResidentLabor[h] = lab + tiedLab; hElders[h] = elders; hSick[h] = sick;
  }
}
