/**
 * Budgets before work: the memory and time a run, a sweep or a calibration will need,
 * estimated from households x years x replicates (x points, x particles) before anything is
 * simulated, and checked against the machine. Work beyond it is refused with the estimate
 * (BudgetError, exit 2) unless the user passes --force: an 18-minute silent load or a V8
 * out-of-memory crash after an hour helps nobody.
 *
 * Every figure the estimates use is measured, never guessed: `npm run bench:budget`
 * (bench/budget.ts) measures the peak memory of whole ipasim processes and the engine's speed,
 * and rewrites budget-measured.ts; test/run/budget-measured.test.ts checks the estimates
 * against the peaks of real runs, sweeps and calibrations it measures itself (within a factor
 * of 2). Time is counted on the cores there are: workers beyond them share the cores and
 * make nothing faster.
 */
import { availableParallelism, freemem } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { UserError } from '../user-error.js';
import { MEASURED } from './budget-measured.js';

/** Points a design may have: loading and validating costs about 0.2 ms a point, so 200,000 take under a minute. */
export const MAX_SWEEP_POINTS = 200_000;
/** Longer than this is refused without --force: a mistake (a stray zero) more often than a plan. */
export const MAX_SECONDS = 24 * 3600;

/** Households a scenario starts with, over every village. */
export const householdsOf = (sc: { villages: readonly { count: number; households: number }[] }): number => sc.villages.reduce((n, g) => n + g.count * g.households, 0);

export interface Estimate {
  /** Peak resident bytes. */
  bytes: number;
  /** Of which in the JavaScript heap of the main thread (bounded by V8's heap limit, not only by free memory). */
  heapBytes: number;
  /** Wall-clock seconds (for a calibration: at most, if every generation allowed is needed). */
  seconds: number;
}

export interface Machine {
  freeBytes: number;
  heapLimitBytes: number;
}

export const thisMachine = (): Machine => ({ freeBytes: freemem(), heapLimitBytes: getHeapStatistics().heap_size_limit });

/** Seconds of one run of `households` over `years` on one core; with mode effects, the run and its four counterfactuals. */
const runSeconds = (households: number, years: number, modeEffects: boolean): number =>
  (modeEffects ? MEASURED.effectsCost : 1) * (MEASURED.secondsPerRun + (households * years) / MEASURED.householdYearsPerSecond);

/** Resident bytes of the engine simulating one run of `households`. */
const engineBytes = (households: number, modeEffects: boolean): number => households * (modeEffects ? MEASURED.bytesPerHouseholdWithEffects : MEASURED.bytesPerHousehold);

/** Resident bytes of `workers` worker threads, each simulating `households`. */
const workerBytes = (households: number, workers: number, modeEffects: boolean): number => workers * (MEASURED.workerBytes + engineBytes(households, modeEffects));

/** Threads that actually run at once: the workers, but never more than the cores, nor than the tasks. */
const parallel = (workers: number, cores: number, tasks: number): number => Math.max(1, Math.min(workers, cores, tasks));

/**
 * `ipasim run`: `replicates` replicates (each the run and, with mode effects, its four
 * counterfactuals), their yearly rows kept for aggregation, on `workers` threads (1: in this
 * thread). A replicate is never split between workers, so the time is whole rounds of as many
 * replicates as run at once: 10 replicates on 4 workers and 4 cores take 3 rounds.
 */
export function runEstimate(o: { households: number; years: number; replicates: number; workers?: number; cores?: number; panel: boolean; charts?: boolean; modeEffects?: boolean }): Estimate {
  const effects = o.modeEffects ?? true;
  const workers = Math.max(1, Math.min(o.workers ?? 1, o.replicates));
  const heapBytes = o.replicates * o.years * MEASURED.bytesPerReplicateYear + (o.panel ? o.households * o.years * MEASURED.panelBytesPerHouseholdYear : 0);
  // One worker simulates in this thread: no isolate of its own.
  const engine = workers > 1 ? workerBytes(o.households, workers, effects) : engineBytes(o.households, effects);
  const rounds = Math.ceil(o.replicates / parallel(workers, o.cores ?? availableParallelism(), o.replicates));
  return { bytes: MEASURED.baseBytes + (o.charts ? MEASURED.chartsBytes : 0) + engine + heapBytes, heapBytes, seconds: rounds * runSeconds(o.households, o.years, effects) };
}

/**
 * Work below which `ipasim run` keeps its replicates in this thread when --workers is not
 * given: a worker warms the engine up on its first replicate (about half a second), which is
 * what a few seconds of work would save (P village's 10 replicates: 2.3 s in one thread,
 * 2.8 s on two workers; the county's: 61 s and 33 s).
 */
export const SECONDS_WORTH_THREADS = 5;

