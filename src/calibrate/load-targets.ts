/**
 * Reading a targets file into a calibration plan, before anything runs: the file validated by
 * its schema, the base scenario loaded with `set` applied, each parameter checked and given its
 * prior, each target's expression parsed and then checked against one real run of the base
 * scenario (so a metric that does not exist is named now, with the target, not found by a
 * worker an hour later), and no target allowed past 2025. Every mistake is a ScenarioError
 * naming the file, line and field (exit 2 in the CLI, nothing written).
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import type { RunResult } from '../engine/output.js';
import { folderNameProblem } from '../io/folder-name.js';
import { FULL, FULL_WITH_EFFECTS, type Collection } from '../engine/collection.js';
import type { SimulateFn } from './candidate.js';
import { shortHash } from '../io/hash.js';
import { replicateSeeds } from '../run/replicates.js';
import { ScenarioError, type ScenarioIssue } from '../scenario/errors.js';
import { mergeLayers, readExtendsChain } from '../scenario/extends.js';
import { numberRangeAt } from '../scenario/json-schema.js';
import { samplingRange } from '../scenario/parameter-table.js';
import { loadScenario } from '../scenario/scenario-file.js';
import { Scenario } from '../scenario/schema.js';
import { validateLayers } from '../scenario/validate.js';
import { aliasesOf, canonicalPath, getAt, parsePath, pathProblem, setTwice, tablePath } from '../sweep/parameter-path.js';
import { checkValues } from '../sweep/points.js';
import { evaluate, ExpressionError, parseExpression, refsOf, type Expr, type Ref } from './expression.js';
import { readsModeEffects, targetsCollection, targetStages, type Stages } from './stages.js';
import { checkRef, indexOutputs, latestYear, refValue } from './outputs.js';
import type { PriorBox, SmcSettings } from './smc.js';
import { Targets } from './targets-schema.js';

/** Above this sum of squared, weighted misfits the fit loses all precision (doubles end near 1.8e308). */
const MAX_MISFIT = 1e200;

/** Observed facts only: the last year a target may look at (issue 11: nothing after 2025 is a target). */
export const LAST_TARGET_YEAR = 2025;

export interface CalibratedParameter {
  path: string;
  min: number;
  max: number;
  integer: boolean;
}

export interface CompiledTarget {
  name: string;
  value: string;
  expr: Expr;
  refs: Ref[];
  observed: number;
  /** σ of the error model: sd, or tolerance / 2. */
  scale: number;
  /** Half-width of "within": 2 sd, or the tolerance. */
  within: number;
  /** Which of the two `within` is: twice the standard error, or the tolerance. */
  withinBasis: '2 sd' | 'tolerance';
  weight: number;
  source: string;
}

export interface CalibrationPlan {
  file: string;
  name: string;
  /** The file resolved: defaults, name, seed and any budget overrides filled in. */
  resolved: Targets & { name: string; seed: number };
  /** The base scenario file as given in the targets file, resolved to a path. */
  scenarioFile: string;
  /** The base scenario with `set` (and the quick check's changes) applied. */
  base: Scenario;
  parameters: CalibratedParameter[];
  prior: PriorBox;
  targets: CompiledTarget[];
  seeds: number[];
  settings: SmcSettings;
  /** Short hash of everything that decides the result: the folder name's suffix. */
  hash: string;
  /** A target reads a mode's effect, so a run also runs the counterfactuals of the modes read. */
  modeEffects: boolean;
  /** What the targets read: what each run collects (stages.ts). */
  collection: Collection;
  /** The stages of the delayed acceptance: the targets a run gives first, those reading effects after. */
  stages: Stages;
}

export interface BudgetOptions {
  /** Use the file's `quick:` budget: a check that everything runs. */
  quick?: boolean;
  particles?: number;
  replicates?: number;
  generations?: number;
}

