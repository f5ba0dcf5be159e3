/**
 * The simulation state as a struct of arrays, allocated once and grown only when households
 * are formed beyond capacity. Persons live in fixed slots: household h owns person slots
 * h*SLOTS .. h*SLOTS+SLOTS-1, so a household's members are contiguous and no per-person
 * index needs updating when others are born or die.
 */
import { N_MEASURES, N_SOURCES } from './sources.js';

export const SLOTS = 8;

export const HEALTHY = 0, CHRONIC = 1, DISABLED = 2;
/**
 * Where a person lives (pAway), by the NBS household survey's rule of residence: at home; a
 * tied migrant (away more than half the year, but its income is mainly brought home and its
 * economy tied to the household: a resident, whose earnings are the household's wages); settled
 * away (stable work and a home away: not a resident; what it sends home is a transfer).
 */
export const AT_HOME = 0, TIED = 1, SETTLED = 2;
/** First causes of poverty on the card (001 T2), in schema order; stored as index + 1 (0 = none). */
export const CAUSE_ORDER = ['funds', 'technology', 'labor', 'illness', 'disability', 'study'] as const;
/**
 * The registration cohort (hCohort): registered when registration first ran (the 2014-15
 * registration the start year's village is built with, population.ts), or one of the others
 * then. Fixed at the build: the yearly review (review.ts) gives cards later and changes
 * hRegistered, never the cohort. A household founded later (demography.ts) belongs to neither
 * (NO_COHORT): it had no income of the start year to grow from, and taking it into its
 * parent's cohort would make the cohort a changing group again.
 */
export const NO_COHORT = 0, COHORT_REGISTERED = 1, COHORT_OTHERS = 2;

/**
 * Allocates (or grows) every array. One object literal lists every field, so V8 gives the
 * state a fixed, fast shape and property reads in the hot loops stay cheap (an object filled
 * by computed keys would fall back to a slow dictionary).
 */
