/**
 * Worker-thread entry of the sweep pool: receives a SweepContext once (workerData), then one
 * PointTask per message; answers `replicate` after each run (for progress) and `done` with the
 * point's rows, or `error`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { simulate } from '../engine/simulate.js';
import { runPoint, type PointTask, type SweepContext } from './run-point.js';
import { UnknownMetricError } from './run-rows.js';

export type WorkerReply =
  | { type: 'replicate'; point: number }
  | { type: 'done'; point: number; lines: string[]; ms: number }
  | { type: 'error'; point: number; message: string; userError: boolean };

const ctx = workerData as SweepContext;
const port = parentPort!;
port.on('message', (task: PointTask) => {
  const reply = (r: WorkerReply) => port.postMessage(r);
  try {
    const started = performance.now();
    const lines = runPoint(ctx, task, simulate, () => reply({ type: 'replicate', point: task.point }));
    // Time spent on the point itself, so benchmarks can tell the pool's cost from the engine's.
    reply({ type: 'done', point: task.point, lines, ms: performance.now() - started });
  } catch (err) {
    reply({ type: 'error', point: task.point, message: (err as Error).message, userError: err instanceof UnknownMetricError });
  }
});
