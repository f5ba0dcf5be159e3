/**
 * The replicates of `ipasim run`, simulated in this thread (one worker) or on a pool of
 * worker threads (pool/run-pool.ts, the entry run-worker.ts), their results in replicate
 * order either way. A replicate is a deterministic function of its scenario and seed, so the
 * results files do not depend on the number of workers (test/cli/run.test.ts compares them
 * byte for byte).
 */
import type { RunResult } from '../engine/output.js';
import { FULL_WITH_EFFECTS } from '../engine/collection.js';
import { simulate } from '../engine/simulate.js';
import { checkpoint, throwIfInterrupted } from '../interrupt.js';
import { runPool } from '../pool/run-pool.js';
import { workerUrl } from '../pool/worker-url.js';
import type { Scenario } from '../scenario/schema.js';
import { packYearly, unpackYearly, type PackedYearly } from './packed-yearly.js';
import type { Replicate } from './run-scenario.js';

/** A replicate as a worker receives it; with --posterior, its own scenario (a posterior draw), else the run's (the worker's workerData). */
export interface ReplicateTask extends Replicate {
  scenario?: Scenario;
}

/**
 * One replicate as `ipasim run` keeps it: the run with each mode's counterfactuals
 * (engine/modeEffects.ts), as plain data (the engine makes the yearly rows when they are
 * first read: here, not behind a getter).
 */
export function runReplicate(scenario: Scenario, task: ReplicateTask, onYear?: () => void): RunResult {
  const r = simulate(task.scenario ?? scenario, { seed: task.seed, panel: task.panel, onYear, collect: FULL_WITH_EFFECTS });
  return { summary: r.summary, yearly: r.yearly, survey: r.survey, panel: r.panel };
}

/** A replicate's result as a worker posts it: the yearly rows packed (packed-yearly.ts). */
export type PackedReplicate = Omit<RunResult, 'yearly'> & { yearly: PackedYearly };

/** runReplicate, packed for the trip from a worker thread (run-worker.ts). */
export function runReplicatePacked(scenario: Scenario, task: ReplicateTask, onYear?: () => void): PackedReplicate {
  const result = runReplicate(scenario, task, onYear);
  return { ...result, yearly: packYearly(result.yearly) };
}

export interface ReplicatesOptions {
  scenario: Scenario;
  /** With --posterior: replicate r runs scenarios[r]. */
  scenarios?: readonly Scenario[];
  /** Worker threads, at most one per replicate; with one, the replicates run in this thread, one after another. */
  workers: number;
  /** Called after every simulated year of `replicate`. */
  onYear?: (replicate: number) => void;
  /** The worker script (tests); default run/run-worker.js. */
  script?: URL;
  /** Ctrl-C, SIGTERM: the workers are stopped at once (in one thread, after the replicate being simulated), and Interrupted thrown. */
  signal?: AbortSignal;
}

const STOPPED = 'interrupted while simulating: nothing was written';

export async function runReplicates(replicates: readonly Replicate[], o: ReplicatesOptions): Promise<RunResult[]> {
  const tasks: ReplicateTask[] = replicates.map((r) => (o.scenarios ? { ...r, scenario: o.scenarios[r.replicate] } : r));
  const results: RunResult[] = [];
  if (Math.min(o.workers, tasks.length) <= 1) {
    for (const task of tasks) {
      throwIfInterrupted(o.signal, STOPPED);
      results.push(runReplicate(o.scenario, task, () => o.onYear?.(task.replicate)));
      // Let timers (progress redraws) and signal handlers run between replicates of the synchronous engine.
      await checkpoint(o.signal, STOPPED);
    }
    return results;
  }
  // One replicate at a time per worker: replicates take seconds, and the last ones should go to whichever worker is free first.
  const status = await runPool(tasks, o.scenario, o.workers, {
    onProgress: (i) => o.onYear?.(tasks[i].replicate),
    onResult: (i, packed: PackedReplicate) => { results[i] = { ...packed, yearly: unpackYearly(packed.yearly) }; },
  }, { script: o.script ?? workerUrl('run/run-worker.js'), label: (t) => `replicate ${t.replicate} (seed ${t.seed})`, inFlight: 1, signal: o.signal });
  throwIfInterrupted(status === 'interrupted' ? o.signal : undefined, STOPPED);
  return results;
}
