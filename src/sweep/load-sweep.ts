/**
 * Reading a sweep file into a runnable plan: the file validated by its schema, the base
 * scenario loaded and `set` applied, the design built into points, and every point validated
 * against the scenario schema, all before anything runs. Every mistake is a ScenarioError
 * naming the sweep file, line and field (exit 2 in the CLI, nothing written).
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { shortHash } from '../io/hash.js';
import { replicateSeeds } from '../run/replicates.js';
import { ScenarioError, type ScenarioIssue } from '../scenario/errors.js';
import { mergeLayers, readExtendsChain } from '../scenario/extends.js';
import { loadScenario } from '../scenario/scenario-file.js';
import { validateLayers } from '../scenario/validate.js';
import type { Scenario } from '../scenario/schema.js';
import { throwIfInterrupted, checkpoint } from '../interrupt.js';
import { MAX_SWEEP_POINTS } from '../run/budget.js';
import { buildDesign, designPointCount, type DesignTable } from './design.js';
import type { SweepContext } from './run-point.js';
import type { SweepProblem } from './factors.js';
import { aliasesOf, setAt, setTwice } from './parameter-path.js';
import { checkPoints, checkValues, pointScenario, pointValues } from './points.js';
import { Sweep } from './sweep-schema.js';

export interface LoadedSweep {
  /** The sweep file as given. */
  file: string;
  name: string;
  /** Every default filled in, `name` and `seed` included. */
  sweep: Sweep & { name: string; seed: number };
  /** The base scenario file that was read. */
  scenarioFile: string;
  /** The base scenario after `set`, every default filled in. */
  base: Scenario;
  table: DesignTable;
  seeds: number[];
  /** Short hash of the resolved sweep and base scenario: the folder name's suffix. */
  hash: string;
  /** Every point is valid, and parsing a point's scenario returns it unchanged (see SweepContext). */
  prevalidated: boolean;
}

/** Points validated between two looks at the signal (about 0.1 s of work). */
const CHECK_SLICE = 500;

/**
 * `signal` (Ctrl-C, SIGTERM) is honoured while loading too: the design is validated in slices
 * with a look at the signal between them. A design above MAX_SWEEP_POINTS is refused before a
 * single point is built.
 */
export async function loadSweep(file: string, signal?: AbortSignal): Promise<LoadedSweep> {
  // Read once: the layers are validated, and the same layers locate later problems by line.
  const layers = await readExtendsChain(file);
  const { value } = await validateLayers(layers, Sweep);
  const merged = mergeLayers(layers);
  const fail = (problems: SweepProblem[]): never => {
    throw new ScenarioError(problems.map((p): ScenarioIssue => ({ ...merged.locate(p.at), path: p.at, message: p.message })));
  };

  const count = designPointCount(value.design);
  if (count > MAX_SWEEP_POINTS) fail([{ at: ['design'], message: `the design has ${count.toLocaleString('en-US')} points, more than the ${MAX_SWEEP_POINTS.toLocaleString('en-US')} a sweep may have: use fewer levels or samples, or split it into several sweeps` }]);

  const scenarioFile = findScenario(file, value.scenario);
  if (!scenarioFile) fail([{ at: ['scenario'], message: `base scenario not found: ${value.scenario} (looked beside the sweep file and in scenarios/)` }]);
  const { scenario: loaded } = await loadScenario(scenarioFile!);

  const twice = aliasesOf(Object.keys(value.set));
  if (twice.length > 0) fail(twice.map((a) => ({ at: ['set', a.path], message: setTwice(a) })));
  const withSet = checkValues(loaded, value.set, (path) => ['set', path], ['set'], 'set');
  if (withSet.problems.length > 0) fail(withSet.problems);
  const base = withSet.scenario!;

  const seed = value.seed ?? base.seed;
  throwIfInterrupted(signal);
  const { table, problems } = buildDesign(value.design, base, seed);
  if (!table) return fail(problems);
  if (table.rows.length === 0) fail([{ at: ['design'], message: 'the design has no points' }]);
  const found = { problems: [] as SweepProblem[], seen: new Set<string>() };
  for (let from = 0; from < table.rows.length; from += CHECK_SLICE) {
    await checkpoint(signal);
    checkPoints(base, table, 20, from, Math.min(table.rows.length, from + CHECK_SLICE), found);
  }
  if (found.problems.length > 0) fail(found.problems);

  // Parsing fills defaults and could, in a future schema, transform values: only skip parsing
  // in the workers when it is the identity on a real point.
  const first = pointValues(table, 0);
  const prevalidated = isDeepStrictEqual(pointScenario(base, first), setAt(base, first));

  const name = value.name ?? basename(file).replace(/\.(ya?ml|json)$/, '');
  const sweep = { ...value, name, seed };
  return { file, name, sweep, scenarioFile: relative(process.cwd(), scenarioFile!) || scenarioFile!, base, table, seeds: replicateSeeds(seed, value.replicates), hash: shortHash({ sweep, scenario: base }), prevalidated };
}

/** As `extends:` resolves: a path relative to the sweep file, or a bare name beside it or in scenarios/. */
function findScenario(sweepFile: string, ref: string): string | undefined {
  const isPath = /[\\/]/.test(ref) || ref.startsWith('.');
  const dirs = [dirname(resolve(sweepFile)), ...(isPath ? [] : [resolve('scenarios')])];
  const names = /\.(ya?ml|json)$/.test(ref) ? [ref] : [`${ref}.yaml`, `${ref}.yml`, `${ref}.json`, ref];
  for (const dir of dirs) for (const n of names) {
    const candidate = resolve(dir, n);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** What every worker is given: the base scenario, the seeds and the rows to keep. */
export function sweepContext(sweep: LoadedSweep): SweepContext {
  return { base: sweep.base, seeds: sweep.seeds, spec: sweep.sweep.outputs, prevalidated: sweep.prevalidated };
}
