/** Shared helpers for the engine tests: small scenarios, state snapshots and row look-ups. */
import type { ModeKey, Group, YearlyRow } from '../../src/engine/output.js';
import { SLOTS, type State } from '../../src/engine/state.js';
import { Scenario, type InstrumentName, type ScenarioInput } from '../../src/scenario/schema.js';

/** Objects become optional all the way down; arrays are replaced whole, never merged. */
export type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;
export type Overrides = DeepPartial<ScenarioInput>;

const isPlainObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Deep merge of plain objects; arrays and scalars in `over` replace those in `base`. Neither input is changed. */
export function deepMerge<T>(base: T, over: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(over)) return (over === undefined ? base : over) as T;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) if (v !== undefined) out[k] = k in base ? deepMerge(base[k], v) : v;
  return out as T;
}

/** A small P-village run: 60 households, 2016-2025, survey in 2021. */
export const SMALL_BASE: Overrides = {
  name: 'engine-test',
  time: { start: 2016, end: 2025, surveyYear: 2021 },
  villages: [{ name: 'P', households: 60 }],
};

/** `Scenario.parse` of the small base with `over` deep-merged into it (arrays replace). */
export function smallScenario(over: Overrides = {}): Scenario {
  return Scenario.parse(deepMerge(SMALL_BASE, over));
}

/** Every instrument name, from the schema's defaults (so new instruments are picked up). */
export const INSTRUMENTS = Object.keys(Scenario.parse({}).policy.instruments) as InstrumentName[];

/** Overrides that keep every instrument off for the whole horizon (start and end far after it). */
export function noSupport(): Overrides {
  const instruments: Record<string, { start: number; end: number; path: 'abrupt' }> = {};
  for (const name of INSTRUMENTS) instruments[name] = { start: 2099, end: 2099, path: 'abrupt' };
  return { policy: { instruments } } as unknown as Overrides;
}

/** The value of one tidy row (throws if it is missing, so a renamed metric fails loudly). */
export function rowValue(rows: readonly YearlyRow[], year: number, mode: ModeKey, group: Group, metric: string): number {
  const r = rows.find((x) => x.year === year && x.mode === mode && x.group === group && x.metric === metric);
  if (!r) throw new Error(`no row ${year}/${mode}/${group}/${metric}`);
  return r.value;
}

/** Rows of one metric for one cell, by year. */
export function series(rows: readonly YearlyRow[], mode: ModeKey, group: Group, metric: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of rows) if (r.mode === mode && r.group === group && r.metric === metric) out.set(r.year, r.value);
  return out;
}

/** Copies of the person arrays of the households in use (the live state must not be kept). */
export interface PersonSnapshot {
  count: number;
  pAlive: Uint8Array;
  pAge: Uint8Array;
  pSex: Uint8Array;
  pHealth: Uint8Array;
  pAway: Uint8Array;
}

export function snapshotPersons(s: State): PersonSnapshot {
  const n = s.count * SLOTS;
  return {
    count: s.count,
    pAlive: s.pAlive.slice(0, n),
    pAge: s.pAge.slice(0, n),
    pSex: s.pSex.slice(0, n),
    pHealth: s.pHealth.slice(0, n),
    pAway: s.pAway.slice(0, n),
  };
}

/** Indices of active households. */
export function activeHouseholds(s: State): number[] {
  const out: number[] = [];
  for (let h = 0; h < s.count; h++) if (s.hActive[h]) out.push(h);
  return out;
}

/** |a - b| within `rel` of max(1, |a|, |b|). */
export function closeRel(a: number, b: number, rel = 1e-6): boolean {
  return Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));
}
