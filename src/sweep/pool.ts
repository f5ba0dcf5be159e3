/**
 * Runs point tasks on a pool of worker threads, reporting each finished replicate and point as
 * it arrives. Each worker holds two tasks, so it starts the next point while the main thread
 * is still taking in the last one's rows (with one, the worker idled for that round trip: about
 * 5% of the time on a 200-household village). Completion order varies; callers sort by point.
 */
const IN_FLIGHT = 2;
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../io/manifest.js';
import { UserError } from '../user-error.js';
import type { PointTask, SweepContext } from './run-point.js';
import type { WorkerReply } from './worker.js';

export interface PoolCallbacks {
  onReplicate?: (point: number) => void;
  /** `ms`: time the worker spent on the point (its runs and rows), for benchmarks. */
  onPoint: (point: number, lines: string[], ms: number) => void;
}

/**
 * The compiled worker script. Next to this module when running from dist/; when running from
 * TypeScript sources (vitest, tsx) worker threads cannot load .ts, so use the built copy.
 */
export function defaultWorkerUrl(): URL {
  const here = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(here))) return here;
  const built = join(packageRoot(), 'dist/src/sweep/worker.js');
  if (!existsSync(built)) throw new Error(`cannot find the sweep worker (${fileURLToPath(here)} or ${built}): run npm run build`);
  return pathToFileURL(built);
}

/**
 * Runs `tasks` on `workers` threads (`workerUrl` with `ctx` as its workerData: the sweep's
 * worker by default; calibration brings its own, same messages). Resolves with 'done', or 'interrupted' when `signal`
 * aborts (workers are terminated; finished points were already reported). Rejects on the
 * first failed point.
 */
export async function runPool<C = SweepContext>(tasks: readonly PointTask[], ctx: C, workers: number, cb: PoolCallbacks, signal?: AbortSignal, workerUrl = defaultWorkerUrl()): Promise<'done' | 'interrupted'> {
  if (tasks.length === 0) return 'done';
  const n = Math.max(1, Math.min(workers, tasks.length));
  const pool: Worker[] = [];
  let next = 0;
  let finished = 0;
  return new Promise((resolve, reject) => {
    let settled = false;
    const end = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      void Promise.all(pool.map((w) => w.terminate())).finally(outcome);
    };
    const onAbort = () => end(() => resolve('interrupted'));
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted) return onAbort();

    const feed = (w: Worker) => {
      if (next < tasks.length) w.postMessage(tasks[next++]);
    };
    for (let i = 0; i < n; i++) {
      const w = new Worker(workerUrl, { workerData: ctx });
      pool.push(w);
      w.on('message', (reply: WorkerReply) => {
        if (settled) return;
        if (reply.type === 'replicate') return cb.onReplicate?.(reply.point);
        if (reply.type === 'error') {
          const message = `point ${reply.point}: ${reply.message}`;
          return end(() => reject(reply.userError ? new UserError(message) : new Error(message)));
        }
        try {
          cb.onPoint(reply.point, reply.lines, reply.ms);
        } catch (err) {
          return end(() => reject(err)); // e.g. a batch that could not be written: stop, don't lose more
        }
        if (++finished === tasks.length) return end(() => resolve('done'));
        feed(w);
      });
      w.on('error', (err) => end(() => reject(err)));
      w.on('exit', (code) => { if (!settled && code !== 0) end(() => reject(new Error(`a sweep worker exited with code ${code}`))); });
    }
    // Deal one task to every worker before any gets its second: few points still spread over all.
    for (let k = 0; k < IN_FLIGHT; k++) for (const w of pool) feed(w);
  });
}
