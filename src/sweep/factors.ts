/**
 * The numeric parameters a sampling design varies (uniform, lhs, saltelli, morris), each
 * with its range: as given in the sweep file, or else the schema's prior (the plausible range
 * of an assumption), or else its validity bound.
 * Checked against the schema: a range outside what validation accepts is an error here, not
 * a failed run later.
 */
import { numberRangeAt } from '../scenario/json-schema.js';
import { samplingRange } from '../scenario/parameter-table.js';
import { Scenario } from '../scenario/schema.js';
import { getAt, parsePath, pathProblem, tablePath } from './parameter-path.js';

export interface Factor {
  /** The parameter path, or for linked parameters the axis name. */
  path: string;
  min: number;
  max: number;
  /** Years and counts: scaled values are rounded to the nearest whole number. */
  integer: boolean;
  /** Linked parameters: the paths the value is applied to, each plus its offset. */
  links?: Link[];
}

export interface Link {
  path: string;
  offset: number;
}

/** A mistake in a sweep, at a field path inside the sweep file. */
export interface SweepProblem {
  at: (string | number)[];
  message: string;
}

interface Target {
  path: string;
  offset: number;
  integer: boolean;
  /** What validation accepts, and the default sampling range (prior, else validity bound), both for the axis value (offset removed). */
  allowed: { lo?: number; hi?: number };
  plausible?: { min: number; max: number };
}

/**
 * Checks the numeric parameters an axis moves (its key, or its linked `paths`): each must be a
 * number in the scenario. Returns them with their ranges shifted back by their offsets.
 */
export function numericTargets(key: string, links: Readonly<Record<string, number>> | undefined, base: Scenario, at: (string | number)[]): { targets: Target[]; problems: SweepProblem[] } {
  const entries = links ? Object.entries(links) : [[key, 0] as const];
  const targets: Target[] = [];
  const problems: SweepProblem[] = [];
  for (const [path, offset] of entries) {
    const here = links ? [...at, key, 'paths', path] : [...at, key];
    const problem = pathProblem(base, path);
    if (problem) { problems.push({ at: here, message: problem }); continue; }
    const value = getAt(base, path);
    const allowed = numberRangeAt(Scenario, parsePath(path));
    // null is a number the model derives unless set (analysis.withdrawalStart): an axis may set it.
    if (typeof value !== 'number' && !(value === null && allowed)) { problems.push({ at: here, message: `${path} is not a number (it is ${JSON.stringify(value)}): vary it with a grid of values or variants` }); continue; }
    const plausible = samplingRange(Scenario, tablePath(path));
    targets.push({
      path, offset, integer: allowed?.integer ?? false,
      allowed: { lo: allowed?.min && allowed.min.value - offset, hi: allowed?.max && allowed.max.value - offset },
      plausible: plausible && { min: plausible.min - offset, max: plausible.max - offset },
    });
  }
  return { targets, problems };
}

export function resolveFactors(ranges: Readonly<Record<string, { min?: number; max?: number; paths?: Record<string, number> }>>, base: Scenario, at: (string | number)[]): { factors: Factor[]; problems: SweepProblem[] } {
  const factors: Factor[] = [];
  const problems: SweepProblem[] = [];
  for (const [key, given] of Object.entries(ranges)) {
    const here = [...at, key];
    const { targets, problems: own } = numericTargets(key, given.paths, base, at);
    if (own.length > 0) { problems.push(...own); continue; }
    // Linked paths: the first one's prior or bound (shifted by its offset) is the default.
    const min = given.min ?? targets[0].plausible?.min, max = given.max ?? targets[0].plausible?.max;
    if (min === undefined || max === undefined) { problems.push({ at: here, message: `${key} has no prior or range in the schema: give min and max` }); continue; }
    const tooLow = targets.find((t) => t.allowed.lo !== undefined && min < t.allowed.lo);
    const tooHigh = targets.find((t) => t.allowed.hi !== undefined && max > t.allowed.hi);
    if (tooLow) { problems.push({ at: [...here, 'min'], message: `min ${min} takes ${tooLow.path} below what it allows (${tooLow.allowed.lo! + tooLow.offset})` }); continue; }
    if (tooHigh) { problems.push({ at: [...here, 'max'], message: `max ${max} takes ${tooHigh.path} above what it allows (${tooHigh.allowed.hi! + tooHigh.offset})` }); continue; }
    if (!(min < max)) { problems.push({ at: here, message: `min (${min}) must be below max (${max})` }); continue; }
    const integer = targets.every((t) => t.integer);
    if (integer && Math.ceil(min) > Math.floor(max)) { problems.push({ at: here, message: `${key} takes whole numbers, and there is none from ${min} to ${max}` }); continue; }
    const factor: Factor = { path: key, min, max, integer };
    if (given.paths) factor.links = targets.map(({ path, offset }) => ({ path, offset }));
    factors.push(factor);
  }
  return { factors, problems };
}

/**
 * A unit coordinate u in [0, 1] as the factor's value: min + u (max - min); for an integer
 * parameter rounded to the nearest whole number within [min, max] (bounds that are not whole
 * take the whole numbers inside them, so a value is never fractional nor outside the range).
 */
export function scaleUnit(factor: Factor, u: number): number {
  const x = factor.min + u * (factor.max - factor.min);
  if (!factor.integer) return x;
  return Math.min(Math.floor(factor.max), Math.max(Math.ceil(factor.min), Math.round(x)));
}
