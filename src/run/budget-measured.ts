/**
 * What the budgets (budget.ts) are computed from: figures measured by `npm run bench:budget`
 * (bench/budget.ts), which rewrites this file. Do not edit by hand; rerun the benchmark after
 * a change to the engine, its collected metrics, the results files or the worker pool.
 *
 * Placeholder until the benchmark runs.
 */
export const MEASURED = {
  baseBytes: 190e6,
  chartsBytes: 110e6,
  bytesPerReplicateYear: 250e3,
  bytesPerHousehold: 1000,
  bytesPerHouseholdWithEffects: 5000,
  workerBytes: 60e6,
  panelBytesPerHouseholdYear: 1500,
  sweepBytesPerLine: 200,
  calibrateBytesPerValue: 100,
  householdYearsPerSecond: 300000,
  effectsCost: 5,
  secondsPerRun: 0.02,
} as const;
