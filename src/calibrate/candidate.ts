/**
 * One candidate of a calibration, run: the base scenario with the candidate's parameter
 * values, every common seed, and each target's value in each run. Its lines (one per seed:
 * candidate, replicate, seed, then the targets' values in file order) are what a worker sends
 * back and what a generation's batch files hold. The same function runs in a worker thread
 * and in-process, so both give the same text.
 *
 * The targets are checked stage by stage (stages.ts, smc.ts): every seed's run first, and the
 * first stage's log-likelihood against the candidate's gate; only a candidate that passes is
 * run again with the counterfactuals its later targets read. A stage not run is `skip` in its
 * targets' fields.
 */
import { factualOnly, lastYearRead, type Collection } from '../engine/collection.js';
import type { RunResult } from '../engine/output.js';
import { addCounterfactuals, simulate } from '../engine/simulate.js';
import type { Scenario } from '../scenario/schema.js';
import { setAt } from '../sweep/parameter-path.js';
import { pointScenario } from '../sweep/points.js';
import type { PointTask } from '../sweep/run-point.js';
import { evaluate, type Expr } from './expression.js';
import { indexOutputs, refValue } from './outputs.js';
import { passesStage, type Gate } from './smc.js';
import type { Stages } from './stages.js';
import type { CalibrationPlan } from './load-targets.js';

/** A target as a worker needs it: its expression, its error model, and its stage. */
export interface CandidateTarget {
  name: string;
  expr: Expr;
  observed: number;
  scale: number;
  weight: number;
  stage: number;
}

/** What every calibration worker is given once (structured-clonable). */
export interface CandidateContext {
  base: Scenario;
  seeds: readonly number[];
  targets: readonly CandidateTarget[];
  /** Candidates keep within the validated priors: set values without parsing again (see SweepContext). */
  prevalidated: boolean;
  /** What the targets read (stages.ts): the runs collect only that, and stop after its last year. */
  collection: Collection;
  /** How many stages, and from which one the runs need the modes' counterfactuals (stages.ts). */
  stages: Omit<Stages, 'of'>;
}

/** A candidate to run; from generation 1 on, with the gate that decides it stage by stage. */
export interface CandidateTask extends PointTask {
  gate?: Gate;
}

/** What every worker of this calibration is given. */
export function candidateContext(plan: Pick<CalibrationPlan, 'base' | 'seeds' | 'targets' | 'collection' | 'stages'>): CandidateContext {
  const targets = plan.targets.map((t, i) => ({ name: t.name, expr: t.expr, observed: t.observed, scale: t.scale, weight: t.weight, stage: plan.stages.of[i] }));
  return { base: plan.base, seeds: plan.seeds, targets, prevalidated: false, collection: plan.collection, stages: { count: plan.stages.count, effects: plan.stages.effects } };
}

export type SimulateFn = (scenario: Scenario, opts: { seed: number; collect?: Collection }) => RunResult;

/** The field of a target whose stage was not run (the candidate failed an earlier stage). */
export const NOT_RUN = 'skip';

export function runCandidate(ctx: CandidateContext, task: CandidateTask, onReplicate?: () => void): string[] {
  const scenario = ctx.prevalidated ? setAt(ctx.base, task.values) : pointScenario(ctx.base, task.values);
  const until = lastYearRead(scenario, ctx.collection), { count, effects } = ctx.stages;
  const values: (number | undefined)[][] = ctx.seeds.map(() => ctx.targets.map(() => undefined));
  // Every seed's run; its counterfactuals once the stage that reads them is reached.
  const runs = ctx.seeds.map((seed) => {
    const run = simulate(scenario, { seed, collect: effects === 0 ? ctx.collection : factualOnly(scenario, ctx.collection), until });
    onReplicate?.();
    return run;
  });
  for (let k = 0; k < count; k++) {
    if (k === effects && k > 0) runs.forEach((run, r) => addCounterfactuals(scenario, { seed: ctx.seeds[r], collect: ctx.collection, until }, run));
    runs.forEach((run, r) => {
      const outputs = indexOutputs(run);
      ctx.targets.forEach((t, i) => { if (t.stage === k) values[r][i] = evaluate(t.expr, (ref) => refValue(outputs, ref)); });
    });
    if (task.gate && !passesStage(task.gate, k, stageLoglik(values, ctx.targets, k)!)) break;
  }
  return ctx.seeds.map((seed, r) => [task.point, r, seed, ...values[r].map(formatValue)].join(','));
}

/** Shortest round-trip text, so a value read back is the value computed; NaN as an empty field; a stage not run as NOT_RUN. */
const formatValue = (x: number | undefined) => (x === undefined ? NOT_RUN : Number.isFinite(x) ? String(x) : '');

/** A candidate line back into its parts (undefined: the stage was not run). */
export function parseCandidateLine(line: string, targets: number): { candidate: number; replicate: number; values: (number | undefined)[] } {
  const f = line.split(',');
  if (f.length !== 3 + targets) throw new Error(`a candidate line has ${f.length} fields, expected ${3 + targets}: ${line.slice(0, 80)}`);
  return { candidate: Number(f[0]), replicate: Number(f[1]), values: f.slice(3).map((x) => (x === NOT_RUN ? undefined : x === '' ? NaN : Number(x))) };
}

/**
 * The log-likelihood of a candidate: ℓ = −½ Σ_k w_k ((s_k − y_k) / σ_k)², with s_k the mean of
 * target k over the seeds. −Infinity when a target is undefined in any seed: such a candidate
 * cannot be compared with the record, so it can never be accepted.
 */
export function logLikelihood(perSeed: readonly (readonly number[])[], targets: readonly { observed: number; scale: number; weight: number }[]): number {
  let total = 0;
  for (let k = 0; k < targets.length; k++) {
    let s = 0;
    for (const row of perSeed) s += row[k];
    s /= perSeed.length;
    if (!Number.isFinite(s)) return -Infinity;
    const z = (s - targets[k].observed) / targets[k].scale;
    total += targets[k].weight * z * z;
  }
  return -0.5 * total;
}

/** ℓ_k of stage k: the log-likelihood of its targets alone (undefined if the stage was not run). */
export function stageLoglik(perSeed: readonly (readonly (number | undefined)[])[], targets: readonly { observed: number; scale: number; weight: number; stage: number }[], stage: number): number | undefined {
  const columns = targets.flatMap((t, i) => (t.stage === stage ? [i] : []));
  if (perSeed.some((row) => columns.some((i) => row[i] === undefined))) return undefined;
  return logLikelihood(perSeed.map((row) => columns.map((i) => row[i]!)), columns.map((i) => targets[i]));
}
