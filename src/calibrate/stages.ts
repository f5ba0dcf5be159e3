/**
 * What a candidate's runs must give the targets, and in which order its targets are checked.
 *
 * The targets read a few values of each run (docs/calibration.md): the runs collect only those
 * (engine/collection.ts) and stop after the last year any target reads (nothing after 2025), and
 * a mode's counterfactual runs only if a target reads that mode's effect.
 *
 * The stages of the delayed acceptance (smc.ts): first the targets a run gives by itself, then
 * those that read a mode's effect, which need the four counterfactual runs (four times the
 * work). A proposal that the first stage rejects is never run with its counterfactuals. Pure.
 */
import type { Collection, YearlyWant } from '../engine/collection.js';
import { EFFECT_PREFIX } from '../engine/modeEffects.js';
import type { Group, ModeKey } from '../engine/output.js';
import type { Ref } from './expression.js';

/** Whether any of these accessors reads a mode's paired effect (yearly 'effect.<metric>'). */
export const readsModeEffects = (refs: readonly Ref[]): boolean => refs.some((r) => r.kind === 'yearly' && r.metric.startsWith(EFFECT_PREFIX));

/** The stages: each target's (0, 1: no stage is empty), how many, and the one whose targets read a mode's effect. */
export interface Stages {
  of: number[];
  count: number;
  /** The stage from which the runs need their counterfactuals (none: no target reads an effect). */
  effects?: number;
}

/** The targets a run gives by itself first, then those that read a mode's effect; one stage when all are of one kind. */
export function targetStages(targets: readonly { refs: readonly Ref[] }[]): Stages {
  const reads = targets.map((t) => readsModeEffects(t.refs));
  const effects = reads.some((e) => e) ? (reads.some((e) => !e) ? 1 : 0) : undefined;
  return { of: reads.map((e) => (e ? effects! : 0)), count: effects === 1 ? 2 : 1, effects };
}

/**
 * What the runs collect for these accessors (already checked against a run: outputs.ts): each
 * yearly value over its years, the survey if one is read, and the whole summary if a figure of
 * it is read (summary figures look at the end of the run: the run then goes to its end).
 */
export function targetsCollection(refs: readonly Ref[]): Collection {
  const yearly = refs.flatMap((r): YearlyWant[] => (r.kind === 'yearly' ? [{ metric: r.metric, mode: r.mode as ModeKey, group: r.group as Group, from: r.from, to: r.to }] : []));
  return { yearly, effects: false, survey: refs.some((r) => r.kind === 'survey'), summary: refs.some((r) => r.kind === 'summary') ? 'all' : [] };
}
