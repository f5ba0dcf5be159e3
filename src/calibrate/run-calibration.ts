/**
 * `ipasim calibrate`, end to end:
 *
 *   targets file → loadTargets (validated plan, one probe run) → folder (new, or resumed)
 *     → generation g: its candidates (the prior sample, or the SMC proposals of g − 1)
 *     → the candidates not yet committed (this shard's only, with --shard) on the worker pool,
 *       committed in batches → the generation's state once every candidate is in
 *     → … until the method stops → the posterior, the fit and the report (write-outputs.ts).
 *
 * Candidates are deterministic functions of the completed generations and the seed, so a
 * resumed or sharded calibration plans exactly the candidates an uninterrupted one would, and
 * ends with the same posterior, byte for byte. The clock only decides when to commit.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { folderName } from '../io/folder-name.js';
import { assertCanCreate } from '../io/results-dir.js';
import { calibrateEstimate, checkBudget, householdsOf, type Estimate } from '../run/budget.js';
import type { PointTask } from '../sweep/run-point.js';
import { runPool } from '../pool/run-pool.js';
import { workerUrl } from '../pool/worker-url.js';
import type { Shard } from '../sweep/sweep-manifest.js';
import { candidateContext, parseCandidateLine, stageLoglik, type CandidateContext, type CandidateTask, type SimulateFn } from './candidate.js';
import { buildCalibrationManifest, commitCandidates, lastCompleted, nextBatchNumber, openCalibrationFolder, readCommitted, shardTag, writeRecord, type GenerationRecord } from './calibration-folder.js';
import { loadTargets, type BudgetOptions, type CalibrationPlan } from './load-targets.js';
import { completeGeneration, isDone, planGeneration, priorSample, startState } from './smc.js';

export interface CalibrateRunOptions {
  file: string;
  budget: BudgetOptions;
  /** The folder (default results/calibrate/<name>/<seed>-<hash>). */
  out?: string;
  workers: number;
  /** Run only this shard of the current generation, then stop. */
  shard?: Shard;
  /** Commit after this many candidates or `commitEveryMs`, whichever comes first. */
  batchCandidates?: number;
  commitEveryMs?: number;
  now?: () => number;
  signal?: AbortSignal;
  /** Start even when the budget (src/run/budget.ts) says the calibration is beyond this machine. */
  force?: boolean;
  /** The engine, for the probe run that checks the targets (the workers use their own). */
  simulate: SimulateFn;
  workerUrl?: URL;
  onStart?: (info: { dir: string; plan: CalibrationPlan; resumedAt: number; estimate: Estimate }) => void;
  onGeneration?: (info: { generation: number; candidates: number; todo: number; runsPerCandidate: number; beta: number }) => void;
  onGenerationDone?: (record: GenerationRecord) => void;
  onRun?: () => void;
}

export interface CalibrateOutcome {
  dir: string;
  plan: CalibrationPlan;
  status: 'complete' | 'interrupted' | 'shard-done';
  /** The last completed generation (the posterior when complete). */
  last?: GenerationRecord;
  /** Candidate runs done by this process. */
  ran: number;
}