function build(capacity: number, count: number, nextId: number, old?: Record<string, unknown>, withheld = 0) {
  const n = capacity, p = capacity * SLOTS;
  const a = <T extends Uint8Array | Uint16Array | Int32Array | Float32Array | Float64Array>(make: new (length: number) => T, length: number, prev?: unknown): T => {
    const arr = new make(length);
    if (prev) arr.set(prev as never);
    return arr;
  };
  return {
    capacity, count, nextId,
    /** Mode bits withheld in this run (a counterfactual for a mode's effect): hAccess = hModes & ~withheld. */
    withheld,
    // Persons: SLOTS per household.
    pAlive: a(Uint8Array, p, old?.pAlive),
    pAge: a(Uint8Array, p, old?.pAge),
    pSex: a(Uint8Array, p, old?.pSex),
    pHealth: a(Uint8Array, p, old?.pHealth),
    pEdu: a(Uint8Array, p, old?.pEdu),
    /** AT_HOME, TIED or SETTLED. */
    pAway: a(Uint8Array, p, old?.pAway),
    /** Years worked away as a migrant (experience away: the migrant's own skill, and how long it has been away, for settling). */
    pYearsAway: a(Uint8Array, p, old?.pYearsAway),
    /** This year a chance to leave for work in the cities arrived (demography); labor.ts decides whether it is taken. */
    pOpportunity: a(Uint8Array, p, old?.pOpportunity),
    /** The activity a person at home chose this year (labor.ts ACT_*), kept for next year's inertia. */
    pActivity: a(Uint8Array, p, old?.pActivity),
    /** Labor a person at home put into the chosen activity (full-worker equivalents). */
    pEffort: a(Float32Array, p, old?.pEffort),
    /**
     * Each person's calendar (demography.ts, waiting.ts: year - CALENDAR_BASE, NEVER for none):
     * the year of death, of disability, of the next change between healthy and chronically ill,
     * of the next chance of a birth and of leaving to form a household; pNextEvent is the
     * earliest of them, so a year without an event costs one comparison.
     */
    pNextEvent: a(Uint8Array, p, old?.pNextEvent),
    pDeath: a(Uint8Array, p, old?.pDeath),
    pDisability: a(Uint8Array, p, old?.pDisability),
    pHealthChange: a(Uint8Array, p, old?.pHealthChange),
    pBirth: a(Uint8Array, p, old?.pBirth),
    pFormation: a(Uint8Array, p, old?.pFormation),
    // Households; hIncome has N_SOURCES values per household, hAware N_MEASURES, hHistory 5.
    hActive: a(Uint8Array, n, old?.hActive),
    hVillage: a(Uint16Array, n, old?.hVillage),
    hId: a(Int32Array, n, old?.hId),
    /** This year's hash of the household (random.ts): every draw it and its members make this year derives from it. */
    hYearHash: a(Int32Array, n, old?.hYearHash),
    hRegistered: a(Uint8Array, n, old?.hRegistered),
    hCardActive: a(Uint8Array, n, old?.hCardActive),
    /** The registration cohort (NO_COHORT, COHORT_REGISTERED, COHORT_OTHERS): set at the build, never changed. */
    hCohort: a(Uint8Array, n, old?.hCohort),
    hCause: a(Uint8Array, n, old?.hCause),
    hConnected: a(Uint8Array, n, old?.hConnected),
    /** Modes the household was assigned (the groups results are reported by). */
    hModes: a(Uint8Array, n, old?.hModes),
    /** Modes the household can actually use this run: hModes less any mode withheld for a counterfactual. */
    hAccess: a(Uint8Array, n, old?.hAccess),
    hHead: a(Uint8Array, n, old?.hHead),
    hLargeFarmer: a(Uint8Array, n, old?.hLargeFarmer),
    hBusiness: a(Uint8Array, n, old?.hBusiness),
    hGranted: a(Uint8Array, n, old?.hGranted),
    hNominal: a(Uint8Array, n, old?.hNominal),
    hReal: a(Uint8Array, n, old?.hReal),
    hPoor: a(Uint8Array, n, old?.hPoor),
    hEverPoor: a(Uint8Array, n, old?.hEverPoor),
    /** Poverty on the three measures (poverty.ts MEASURE_*): poor, ever poor, returned, return base; 3 per household. */
    hPoor3: a(Uint8Array, n * 3, old?.hPoor3),
    hEverPoor3: a(Uint8Array, n * 3, old?.hEverPoor3),
    hReturned3: a(Uint8Array, n * 3, old?.hReturned3),
    hReturnBase3: a(Uint8Array, n * 3, old?.hReturnBase3),
    hAtRisk: a(Uint8Array, n, old?.hAtRisk),
    /** Received monitoring support this year (a post, a grant or inclusion in the guarantee). */
    hSupported: a(Uint8Array, n, old?.hSupported),
    /** The social floor this year (protection.ts): 0 none, 1 the minimum living guarantee, 2 extreme-poverty support. */
    hDibao: a(Uint8Array, n, old?.hDibao),
    /** The guarantee paid this year per resident member, as a share of its standard (0 when not enrolled). */
    hDibaoShare: a(Float32Array, n, old?.hDibaoShare),
    /** The campaign's last push (protection.ts PUSH_*): reached this year, lifted over the line by it, holds a post it created. */
    hLastPush: a(Uint8Array, n, old?.hLastPush),
    /**
     * The low-income population after the transition (lowIncome.ts LI_*): its categories (on the
     * floor, on the guarantee's edge, heavy necessary spending, at risk), found by the monitoring,
     * followed by the cadres, given industry support this year. Set at the start of each year
     * while policy.instruments.lowIncome runs, from last year's income; 0 otherwise.
     */
    hLowIncome: a(Uint8Array, n, old?.hLowIncome),
    hFellBack: a(Uint8Array, n, old?.hFellBack),
    hOutBeforeWithdrawal: a(Uint8Array, n, old?.hOutBeforeWithdrawal),
    hYearsAbove: a(Uint8Array, n, old?.hYearsAbove),
    hEntJobs: a(Uint8Array, n, old?.hEntJobs),
    hWorkshopPosts: a(Uint8Array, n, old?.hWorkshopPosts),
    hWelfarePosts: a(Uint8Array, n, old?.hWelfarePosts),
    hCoop: a(Uint8Array, n, old?.hCoop),
    /** Took training this year (participation.ts TRAINED_*): bit 0 trained, bit 1 reached as a followed low-income household. */
    hTrained: a(Uint8Array, n, old?.hTrained),
    hSize: a(Uint8Array, n, old?.hSize),
    /** Members at home (who choose an activity, work and consume in the village). */
    hHome: a(Uint8Array, n, old?.hHome),
    /** Members away as migrants, tied or settled ("people away" of the survey). */
    hMigrants: a(Uint8Array, n, old?.hMigrants),
    /** Resident members for per-capita income: members at home and tied migrants (members settled away are not residents, NBS rule). */
    hResident: a(Uint8Array, n, old?.hResident),
    /** Resident members aged 60 or more (the pension's recipients). */
    hElders: a(Uint8Array, n, old?.hElders),
    hSick: a(Uint8Array, n, old?.hSick),
    /** Labor capacity of members at home (full-worker equivalents): who works in the village. */
    hLabor: a(Float32Array, n, old?.hLabor),
    /** Labor capacity of resident members, at home or tied migrants working away: what the labour tests read. */
    hResidentLabor: a(Float32Array, n, old?.hResidentLabor),
    hCoopLabor: a(Float32Array, n, old?.hCoopLabor),
    /** Labor (full-worker equivalents) put into farming, the own herd, posts and casual work this year. */
    hFarmLabor: a(Float32Array, n, old?.hFarmLabor),
    hHerdLabor: a(Float32Array, n, old?.hHerdLabor),
    /** Casual labour sought this year, weighted by the casual work a worker of that age finds (casualPool.ts shares the village's days by it). */
    hCasualLabor: a(Float32Array, n, old?.hCasualLabor),
    /** Posts actually worked this year (a post nobody in the household takes is given back). */
    hPostsWorked: a(Uint8Array, n, old?.hPostsWorked),
    hLand: a(Float32Array, n, old?.hLand),
    hHerd: a(Float32Array, n, old?.hHerd),
    hR: a(Float32Array, n, old?.hR),
    hK: a(Float32Array, n, old?.hK),
    hV: a(Float32Array, n, old?.hV),
    hSavings: a(Float64Array, n, old?.hSavings),
    hDebt: a(Float64Array, n, old?.hDebt),
    hMedical: a(Float64Array, n, old?.hMedical),
    hIncome: a(Float64Array, n * N_SOURCES, old?.hIncome),
    hPerCapita: a(Float64Array, n, old?.hPerCapita),
    hHistory: a(Float32Array, n * 5, old?.hHistory),
    /** Last year's per-capita income before discretionary support (the monitoring's income-fall test). */
    hBeforeSupport: a(Float32Array, n, old?.hBeforeSupport),
    hAware: a(Float32Array, n * N_MEASURES, old?.hAware),
    hAwareOffset: a(Float32Array, n * N_MEASURES, old?.hAwareOffset),
    hReached: a(Uint8Array, n, old?.hReached),
    hFiscal: a(Float64Array, n, old?.hFiscal),
  };
}

