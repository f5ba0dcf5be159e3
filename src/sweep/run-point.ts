/**
 * One design point, run: its scenario (base + the point's values), every replicate with the
 * sweep's seeds, and the rows it adds to runs.csv. The same function runs inside a worker
 * thread and in-process (benchmarks, tests), so both give the same text.
 */
import type { Collection } from '../engine/collection.js';
import type { RunResult } from '../engine/output.js';
import type { Scenario } from '../scenario/schema.js';
import { setAt } from './parameter-path.js';
import { pointScenario } from './points.js';
import { rowCollection, runRows, type RowSpec } from './run-rows.js';

export type SimulateFn = (scenario: Scenario, opts: { seed: number; collect?: Collection }) => RunResult;

export interface PointTask {
  point: number;
  values: Record<string, number | string | boolean>;
}

/** What every worker is given once. */
export interface SweepContext {
  base: Scenario;
  seeds: readonly number[];
  spec: RowSpec;
  /**
   * Every point was validated before the sweep started and validation only checks (it adds
   * nothing to a resolved scenario): set the values without parsing again, which saves about
   * a millisecond per point.
   */
  prevalidated?: boolean;
}

export function runPoint(ctx: SweepContext, task: PointTask, simulate: SimulateFn, onReplicate?: () => void): string[] {
  const scenario = ctx.prevalidated ? setAt(ctx.base, task.values) : pointScenario(ctx.base, task.values);
  const lines: string[] = [];
  // Only what the rows read: the engine sums nothing else, and runs a counterfactual only for an effect named.
  const collect = rowCollection(scenario, ctx.spec);
  ctx.seeds.forEach((seed, r) => {
    lines.push(...runRows(task.point, r, seed, simulate(scenario, { seed, collect }), ctx.spec));
    onReplicate?.();
  });
  return lines;
}