export async function runCalibration(o: CalibrateRunOptions): Promise<CalibrateOutcome> {
  const plan = await loadTargets(o.file, o.budget, o.simulate);
  const estimate = calibrationBudget(plan, o.workers);
  if (!o.force) checkBudget(estimate, 'Use fewer --particles, --generations or --replicates, or a smaller village (the targets file\'s set:)');
  const dir = o.out ?? join('results', 'calibrate', folderName(plan.name, 'calibration'), `${plan.resolved.seed}-${plan.hash}`);
  if (!existsSync(dir)) assertCanCreate(dir); // --out afile/sub, a read-only place: say so now
  openCalibrationFolder(dir, buildCalibrationManifest(plan));
  // Every completed generation, its state and batches, is checked here, before any candidate runs.
  let record = lastCompleted(dir);
  o.onStart?.({ dir, plan, resumedAt: record ? record.state.generation + 1 : 0, estimate });

  const seed = plan.resolved.seed;
  const ctx = candidateContext(plan);
  const toValues = (theta: number[]) => Object.fromEntries(plan.parameters.map((p, j) => [p.path, theta[j]]));
  const tag = shardTag(o.shard);
  let ran = 0;

  while (!record || !isDone(record.state, plan.settings)) {
    const g = record ? record.state.generation + 1 : 0;
    const step = record ? planGeneration(record.state, plan.prior, plan.settings, seed) : undefined;
    const candidates: (number[] | null)[] = step ? step.proposals : priorSample(plan.prior, plan.settings.particles, seed);
    const runnable = candidates.flatMap((c, i) => (c ? [i] : []));
    const mine = o.shard ? runnable.filter((i) => i % o.shard!.count === o.shard!.index - 1) : runnable;
    const committed = readCommitted(dir, g);
    const todo: CandidateTask[] = mine.filter((i) => !committed.has(i)).map((i) => ({ point: i, values: toValues(candidates[i]!), gate: step?.gates[i] }));
    o.onGeneration?.({ generation: g, candidates: runnable.length, todo: todo.length, runsPerCandidate: plan.seeds.length, beta: step?.beta ?? 0 });

    const status = await runBatches(dir, g, tag, todo, ctx, o, () => ran++);
    if (status === 'interrupted') return { dir, plan, status, last: record, ran };

    const all = readCommitted(dir, g);
    if (runnable.some((i) => !all.has(i))) return { dir, plan, status: 'shard-done', last: record, ran };
    const loglik = new Map(runnable.map((i) => [i, stagesOf(all.get(i)!, plan)]));
    if (!step) {
      // Generation 0 has no gate: every stage ran.
      const state = startState(candidates as number[][], runnable.map((i) => loglik.get(i)! as number[]));
      record = { state, origins: runnable.map((i) => [0, i]) };
    } else {
      const state = completeGeneration(record!.state, step, loglik);
      const before = record!.origins;
      record = { state, origins: step.ancestors.map((a, i) => (state.moved[i] ? [g, i] : before[a])) };
    }
    writeRecord(dir, record);
    o.onGenerationDone?.(record);
    // A shard does one generation's share per call: the scheduler starts the next step.
    if (o.shard) return { dir, plan, status: isDone(record.state, plan.settings) ? 'complete' : 'shard-done', last: record, ran };
  }
  return { dir, plan, status: 'complete', last: record, ran };
}

/** The memory and time of the calibration on `workers` threads, at most (every generation allowed). */
export function calibrationBudget(plan: CalibrationPlan, workers: number): Estimate {
  return calibrateEstimate({
    households: householdsOf(plan.base), years: plan.base.time.end - plan.base.time.start + 1, seeds: plan.seeds.length, particles: plan.settings.particles,
    generations: plan.settings.maxGenerations, parameters: plan.parameters.length, targets: plan.targets.length, workers, modeEffects: plan.modeEffects,
  });
}

/** Each seed's target values of one candidate, in replicate order; every seed must be there (undefined: a stage not run). */
export function perSeedValues(lines: readonly string[], plan: Pick<CalibrationPlan, 'seeds' | 'targets'>): (number | undefined)[][] {
  const rows = lines.map((l) => parseCandidateLine(l, plan.targets.length)).sort((a, b) => a.replicate - b.replicate);
  if (rows.length !== plan.seeds.length || rows.some((r, k) => r.replicate !== k)) throw new Error(`a candidate has ${rows.length} runs, expected one per seed (${plan.seeds.length})`);
  return rows.map((r) => r.values);
}

/** A candidate's ℓ_k of each stage from its lines (undefined for the stages it did not reach). */
function stagesOf(lines: readonly string[], plan: CalibrationPlan): (number | undefined)[] {
  const values = perSeedValues(lines, plan), targets = plan.targets.map((t, i) => ({ ...t, stage: plan.stages.of[i] }));
  return Array.from({ length: plan.stages.count }, (_, k) => stageLoglik(values, targets, k));
}

async function runBatches(dir: string, g: number, tag: string, todo: CandidateTask[], ctx: CandidateContext, o: CalibrateRunOptions, counted: () => void): Promise<'done' | 'interrupted'> {
  if (todo.length === 0) return 'done';
  const now = o.now ?? Date.now;
  const batchSize = o.batchCandidates ?? 16, every = o.commitEveryMs ?? 2000;
  let number = nextBatchNumber(dir, g, tag);
  let pending = new Map<number, string[]>();
  let last = now();
  const commit = () => {
    if (pending.size === 0) return;
    // In candidate order, so a batch's text does not depend on which worker finished first.
    commitCandidates(dir, g, tag, number++, new Map([...pending].sort((a, b) => a[0] - b[0])));
    pending = new Map();
    last = now();
  };
  try {
    return await runPool(todo, ctx, o.workers, {
      onProgress: () => o.onRun?.(),
      onResult: (i, lines: string[]) => {
        counted();
        pending.set(todo[i].point, lines);
        if (pending.size >= batchSize || now() - last >= every) commit();
      },
    }, { script: o.workerUrl ?? workerUrl('calibrate/worker.js'), label: (t) => `candidate ${t.point}`, signal: o.signal });
  } finally {
    commit(); // whatever happened, finished candidates are kept
  }
}
