/**
 * The simulation state as a struct of arrays, allocated once and grown only when households
 * are formed beyond capacity. Persons live in fixed slots: household h owns person slots
 * h*SLOTS .. h*SLOTS+SLOTS-1, so a household's members are contiguous and no per-person
 * index needs updating when others are born or die.
 */
import { N_MEASURES, N_SOURCES } from './sources.js';

export const SLOTS = 8;

export const HEALTHY = 0, CHRONIC = 1, DISABLED = 2;
export const PRIMARY = 0, JUNIOR = 1, HIGH = 2;
/** First causes of poverty on the card (001 T2), in schema order; stored as index + 1 (0 = none). */
export const CAUSE_ORDER = ['funds', 'technology', 'labor', 'illness', 'disability', 'study'] as const;

type Ctor = Uint8ArrayConstructor | Uint16ArrayConstructor | Int32ArrayConstructor | Float32ArrayConstructor | Float64ArrayConstructor;

/** Person fields: [constructor, values per person]. */
const PERSON = {
  pAlive: [Uint8Array, 1], pAge: [Uint8Array, 1], pSex: [Uint8Array, 1],
  pHealth: [Uint8Array, 1], pEdu: [Uint8Array, 1], pAway: [Uint8Array, 1],
} as const satisfies Record<string, [Ctor, number]>;

/** Household fields: [constructor, values per household]. */
const HOUSEHOLD = {
  hActive: [Uint8Array, 1], hVillage: [Uint16Array, 1], hId: [Int32Array, 1],
  hRegistered: [Uint8Array, 1], hCardActive: [Uint8Array, 1], hCause: [Uint8Array, 1],
  hConnected: [Uint8Array, 1], hModes: [Uint8Array, 1], hHead: [Uint8Array, 1],
  hLargeFarmer: [Uint8Array, 1], hRemits: [Uint8Array, 1], hBusiness: [Uint8Array, 1], hGranted: [Uint8Array, 1],
  hNominal: [Uint8Array, 1], hReal: [Uint8Array, 1],
  hPoor: [Uint8Array, 1], hPoorPrev: [Uint8Array, 1], hEverPoor: [Uint8Array, 1], hAtRisk: [Uint8Array, 1],
  hReturned: [Uint8Array, 1], hFellBack: [Uint8Array, 1], hOutBeforeWithdrawal: [Uint8Array, 1], hReturnBase: [Uint8Array, 1], hYearsAbove: [Uint8Array, 1],
  hEntJobs: [Uint8Array, 1], hWorkshopPosts: [Uint8Array, 1], hWelfarePosts: [Uint8Array, 1],
  hCoop: [Uint8Array, 1], hTrained: [Uint8Array, 1],
  hSize: [Uint8Array, 1], hHome: [Uint8Array, 1], hMigrants: [Uint8Array, 1], hElders: [Uint8Array, 1], hSick: [Uint8Array, 1],
  hLabor: [Float32Array, 1], hCoopLabor: [Float32Array, 1], hLand: [Float32Array, 1], hHerd: [Float32Array, 1],
  hR: [Float32Array, 1], hK: [Float32Array, 1], hV: [Float32Array, 1],
  hSavings: [Float64Array, 1], hDebt: [Float64Array, 1], hMedical: [Float64Array, 1],
  hIncome: [Float64Array, N_SOURCES], hPerCapita: [Float64Array, 1], hIncomeStart: [Float64Array, 1],
  hHistory: [Float32Array, 5], hAware: [Float32Array, N_MEASURES], hAwareOffset: [Float32Array, N_MEASURES], hReached: [Uint8Array, 1], hBenefit: [Float64Array, 1],
  hFiscal: [Float64Array, 1],
} as const satisfies Record<string, [Ctor, number]>;

type Arrays<T extends Record<string, readonly [Ctor, number]>> = { [K in keyof T]: InstanceType<T[K][0]> };

export type State = Arrays<typeof PERSON> &
  Arrays<typeof HOUSEHOLD> & {
    /** Allocated household capacity; households 0..count-1 exist (active or dissolved). */
    capacity: number;
    count: number;
    nextId: number;
  };

function allocate(spec: Record<string, readonly [Ctor, number]>, n: number, into: Record<string, unknown>, from?: Record<string, unknown>) {
  for (const [name, [ctor, width]] of Object.entries(spec)) {
    const arr = new ctor(n * width);
    const old = from?.[name] as ArrayLike<number> & { length: number } | undefined;
    if (old) (arr as Float64Array).set(old as Float64Array);
    into[name] = arr;
  }
}

export function createState(capacity: number): State {
  const s = { capacity, count: 0, nextId: 0 } as Record<string, unknown>;
  allocate(PERSON, capacity * SLOTS, s);
  allocate(HOUSEHOLD, capacity, s);
  return s as State;
}

/** Grows capacity (doubling) so that `needed` households fit; copies every field. */
export function ensureCapacity(s: State, needed: number): void {
  if (needed <= s.capacity) return;
  const cap = Math.max(needed, s.capacity * 2);
  const old = { ...s } as Record<string, unknown>;
  allocate(PERSON, cap * SLOTS, s as unknown as Record<string, unknown>, old);
  allocate(HOUSEHOLD, cap, s as unknown as Record<string, unknown>, old);
  s.capacity = cap;
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