/** Workers for `ipasim run` without --workers: every core (at most one per replicate), unless the work is too small to pay for them. */
export function defaultRunWorkers(o: { households: number; years: number; replicates: number; modeEffects?: boolean }, cores: number): number {
  const oneThread = runEstimate({ ...o, workers: 1, cores, panel: false }).seconds;
  return oneThread < SECONDS_WORTH_THREADS ? 1 : Math.max(1, Math.min(cores, o.replicates));
}

/** A sweep (or shard): `points` x `replicates` runs on `workers` threads, `linesPerRun` runs.csv lines each, kept until the final tables. */
export function sweepEstimate(o: { households: number; years: number; replicates: number; points: number; workers: number; cores?: number; linesPerRun: number; modeEffects?: boolean; charts?: boolean }): Estimate {
  const effects = o.modeEffects ?? false;
  const workers = Math.max(1, Math.min(o.workers, o.points));
  const heapBytes = o.points * o.replicates * o.linesPerRun * MEASURED.sweepBytesPerLine;
  return {
    // Sweeps run on worker threads, even one: the measured base has one (of a 40-household village).
    bytes: MEASURED.sweepBaseBytes + (o.charts ? MEASURED.sweepChartsBytes : 0) + (workers - 1) * MEASURED.workerBytes + workers * engineBytes(o.households, effects) + heapBytes,
    heapBytes,
    seconds: (o.points * o.replicates * runSeconds(o.households, o.years, effects)) / parallel(workers, o.cores ?? availableParallelism(), o.points),
  };
}

/**
 * A calibration: `particles` candidates per generation, each run with `seeds` seeds, for at
 * most `generations` generations after the prior sample (the method may stop sooner: the time
 * is an upper bound), on `workers` threads; the main thread also runs one probe run and keeps
 * each particle's parameters and each candidate's lines of target values.
 */
export function calibrateEstimate(o: { households: number; years: number; seeds: number; particles: number; generations: number; parameters: number; targets: number; workers: number; cores?: number; modeEffects: boolean }): Estimate {
  const workers = Math.max(1, Math.min(o.workers, o.particles));
  const heapBytes = o.particles * (o.parameters + o.seeds * (3 + o.targets)) * MEASURED.calibrateBytesPerValue;
  const probe = engineBytes(o.households, o.modeEffects) + o.years * MEASURED.bytesPerReplicateYear;
  const runs = (o.generations + 1) * o.particles * o.seeds;
  return {
    // The measured base has one worker and the fit chart.
    bytes: MEASURED.calibrateBaseBytes + probe + (workers - 1) * MEASURED.workerBytes + workers * engineBytes(o.households, o.modeEffects) + heapBytes,
    heapBytes,
    seconds: (runs * runSeconds(o.households, o.years, o.modeEffects)) / parallel(workers, o.cores ?? availableParallelism(), o.particles),
  };
}

/** Work beyond the machine (or beyond MAX_SECONDS), refused before it starts: exit 2, with the estimate. */
export class BudgetError extends UserError {
  override name = 'BudgetError';
}

export const gb = (b: number): string => (b >= 10 * 2 ** 30 ? `${Math.round(b / 2 ** 30)} GB` : b >= 2 ** 30 ? `${(b / 2 ** 30).toFixed(1)} GB` : `${Math.max(1, Math.round(b / 2 ** 20))} MB`);
export const duration = (s: number): string => (s >= 2 * 86400 ? `${Math.round(s / 86400)} days` : s >= 2 * 3600 ? `${Math.round(s / 3600)} hours` : s >= 120 ? `${Math.round(s / 60)} minutes` : `${Math.max(1, Math.round(s))} s`);

/** The estimate in words: "about 1.2 GB and 3 minutes". */
export const describeEstimate = (e: Estimate): string => `about ${gb(e.bytes)} and ${duration(e.seconds)}`;

/**
 * Throws BudgetError when `e` needs more memory than the machine has free, more heap than
 * V8 allows, or longer than MAX_SECONDS; `advice` says how to make the work smaller.
 */
export function checkBudget(e: Estimate, advice: string, machine: Machine = thisMachine()): void {
  const over: string[] = [];
  if (e.bytes > machine.freeBytes) over.push(`about ${gb(e.bytes)} needed, ${gb(machine.freeBytes)} free`);
  else if (e.heapBytes > machine.heapLimitBytes * 0.8) over.push(`about ${gb(e.heapBytes)} of JavaScript heap needed, Node allows ${gb(machine.heapLimitBytes)} (node --max-old-space-size raises it)`);
  if (e.seconds > MAX_SECONDS) over.push(`about ${duration(e.seconds)} of computing, more than the ${duration(MAX_SECONDS)} allowed without --force`);
  if (over.length > 0) throw new BudgetError(`this work is too big for this machine: ${over.join('; ')}.\n${advice}, or add --force to start it anyway.`);
}
