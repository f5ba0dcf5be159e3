/**
 * Runs tasks on a pool of worker threads (each thread's script calls serveTasks), reporting
 * progress and each finished task as it arrives. `ipasim sweep` runs its points on it,
 * `ipasim calibrate` its candidates, `ipasim run` its replicates. Completion order varies:
 * callers put results back in task order.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { UserError } from '../user-error.js';
import type { TaskMessage, WorkerReply } from './serve-tasks.js';

export interface PoolCallbacks<R> {
  /** Task `index` (its position in `tasks`) reported progress: a unit its worker chooses. */
  onProgress?: (index: number) => void;
  /** Task `index` finished with `result`; `ms`: time its worker spent on it, for benchmarks. */
  onResult: (index: number, result: R, ms: number) => void;
}

export interface PoolOptions<T> {
  /** The worker script (pool/worker-url.ts). */
  script: URL;
  /** Names a task in error messages: "point 12", "replicate 3 (seed 4)". */
  label: (task: T) => string;
  /** Aborting terminates the workers; the pool then resolves 'interrupted'. */
  signal?: AbortSignal;
  /**
   * Tasks each worker holds (default 2): with two, a worker starts the next task while the
   * main thread is still taking in the last one's result (with one, it idled for that round
   * trip: about 5% of the time on a 200-household village's sweep points). Tasks of seconds
   * want 1, so that the last ones go to whichever worker is free first.
   */
  inFlight?: number;
  /** Each worker's heap limits (default: Node's). */
  resourceLimits?: ResourceLimits;
}

/** What a worker that ran out of memory is reported as: something the user can change. */
export const OUT_OF_MEMORY = 'a worker thread ran out of memory: use fewer --workers (each holds its own copy of the village), or simulate fewer households or replicates';

/**
 * Runs `tasks` on `workers` threads (at most one per task), each given `ctx` as its
 * workerData. Resolves with 'done', or 'interrupted' when the signal aborts (finished tasks
 * were already reported). Rejects on the first failed task, as a UserError when its worker
 * said the user can fix it; the other workers are terminated first.
 */
export async function runPool<T, R, C>(tasks: readonly T[], ctx: C, workers: number, cb: PoolCallbacks<R>, o: PoolOptions<T>): Promise<'done' | 'interrupted'> {
  if (tasks.length === 0) return 'done';
  const n = Math.max(1, Math.min(workers, tasks.length));
  const pool: Worker[] = [];
  // Terminating a worker while it still loads its modules can abort the whole process (a Node
  // bug: nodejs/node#38418), so each is terminated only once loaded, or gone.
  const loaded: Promise<void>[] = [];
  let next = 0;
  let finished = 0;
  return new Promise((resolve, reject) => {
    let settled = false;
    const end = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      o.signal?.removeEventListener('abort', onAbort);
      void Promise.all(pool.map((w, i) => loaded[i].then(() => w.terminate()))).finally(outcome);
    };
    const onAbort = () => end(() => resolve('interrupted'));
    o.signal?.addEventListener('abort', onAbort, { once: true });
    if (o.signal?.aborted) return onAbort();

    const feed = (w: Worker) => {
      if (next < tasks.length) w.postMessage({ id: next, task: tasks[next++] } satisfies TaskMessage<T>);
    };
    for (let i = 0; i < n; i++) {
      const w = new Worker(o.script, { workerData: ctx, resourceLimits: o.resourceLimits });
      pool.push(w);
      loaded.push(new Promise((ready) => {
        w.on('message', (reply: WorkerReply<R>) => { if (reply.type === 'ready') ready(); });
        w.once('error', () => ready());
        w.once('exit', () => ready());
      }));
      w.on('message', (reply: WorkerReply<R>) => {
        if (settled || reply.type === 'ready') return;
        if (reply.type === 'progress') return cb.onProgress?.(reply.id);
        if (reply.type === 'error') {
          const message = `${o.label(tasks[reply.id])}: ${reply.message}`;
          return end(() => reject(reply.userError ? new UserError(message) : new Error(message)));
        }
        try {
          cb.onResult(reply.id, reply.result, reply.ms);
        } catch (err) {
          return end(() => reject(err)); // e.g. a batch that could not be written: stop, don't lose more
        }
        if (++finished === tasks.length) return end(() => resolve('done'));
        feed(w);
      });
      w.on('error', (err: Error & { code?: string }) => end(() => reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new UserError(OUT_OF_MEMORY) : err)));
      w.on('exit', (code) => { if (!settled && code !== 0) end(() => reject(new Error(`a worker thread exited with code ${code}`))); });
    }
    // Deal one task to every worker before any gets its second: few tasks still spread over all.
    for (let k = 0; k < (o.inFlight ?? 2); k++) for (const w of pool) feed(w);
  });
}
