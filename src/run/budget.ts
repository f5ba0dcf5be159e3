/**
 * Budgets before work: the memory and time a run or a sweep will need, estimated from
 * households x years x replicates x points before anything is simulated, and checked against
 * the machine. Work beyond it is refused with the estimate (BudgetError, exit 2) unless the
 * user passes --force: an 18-minute silent load or a V8 out-of-memory crash after an hour
 * helps nobody.
 *
 * The constants are measured, not derived, and the engine may change under them: re-measure
 * with `npm run bench:budget` (bench/budget.ts prints each figure next to the value here) after
 * a change to the engine's state or its collected metrics. Measured on Node 20.20, 2 cores
 * shared with other work, November 2026:
 */
import { freemem } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { UserError } from '../user-error.js';

/** Resident bytes per household while the engine runs (450 B of state arrays; RSS grows 804 B per household from 20,000 to 60,000; rounded up). */
export const ENGINE_BYTES_PER_HOUSEHOLD = 1000;
/** Engine speed, household-years per second on one core (336,000 measured at 60,000 households, 27 November 2026, after issue 13's stop-15 work; 276,000 before it; rounded down). */
export const HOUSEHOLD_YEARS_PER_SECOND = 300_000;
/** Fixed cost of one run, seconds: collecting and summarising (a 40-household run takes 16 ms; rounded up). */
export const SECONDS_PER_RUN = 0.02;
/** Yearly rows one run collects per simulated year (1,870: 37,400 over 20 years), all kept until the replicates are aggregated. */
export const YEARLY_ROWS_PER_YEAR = 2000;
/** Heap bytes per kept yearly row: 110 measured for the row objects, doubled for aggregation and the CSV text. */
export const BYTES_PER_YEARLY_ROW = 250;
/** Heap bytes per household-year of panel.csv (about 60 columns per row, as arrays and then text). */
export const BYTES_PER_PANEL_ROW = 1500;
/** Heap bytes per runs.csv line a sweep keeps until its final tables (the line, its copy in runs.csv and runs.arrow). */
export const BYTES_PER_RUNS_LINE = 200;
/** Node, the modules and the charts before any household exists. */
export const BASE_BYTES = 200 * 2 ** 20;
/** A worker thread's own base (its isolate and modules). */
export const WORKER_BASE_BYTES = 60 * 2 ** 20;

/** Points a design may have: loading and validating costs about 0.2 ms a point, so 200,000 take under a minute. */
export const MAX_SWEEP_POINTS = 200_000;
/** Longer than this is refused without --force: a mistake (a stray zero) more often than a plan. */
export const MAX_SECONDS = 24 * 3600;

/** Households a scenario starts with, over every village. */
export const householdsOf = (sc: { villages: readonly { count: number; households: number }[] }): number => sc.villages.reduce((n, g) => n + g.count * g.households, 0);

export interface Estimate {
  /** Total resident bytes. */
  bytes: number;
  /** Of which in the JavaScript heap (bounded by V8's heap limit, not only by free memory). */
  heapBytes: number;
  /** Wall-clock seconds. */
  seconds: number;
}

export interface Machine {
  freeBytes: number;
  heapLimitBytes: number;
}

export const thisMachine = (): Machine => ({ freeBytes: freemem(), heapLimitBytes: getHeapStatistics().heap_size_limit });

/** Resident bytes of `workers` worker threads simulating `households` each, their isolates included. */
const workerBytes = (households: number, workers: number): number => workers * (WORKER_BASE_BYTES + households * ENGINE_BYTES_PER_HOUSEHOLD);

/** Seconds of one run of `households` over `years` on one core. */
const runSeconds = (households: number, years: number): number => SECONDS_PER_RUN + (households * years) / HOUSEHOLD_YEARS_PER_SECOND;

/**
 * A run: `replicates` of `runsPerReplicate` runs each (an `ipasim run` replicate is the run
 * and each mode's counterfactual), each run's yearly rows kept for aggregation, on `workers`
 * threads (1: in this thread). A replicate is never split between workers, so the time is
 * whole rounds of `workers` replicates: 10 replicates on 4 workers take 3 rounds.
 */
export function runEstimate(o: { households: number; years: number; replicates: number; runsPerReplicate?: number; workers?: number; panel: boolean }): Estimate {
  const runsPerReplicate = o.runsPerReplicate ?? 1;
  const workers = Math.max(1, Math.min(o.workers ?? 1, o.replicates));
  const heapBytes = o.replicates * runsPerReplicate * o.years * YEARLY_ROWS_PER_YEAR * BYTES_PER_YEARLY_ROW + (o.panel ? o.households * o.years * BYTES_PER_PANEL_ROW : 0);
  const seconds = Math.ceil(o.replicates / workers) * runsPerReplicate * runSeconds(o.households, o.years);
  // One worker simulates in this thread: no isolate of its own.
  const engine = workers > 1 ? workerBytes(o.households, workers) : o.households * ENGINE_BYTES_PER_HOUSEHOLD;
  return { bytes: BASE_BYTES + engine + heapBytes, heapBytes, seconds };
}

/**
 * Work below which `ipasim run` keeps its replicates in this thread when --workers is not
 * given: a worker warms the engine up on its first replicate (about half a second), which is
 * what a few seconds of work would save (P village's 10 replicates: 2.3 s in one thread,
 * 2.8 s on two workers; the county's: 61 s and 33 s).
 */
export const SECONDS_WORTH_THREADS = 5;

/** Workers for `ipasim run` without --workers: every core (at most one per replicate), unless the work is too small to pay for them. */
export function defaultRunWorkers(o: { households: number; years: number; replicates: number; runsPerReplicate: number }, cores: number): number {
  const oneThread = runEstimate({ ...o, workers: 1, panel: false }).seconds;
  return oneThread < SECONDS_WORTH_THREADS ? 1 : Math.max(1, Math.min(cores, o.replicates));
}

/** A sweep (or shard): `points` x `replicates` runs on `workers` threads, `linesPerRun` runs.csv lines each. */
export function sweepEstimate(o: { households: number; years: number; replicates: number; points: number; workers: number; linesPerRun: number }): Estimate {
  const workers = Math.max(1, Math.min(o.workers, o.points));
  const heapBytes = o.points * o.replicates * o.linesPerRun * BYTES_PER_RUNS_LINE;
  return {
    // Sweeps run on worker threads, even one.
    bytes: BASE_BYTES + workerBytes(o.households, workers) + heapBytes,
    heapBytes,
    seconds: (o.points * o.replicates * runSeconds(o.households, o.years)) / workers,
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
