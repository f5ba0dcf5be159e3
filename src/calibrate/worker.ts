/**
 * Worker-thread entry of a calibration: the sweep pool's protocol (src/sweep/worker.ts) with a
 * CandidateContext instead of a SweepContext: each task is one candidate, answered with
 * `replicate` after each seed and `done` with its lines, or `error`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { simulate } from '../engine/simulate.js';
import type { PointTask } from '../sweep/run-point.js';
import type { WorkerReply } from '../sweep/worker.js';
import { runCandidate, type CandidateContext } from './candidate.js';

const ctx = workerData as CandidateContext;
const port = parentPort!;
port.on('message', (task: PointTask) => {
  const reply = (r: WorkerReply) => port.postMessage(r);
  try {
    const started = performance.now();
    const lines = runCandidate(ctx, task, simulate, () => reply({ type: 'replicate', point: task.point }));
    reply({ type: 'done', point: task.point, lines, ms: performance.now() - started });
  } catch (err) {
    reply({ type: 'error', point: task.point, message: (err as Error).message, userError: false });
  }
});
