/**
 * Worker-thread entry of a calibration (pool/run-pool.ts): receives a CandidateContext once
 * (workerData), then one candidate per message; reports progress after each seed and answers
 * with the candidate's lines.
 */
import { workerData } from 'node:worker_threads';
import { serveTasks } from '../pool/serve-tasks.js';
import { runCandidate, type CandidateContext, type CandidateTask } from './candidate.js';

const ctx = workerData as CandidateContext;
serveTasks((task: CandidateTask, progress) => runCandidate(ctx, task, progress));
