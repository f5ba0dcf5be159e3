/**
 * Worker-thread entry of a sweep (pool/run-pool.ts): receives a SweepContext once
 * (workerData), then one PointTask per message; reports progress after each replicate and
 * answers with the point's runs.csv lines.
 */
import { workerData } from 'node:worker_threads';
import { simulate } from '../engine/simulate.js';
import { serveTasks } from '../pool/serve-tasks.js';
import { runPoint, type PointTask, type SweepContext } from './run-point.js';
import { UnknownMetricError } from './run-rows.js';

const ctx = workerData as SweepContext;
serveTasks((task: PointTask, progress) => runPoint(ctx, task, simulate, progress), (err) => err instanceof UnknownMetricError);
