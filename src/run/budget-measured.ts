/**
 * What the budgets (budget.ts) are computed from: figures measured by `npm run bench:budget`
 * (bench/budget.ts), which rewrites this file. Do not edit by hand; rerun the benchmark after
 * a change to the engine, its collected metrics, the results files or the worker pool.
 *
 * Measured with v20.20.2 on AMD EPYC, 2026-12-07, load average 19.99.
 */
export const MEASURED = {
  /** Peak resident bytes of `ipasim run` with nothing to speak of: one replicate of a 40-household village, one thread, no charts (Node, the modules, the results files). */
  baseBytes: 144000000,
  /** What drawing the charts and report.html adds to a run. */
  chartsBytes: 138000000,
  /** What each replicate adds, per simulated year, while `ipasim run` keeps its yearly rows for aggregation (60 replicates against 1). */
  bytesPerReplicateYear: 286000,
  /** Resident bytes per household of one run of the engine without mode effects (20,000 households against 40). */
  bytesPerHousehold: 1480,
  /** The same for an `ipasim run` replicate: the run and its four mode counterfactuals. */
  bytesPerHouseholdWithEffects: 3840,
  /** What one more worker thread adds: its isolate, modules and heap after 24 runs (a 48-point sweep on 4 workers against 1). */
  workerBytes: 80000000,
  /** What `--panel` adds per household-year (2,000 households). */
  panelBytesPerHouseholdYear: 1990,
  /** Peak resident bytes of a small `ipasim sweep`: 48 points of a 40-household village (96 runs) on one worker, no charts. */
  sweepBaseBytes: 217000000,
  /** What drawing a finished sweep's charts and report.html adds. */
  sweepChartsBytes: 22400000,
  /** What a sweep keeps per runs.csv line until its final tables (the line, runs.csv and runs.arrow; 400 points against 48). */
  sweepBytesPerLine: 347,
  /** Peak resident bytes of `ipasim calibrate` with nothing to speak of: 8 particles of a 20-household village on one worker, its fit chart included. */
  calibrateBaseBytes: 196000000,
  /** What a calibration holds per particle and number of it: its parameters, and per seed the candidate line (3 fields and the targets' values; 3,000 particles against 8). */
  calibrateBytesPerValue: 2400,
  /** Engine speed on one core (CPU time), a run without mode effects (20,000 households). */
  householdYearsPerSecond: 220000,
  /** How many such runs one run with mode effects costs (the run and its four counterfactuals). */
  effectsCost: 3.31,
  /** Fixed cost of one run, CPU seconds: building, collecting and summarising (a 40-household village). */
  secondsPerRun: 0.0376,
} as const;