export async function loadTargets(file: string, budget: BudgetOptions, simulate: SimulateFn): Promise<CalibrationPlan> {
  const layers = await readExtendsChain(file);
  const { value } = await validateLayers(layers, Targets);
  const merged = mergeLayers(layers);
  const fail = (problems: { at: (string | number)[]; message: string }[]): never => {
    throw new ScenarioError(problems.map((p): ScenarioIssue => ({ ...merged.locate(p.at), path: p.at, message: p.message })));
  };

  // The name becomes a folder (results/calibrate/<name>/): checked before anything is loaded or run.
  const name = value.name ?? basename(file).replace(/\.(ya?ml|json)$/, '');
  const badName = folderNameProblem(name);
  if (badName) fail([{ at: ['name'], message: `the calibration name ${JSON.stringify(name)} cannot name a results folder: ${badName}; use letters, digits, ".", "-" or "_"` }]);

  const scenarioFile = findScenario(file, value.scenario);
  if (!scenarioFile) return fail([{ at: ['scenario'], message: `base scenario not found: ${value.scenario} (looked beside the targets file and in scenarios/)` }]);
  const { scenario: loaded } = await loadScenario(scenarioFile);
  // A parameter takes one setting, however its path is spelled; quick.set overrides set for the quick check.
  const twice = [...aliasesOf(Object.keys(value.set)).map((a) => ({ at: ['set', a.path], message: setTwice(a) })), ...aliasesOf(Object.keys(value.quick.set)).map((a) => ({ at: ['quick', 'set', a.path], message: setTwice(a) })), ...aliasesOf(Object.keys(value.parameters)).map((a) => ({ at: ['parameters', a.path], message: `${a.path} is calibrated twice (${a.first} names the same parameter): list each parameter once` }))];
  if (twice.length > 0) fail(twice);
  const quickSet = budget.quick ? new Set(Object.keys(value.quick.set).map(canonicalPath)) : new Set<string>();
  const set = { ...Object.fromEntries(Object.entries(value.set).filter(([path]) => !quickSet.has(canonicalPath(path)))), ...(budget.quick ? value.quick.set : {}) };
  const setAtLine = (path: string) => (budget.quick && Object.hasOwn(value.quick.set, path) ? ['quick', 'set', path] : ['set', path]);
  const withSet = checkValues(loaded, set, setAtLine, ['set'], 'set');
  if (withSet.problems.length > 0) fail(withSet.problems);
  const base = withSet.scenario!;

  const parameters = checkParameters(value.parameters, base);
  if (parameters.problems.length > 0) fail(parameters.problems);

  const compiled: CompiledTarget[] = [];
  const problems: { at: (string | number)[]; message: string }[] = [];
  const seen = new Set<string>();
  value.targets.forEach((t, i) => {
    if (seen.has(t.name)) problems.push({ at: ['targets', i, 'name'], message: `target name "${t.name}" is used twice` });
    seen.add(t.name);
    try {
      const expr = parseExpression(t.value);
      const scale = t.sd ?? t.tolerance! / 2;
      compiled.push({ name: t.name, value: t.value, expr, refs: refsOf(expr), observed: t.observed, scale, within: t.sd !== undefined ? 2 * t.sd : t.tolerance!, withinBasis: t.sd !== undefined ? '2 sd' : 'tolerance', weight: t.weight, source: t.source });
    } catch (err) {
      if (!(err instanceof ExpressionError)) throw err;
      problems.push({ at: ['targets', i, 'value'], message: `target ${t.name}: ${err.message} (at character ${err.column} of ${JSON.stringify(t.value)})` });
    }
  });
  if (problems.length > 0) fail(problems);

  // One run of the base scenario tells which outputs exist, and which years they reach.
  const seed = value.seed ?? base.seed;
  const modeEffects = readsModeEffects(compiled.flatMap((t) => t.refs));
  const probe = indexOutputs(simulate(base, { seed, collect: modeEffects ? FULL_WITH_EFFECTS : FULL }));
  compiled.forEach((t, i) => {
    const at = ['targets', i, 'value'];
    for (const ref of t.refs) {
      const missing = checkRef(probe, ref);
      if (missing) return void problems.push({ at, message: `target ${t.name}: ${missing}` });
      const year = latestYear(probe, ref);
      if (year > LAST_TARGET_YEAR) return void problems.push({ at, message: `target ${t.name}: ${ref.key} looks at ${year}; nothing after ${LAST_TARGET_YEAR} may be a target (observed facts only: what comes later is predicted and reported, never fitted)` });
    }
    const v = evaluate(t.expr, (ref) => refValue(probe, ref));
    if (!Number.isFinite(v)) return void problems.push({ at, message: `target ${t.name}: the expression is undefined (${v}) in a run of the base scenario (seed ${seed}): a ratio over zero, or a figure the run leaves undefined` });
    // The misfit ((model - observed) / scale)^2, weighted and summed over the targets, must stay a
    // number for any model value near the observed one or the base run's: else every candidate
    // would fit infinitely badly and the method could not tell them apart.
    const spread = (Math.abs(t.observed) + Math.abs(v)) / t.scale;
    if (!(t.weight * spread * spread * compiled.length < MAX_MISFIT)) {
      const field = value.targets[i].sd !== undefined ? 'sd' : 'tolerance';
      problems.push({ at: ['targets', i, field], message: `target ${t.name}: observed ${t.observed} with ${field} ${value.targets[i][field]} (and the base run's ${v}) is ${spread.toExponential(1)} errors wide, more than a fit can weigh: give the observed value and its ${field} in the units of the expression` });
    }
  });
  if (problems.length > 0) fail(problems);

  const settings: SmcSettings = {
    particles: budget.particles ?? (budget.quick ? value.quick.particles : value.method.particles),
    essFraction: value.method.essFraction,
    finalMoves: budget.quick ? Math.min(1, value.method.finalMoves) : value.method.finalMoves,
    maxGenerations: budget.generations ?? (budget.quick ? value.quick.maxGenerations : value.method.maxGenerations),
  };
  const replicates = budget.replicates ?? (budget.quick ? value.quick.replicates : value.replicates);
  const resolved = { ...value, name, seed, replicates, method: { ...value.method, ...settings }, set };
  const ps = parameters.list;
  return {
    file, name, resolved, scenarioFile, base, parameters: ps,
    prior: { min: ps.map((p) => p.min), max: ps.map((p) => p.max), integer: ps.map((p) => p.integer) },
    targets: compiled, seeds: replicateSeeds(seed, replicates), settings,
    hash: shortHash({ resolved, scenario: base, parameters: ps }), modeEffects,
    collection: targetsCollection(compiled.flatMap((t) => t.refs)), stages: targetStages(compiled),
  };
}

