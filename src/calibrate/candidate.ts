/**
 * One candidate of a calibration, run: the base scenario with the candidate's parameter
 * values, every common seed, and each target's value in each run. Its lines (one per seed:
 * candidate, replicate, seed, then the targets' values in file order) are what a worker sends
 * back and what a generation's batch files hold. The same function runs in a worker thread
 * and in-process, so both give the same text.
 */
import type { RunResult } from '../engine/output.js';
import type { Scenario } from '../scenario/schema.js';
import { setAt } from '../sweep/parameter-path.js';
import { Scenario as ScenarioSchema } from '../scenario/schema.js';
import type { PointTask } from '../sweep/run-point.js';
import { EFFECT_PREFIX } from '../engine/modeEffects.js';
import { evaluate, type Expr, type Ref } from './expression.js';
import { indexOutputs, refValue } from './outputs.js';

/** What every calibration worker is given once (structured-clonable). */
export interface CandidateContext {
  base: Scenario;
  seeds: readonly number[];
  targets: readonly { name: string; expr: Expr }[];
  /** Candidates keep within the validated priors: set values without parsing again (see SweepContext). */
  prevalidated: boolean;
  /** A target reads a mode's effect: each run also runs the modes' counterfactuals (five runs in one). */
  modeEffects: boolean;
}

export type SimulateFn = (scenario: Scenario, opts: { seed: number; modeEffects?: boolean }) => RunResult;

/** Whether any of these accessors reads a mode's paired effect (yearly 'effect.<metric>'). */
export const readsModeEffects = (refs: readonly Ref[]): boolean => refs.some((r) => r.kind === 'yearly' && r.metric.startsWith(EFFECT_PREFIX));

/**
 * Runs a candidate on every seed. A candidate the scenario's validation refuses (a full-time
 * local job paying less than the minimum wage in some year: src/engine/wages.ts) is not run:
 * its targets are undefined in every seed, so its likelihood is −Infinity and it can never be
 * accepted.
 */
export function runCandidate(ctx: CandidateContext, task: PointTask, simulate: SimulateFn, onReplicate?: () => void): string[] {
  const set = setAt(ctx.base, task.values), parsed = ctx.prevalidated ? undefined : ScenarioSchema.safeParse(set);
  if (parsed && !parsed.success) return ctx.seeds.map((seed, r) => [task.point, r, seed, ...ctx.targets.map(() => '')].join(','));
  const scenario = parsed ? parsed.data : set;
  return ctx.seeds.map((seed, r) => {
    const outputs = indexOutputs(simulate(scenario, { seed, modeEffects: ctx.modeEffects }));
    const values = ctx.targets.map((t) => evaluate(t.expr, (ref) => refValue(outputs, ref)));
    onReplicate?.();
    return [task.point, r, seed, ...values.map(formatValue)].join(',');
  });
}

/** Shortest round-trip text, so a value read back is the value computed; NaN as an empty field. */
const formatValue = (x: number) => (Number.isFinite(x) ? String(x) : '');

/** A candidate line back into its parts. */
export function parseCandidateLine(line: string, targets: number): { candidate: number; replicate: number; values: number[] } {
  const f = line.split(',');
  if (f.length !== 3 + targets) throw new Error(`a candidate line has ${f.length} fields, expected ${3 + targets}: ${line.slice(0, 80)}`);
  return { candidate: Number(f[0]), replicate: Number(f[1]), values: f.slice(3).map((x) => (x === '' ? NaN : Number(x))) };
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