export type State = ReturnType<typeof build>;

export function createState(capacity: number): State {
  return build(capacity, 0, 0);
}

/** Grows capacity (doubling) so that `needed` households fit; copies every field and keeps the shape. */
export function ensureCapacity(s: State, needed: number): void {
  if (needed <= s.capacity) return;
  Object.assign(s, build(Math.max(needed, s.capacity * 2), s.count, s.nextId, s as unknown as Record<string, unknown>, s.withheld));
}

/** An independent copy of the state (every array copied, same capacity and shape). */
export function copyState(s: State): State {
  return build(s.capacity, s.count, s.nextId, s as unknown as Record<string, unknown>, s.withheld);
}

/** Bytes held by the state arrays (for the memory benchmark). */
export function stateBytes(s: State): number {
  let b = 0;
  for (const v of Object.values(s)) if (ArrayBuffer.isView(v)) b += v.byteLength;
  return b;
}

/** Labor capacity of a person in [0, 1] from age and health (0 for children). */
export function laborCapacity(age: number, health: number, workingAgeMax: number): number {
  let c = age < 16 ? 0 : age <= workingAgeMax - 5 ? 1 : age <= workingAgeMax ? 0.8 : age < 70 ? 0.6 : age < 75 ? 0.4 : age < 80 ? 0.2 : 0.05;
  if (health === CHRONIC) c *= 0.5;
  else if (health === DISABLED) c *= 0.1;
  return c;
}
