/**
 * The worker-thread side of the pool (run-pool.ts): receives one task per message, answers
 * `progress` whenever the task reports some (a finished replicate, a simulated year), then
 * `done` with its result or `error` with the message. The context every task shares (a
 * scenario, a sweep's seeds and rows) comes once, as the thread's workerData.
 */
import { parentPort } from 'node:worker_threads';

/** What the pool sends a worker: a task and its position in the pool's list. */
export interface TaskMessage<T> {
  id: number;
  task: T;
}

export type WorkerReply<R> =
  /** Sent once, when the worker's modules are loaded: it may be terminated safely from then on. */
  | { type: 'ready' }
  | { type: 'progress'; id: number }
  | { type: 'done'; id: number; result: R; ms: number }
  | { type: 'error'; id: number; message: string; userError: boolean };

/**
 * Serves tasks with `work` until the pool terminates the thread. `isUserError` tells the
 * errors the user can fix (the pool rethrows them as UserError: no stack trace, exit 2).
 */
export function serveTasks<T, R>(work: (task: T, progress: () => void) => R, isUserError: (err: unknown) => boolean = () => false): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks runs inside a worker thread started by runPool');
  port.postMessage({ type: 'ready' } satisfies WorkerReply<R>);
  port.on('message', ({ id, task }: TaskMessage<T>) => {
    const reply = (r: WorkerReply<R>) => port.postMessage(r);
    try {
      const started = performance.now();
      const result = work(task, () => reply({ type: 'progress', id }));
      // Time spent on the task itself, so benchmarks can tell the pool's cost from the engine's.
      reply({ type: 'done', id, result, ms: performance.now() - started });
    } catch (err) {
      reply({ type: 'error', id, message: (err as Error).message, userError: isUserError(err) });
    }
  });
}
