/**
 * A sweep's design as a table of points: the parameter paths (columns) and one row of values
 * per point, in design order, plus the description that goes into manifest.json. Pure and
 * deterministic: the same design and seed give the same table.
 *
 * Sampling designs (uniform, lhs, saltelli, morris) work in the unit hypercube and are scaled
 * onto each factor's range (factors.ts); grid and variants list values directly.
 */
import seedrandom from 'seedrandom';
import type { Scenario } from '../scenario/schema.js';
import { morrisRows } from '../sensitivity/morris.js';
import { saltelliRows } from '../sensitivity/saltelli.js';
import { axisValues, gridRows, type GridAxis, type GridValue } from './design/grid.js';
import { latinHypercubeRows, uniformRows } from './design/lhs.js';
import { numericTargets, resolveFactors, scaleUnit, type Factor, type Link, type SweepProblem } from './factors.js';
import { aliasesOf, canonicalPath, getAt, parsePath, pathProblem, setTwice } from './parameter-path.js';
import { numberRangeAt } from '../scenario/json-schema.js';
import { Scenario as ScenarioSchema } from '../scenario/schema.js';
import type { Design } from './sweep-schema.js';

export type { GridValue } from './design/grid.js';

/** What manifest.json records of the design (docs/sweeps.md). */
export interface DesignInfo {
  type: Design['type'];
  seed: number;
  factors: (Factor | { path: string; values: GridValue[]; links?: Link[] })[];
  samples?: number;
  trajectories?: number;
  levels?: number;
  variants?: string[];
}

export interface DesignTable {
  /** Parameter paths (or names of linked axes), in the order of the sweep file. */
  columns: string[];
  /** Linked axes: the paths each sets, with offsets (see factors.ts). */
  links?: Record<string, Link[]>;
  /** One row of values per point, aligned with `columns`. */
  rows: GridValue[][];
  /** For a variants design: each point's variant name. */
  variantNames?: string[];
  info: DesignInfo;
}

/**
 * How many points the design will have, from its description alone (an upper bound for a
 * grid whose integer levels might merge): checked against the point limit before a single
 * row is built, so a 10-million-point grid is refused at once instead of loaded for minutes.
 */
export function designPointCount(design: Design): number {
  const k = 'parameters' in design ? Object.keys(design.parameters).length : 0;
  switch (design.type) {
    case 'grid': return Object.values(design.parameters).reduce((n, axis) => n * (Array.isArray(axis) ? axis.length : 'values' in axis && axis.values ? axis.values.length : (axis as { levels: number }).levels), 1);
    case 'variants': return design.variants.length;
    case 'uniform': case 'lhs': return design.samples;
    case 'saltelli': return design.samples * (k + 2);
    case 'morris': return design.trajectories * (k + 1);
  }
}

/**
 * Paths set by more than one axis (a plain axis and a linked one, or two linked ones): the
 * points would claim values the run never used, since only the last one set would count.
 */
function pathsSetTwice(parameters: Readonly<Record<string, unknown>>): SweepProblem[] {
  // Compared as parsed: villages.00.households is villages.0.households.
  const setBy = new Map<string, { key: string; path: string }>();
  const problems: SweepProblem[] = [];
  for (const [key, axis] of Object.entries(parameters)) {
    const links = axis !== null && typeof axis === 'object' && !Array.isArray(axis) && 'paths' in axis ? (axis as { paths?: Record<string, number> }).paths : undefined;
    for (const path of links ? Object.keys(links) : [key]) {
      const other = setBy.get(canonicalPath(path));
      const by = (axisKey: string, p: string) => (axisKey !== p ? `the linked axis ${axisKey}` : p === path ? 'its own axis' : `the axis ${p}`);
      if (other !== undefined) problems.push({ at: ['design', 'parameters', key, ...(links ? ['paths', path] : [])], message: `${path} is set twice: by ${by(other.key, other.path)} and by ${by(key, path)}; a parameter can move with one axis only` });
      else setBy.set(canonicalPath(path), { key, path });
    }
  }
  return problems;
}

/** Builds the table, or reports every mistake found in the design (paths relative to the sweep file). */
export function buildDesign(design: Design, base: Scenario, sweepSeed: number): { table?: DesignTable; problems: SweepProblem[] } {
  const seed = 'seed' in design && design.seed !== undefined ? design.seed : sweepSeed;
  const twice = 'parameters' in design ? pathsSetTwice(design.parameters) : [];
  if (twice.length > 0) return { problems: twice };
  switch (design.type) {
    case 'grid': return gridDesign(design.parameters, base, seed);
    case 'variants': return variantsDesign(design.variants, base, seed);
    default: {
      const { factors, problems } = resolveFactors(design.parameters, base, ['design', 'parameters']);
      if (problems.length > 0) return { problems };
      const k = factors.length;
      // The design's own stream, apart from the engine's: changing the design seed moves the points only.
      const random = seedrandom.alea(`ipasim/design/${seed}`);
      let unit: number[][];
      const info: DesignInfo = { type: design.type, seed, factors };
      if (design.type === 'uniform') { unit = uniformRows(k, design.samples, random); info.samples = design.samples; }
      else if (design.type === 'lhs') { unit = latinHypercubeRows(k, design.samples, random); info.samples = design.samples; }
      else if (design.type === 'saltelli') { unit = saltelliRows(k, design.samples, seed); info.samples = design.samples; }
      else { unit = morrisRows(k, design.trajectories, design.levels, seed); info.trajectories = design.trajectories; info.levels = design.levels; }
      return { table: { columns: factors.map((f) => f.path), links: linksOf(factors), rows: unit.map((u) => u.map((x, j) => scaleUnit(factors[j], x))), info }, problems: [] };
    }
  }
}

