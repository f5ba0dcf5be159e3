/** Hand-made engine results for tests of everything downstream of the engine. */
import { GROUPS, MODE_KEYS, type ModeKey, type ModeSummary, type RunResult, type RunSummary, type YearlyRow } from '../../src/engine/output.js';

export function fakeModeSummary(mode: ModeKey, over: Partial<ModeSummary> = {}): ModeSummary {
  const i = MODE_KEYS.indexOf(mode);
  return {
    mode,
    households: 40 + 10 * i,
    incomeBefore: 12345.6 + 100 * i,
    incomeAfter: 11000.25 + 50 * i,
    incomeDropPct: 10.9 - i,
    incomeShockPct: 14.9 - i,
    yearsAboveLineShare: 0.9 - 0.01 * i,
    povertyRateEnd: 0.05 + 0.01 * i,
    returnToPovertyRate: 0.02 * (i + 1),
    R: 0.5 + 0.01 * i,
    K: 0.4 + 0.01 * i,
    V: 0.3 + 0.01 * i,
    hematopoiesisShare: 0.6 + 0.02 * i,
    fiscalCostPerHousehold: 23456.78 + i,
    selfMadeBefore: 6000.5 + 10 * i,
    selfMadeAfter: 6100.25 + 10 * i,
    povertyRateBeforeSupportEnd: 0.06 + 0.01 * i,
    povertyRateSelfMadeEnd: 0.2 + 0.01 * i,
    underThresholdEnd: 0.3 + 0.01 * i,
    householdYearsAboveLine: 300 + 10 * i,
    incomeEffectBefore: mode === 'all' ? NaN : 500 - 10 * i,
    incomeEffectAfter: mode === 'all' ? NaN : 300 - 10 * i,
    selfMadeEffectAfter: mode === 'all' ? NaN : 100 + 10 * i,
    povertyEffectAfter: mode === 'all' ? NaN : -0.01 * i,
    ...over,
  };
}

export function fakeSummary(over: Partial<RunSummary> = {}): RunSummary {
  return {
    scenario: 'fake-village',
    seed: 1,
    years: { start: 2020, end: 2024, survey: 2021 },
    withdrawal: { rule: 'instruments', withdrawn: [{ instrument: 'dividend', end: 2021, path: 'abrupt', years: 5, to: 0, settled: 2022 }, { instrument: 'welfarePosts', end: 2021, path: 'taper', years: 2, to: 0, settled: 2023 }], start: 2022, complete: 2023, before: [2020, 2021], after: [2024, 2024], trough: [2022, 2024] },
    modes: MODE_KEYS.map((m) => fakeModeSummary(m)),
    ranking: [],
    fiscal: { byInstrument: { dividends: 1000, grants: 500.5 }, total: 1500.5, perRegisteredNotPoor: 25.25, totalFromWithdrawal: 700.25 },
    population: { personsStart: 400, personsEnd: 390, births: 10, deaths: 15, emigrants: 5, householdsStart: 100, householdsEnd: 99, householdsFormed: 1, householdsDissolved: 2 },
    ...over,
  };
}

/** Tidy rows for every year, mode and group of two metrics; `value` gives each figure. */
export function fakeYearly(start: number, end: number, value: (year: number, index: number) => number): YearlyRow[] {
  const rows: YearlyRow[] = [];
  for (let year = start; year <= end; year++)
    for (const mode of MODE_KEYS)
      for (const group of GROUPS) for (const metric of ['incomeMean', 'povertyRate']) rows.push({ year, mode, group, metric, value: value(year, rows.length) });
  return rows;
}

export interface FakeRunOptions {
  seed?: number;
  start?: number;
  end?: number;
  panel?: boolean;
}

/** A run whose figures depend on the seed, so replicates differ. */
export function fakeRunResult({ seed = 1, start = 2020, end = 2024, panel = false }: FakeRunOptions = {}): RunResult {
  return {
    summary: fakeSummary({ seed, years: { start, end, survey: start + 1 }, modes: MODE_KEYS.map((m) => fakeModeSummary(m, { incomeAfter: 11000 + seed })) }),
    yearly: fakeYearly(start, end, (year, i) => 1000 + year - start + i / 10 + seed),
    survey: [
      { table: 'T2', item: 'head-age', category: '40-60', unit: 'percent', model: 41.2 + seed, target: 43.8 },
      { table: 'T3', item: 'awareness, financial', category: 'age', unit: 'correlation', model: -0.12, target: -0.2 },
    ],
    ...(panel ? { panel: { header: ['year', 'household', 'modes', 'income'], rows: [[start, 1, 'shareholding+employment', 9876.54321]] } } : {}),
  };
}