/** Each parameter: a number of the scenario, with a prior (the schema's, or narrowed here) inside its validity bound. */
function checkParameters(given: Readonly<Record<string, { min?: number; max?: number }>>, base: Scenario): { list: CalibratedParameter[]; problems: { at: (string | number)[]; message: string }[] } {
  const list: CalibratedParameter[] = [];
  const problems: { at: (string | number)[]; message: string }[] = [];
  for (const [path, range] of Object.entries(given)) {
    const at = ['parameters', path];
    const problem = pathProblem(base, path);
    if (problem) { problems.push({ at, message: problem }); continue; }
    if (typeof getAt(base, path) !== 'number') { problems.push({ at, message: `${path} is not a number: only numeric parameters can be calibrated` }); continue; }
    const bound = numberRangeAt(Scenario, parsePath(path));
    const sampling = samplingRange(Scenario, tablePath(path));
    const fromSchema = sampling?.prior ? sampling : undefined;
    const min = range.min ?? fromSchema?.min, max = range.max ?? fromSchema?.max;
    if (min === undefined || max === undefined) { problems.push({ at, message: `${path} has no prior in the schema: give min and max here, or a prior beside it in src/scenario/schema/ (withPrior)` }); continue; }
    if (bound?.min && min < bound.min.value) { problems.push({ at: [...at, 'min'], message: `min ${min} is below what ${path} allows (${bound.min.value})` }); continue; }
    if (bound?.max && max > bound.max.value) { problems.push({ at: [...at, 'max'], message: `max ${max} is above what ${path} allows (${bound.max.value})` }); continue; }
    if (!(min < max)) { problems.push({ at, message: `min (${min}) must be below max (${max})` }); continue; }
    list.push({ path, min, max, integer: bound?.integer ?? false });
  }
  return { list, problems };
}

/** As a sweep's `scenario:` resolves: relative to the targets file, or a bare name beside it or in scenarios/. */
function findScenario(targetsFile: string, ref: string): string | undefined {
  const isPath = /[\\/]/.test(ref) || ref.startsWith('.');
  const dirs = [dirname(resolve(targetsFile)), ...(isPath ? [] : [resolve('scenarios')])];
  const names = /\.(ya?ml|json)$/.test(ref) ? [ref] : [`${ref}.yaml`, `${ref}.yml`, `${ref}.json`, ref];
  for (const dir of dirs) for (const n of names) {
    const candidate = resolve(dir, n);
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(process.cwd(), candidate) || candidate;
  }
  return undefined;
}