type Axis = GridAxis | { paths: Record<string, number>; values?: number[]; min?: number; max?: number; levels?: number };

function gridDesign(parameters: Readonly<Record<string, Axis>>, base: Scenario, seed: number): { table?: DesignTable; problems: SweepProblem[] } {
  const problems: SweepProblem[] = [];
  const axes: GridValue[][] = [];
  const factors: DesignInfo['factors'] = [];
  for (const [key, axis] of Object.entries(parameters)) {
    const at = ['design', 'parameters', key];
    if (!Array.isArray(axis) && 'paths' in axis) {
      const { targets, problems: own } = numericTargets(key, axis.paths, base, ['design', 'parameters']);
      if (own.length > 0) { problems.push(...own); continue; }
      const values = axis.values ?? axisValues({ min: axis.min!, max: axis.max!, levels: axis.levels! }, targets.every((t) => t.integer));
      const merged = mergedLevels(key, axis, values);
      if (merged) { problems.push({ at, message: merged }); continue; }
      axes.push(values);
      factors.push({ path: key, values, links: targets.map(({ path, offset }) => ({ path, offset })) });
      continue;
    }
    const problem = pathProblem(base, key);
    if (problem) { problems.push({ at, message: problem }); continue; }
    if (!Array.isArray(axis) && typeof getAt(base, key) !== 'number') { problems.push({ at, message: `${key} is not a number: list its values instead of {min, max, levels}` }); continue; }
    const values = axisValues(axis as GridAxis, numberRangeAt(ScenarioSchema, parsePath(key))?.integer ?? false);
    const merged = mergedLevels(key, axis, values);
    if (merged) { problems.push({ at, message: merged }); continue; }
    axes.push(values);
    factors.push({ path: key, values });
  }
  if (problems.length > 0) return { problems };
  const columns = Object.keys(parameters);
  return { table: { columns, links: linksOf(factors), rows: gridRows(axes), info: { type: 'grid', seed, factors } }, problems };
}

/** Why `{min, max, levels}` gave fewer values than levels (whole numbers merged by rounding), or undefined. */
function mergedLevels(key: string, axis: Axis, values: readonly GridValue[]): string | undefined {
  if (Array.isArray(axis) || !('levels' in axis) || axis.levels === undefined || values.length >= axis.levels) return undefined;
  return `${key} takes whole numbers: levels ${axis.levels} from ${axis.min} to ${axis.max} give only ${values.length} distinct values (${values.join(', ')}); set levels to ${values.length} or list the values`;
}

/** The linked axes of a design, if any. */
function linksOf(factors: readonly { path: string; links?: Link[] }[]): Record<string, Link[]> | undefined {
  const linked = factors.filter((f) => f.links);
  return linked.length > 0 ? Object.fromEntries(linked.map((f) => [f.path, f.links!])) : undefined;
}

function variantsDesign(variants: readonly { name: string; set: Readonly<Record<string, GridValue>> }[], base: Scenario, seed: number): { table?: DesignTable; problems: SweepProblem[] } {
  const problems: SweepProblem[] = [];
  const seen = new Set<string>();
  variants.forEach((v, i) => {
    if (seen.has(v.name)) problems.push({ at: ['design', 'variants', i, 'name'], message: `variant name ${JSON.stringify(v.name)} is used twice` });
    seen.add(v.name);
    for (const alias of aliasesOf(Object.keys(v.set))) problems.push({ at: ['design', 'variants', i, 'set', alias.path], message: setTwice(alias) });
    for (const path of Object.keys(v.set)) {
      const problem = pathProblem(base, path);
      if (problem) problems.push({ at: ['design', 'variants', i, 'set', path], message: problem });
    }
  });
  if (problems.length > 0) return { problems };
  // Every path any variant sets, so points.csv shows each variant's full setting (base values where it sets none).
  // One column per parameter, however each variant spells its path (villages.00.households is villages.0.households).
  const sets = variants.map((v) => new Map(Object.entries(v.set).map(([path, value]) => [canonicalPath(path), value])));
  const columns = [...new Set(sets.flatMap((set) => [...set.keys()]))];
  const rows = sets.map((set) => columns.map((path) => (set.has(path) ? set.get(path)! : (getAt(base, path) as GridValue))));
  const names = variants.map((v) => v.name);
  return { table: { columns, rows, variantNames: names, info: { type: 'variants', seed, factors: [], variants: names } }, problems };
}
