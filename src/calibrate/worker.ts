/**
 * Worker-thread entry of a calibration (pool/run-pool.ts): receives a CandidateContext once
 * (workerData), then one candidate per message; reports progress after each seed and answers
 * with the candidate's lines.
 */
import { workerData } from 'node:worker_threads';
import { simulate } from '../engine/simulate.js';
import { serveTasks } from '../pool/serve-tasks.js';
import type { PointTask } from '../sweep/run-point.js';
import { runCandidate, type CandidateContext } from './candidate.js';

const ctx = workerData as CandidateContext;
serveTasks((task: PointTask, progress) => runCandidate(ctx, task, simulate, progress));
