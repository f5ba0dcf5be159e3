/**
 * One design point, run: its scenario (base + the point's values), every replicate with the
 * sweep's seeds, and the rows it adds to runs.csv. The same function runs inside a worker
 * thread and in-process (benchmarks, tests), so both give the same text.
 */
import type { RunResult } from '../engine/output.js';
import type { Scenario } from '../scenario/schema.js';
import { setAt } from './parameter-path.js';
import { pointScenario } from './points.js';
import { needsModeEffects, runRows, type RowSpec } from './run-rows.js';

export type SimulateFn = (scenario: Scenario, opts: { seed: number; modeEffects?: boolean; collect?: boolean | 'summary' }) => RunResult;

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
  const modeEffects = needsModeEffects(ctx.spec);
  // Rows of summary figures only: the engine need not collect yearly rows, ranks or the survey.
  const collect = ctx.spec.yearly.length > 0 || modeEffects ? true : 'summary';
  ctx.seeds.forEach((seed, r) => {
    lines.push(...runRows(task.point, r, seed, simulate(scenario, { seed, modeEffects, collect }), ctx.spec));
    onReplicate?.();
  });
  return lines;
}
