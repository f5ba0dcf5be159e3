/**
 * Worker-thread entry of `ipasim run --workers N` (run-replicates.ts): receives the run's
 * scenario once (workerData), then one replicate per message; reports each simulated year and
 * answers with the replicate's result, its yearly rows packed.
 */
import { workerData } from 'node:worker_threads';
import { serveTasks } from '../pool/serve-tasks.js';
import type { Scenario } from '../scenario/schema.js';
import { runReplicatePacked, type ReplicateTask } from './run-replicates.js';

const scenario = workerData as Scenario;
serveTasks((task: ReplicateTask, progress) => runReplicatePacked(scenario, task, progress));
