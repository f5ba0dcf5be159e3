/**
 * Builders for scenario parameters. Each parameter carries, once and beside its default:
 * a plausible range (also the validation bounds and the default range of a sweep), a unit,
 * its provenance (seed document and table, or "assumption") and a one-line description.
 * The metadata lands in zod's registry, so the JSON Schema, docs/parameters.md and the sweep
 * ranges are all generated from here.
 *
 * Two ranges, two jobs: [min, max] is the validity bound (what the model can take without
 * breaking: a scenario outside it is refused), the optional prior (`withPrior`) is what we
 * believe plausible for P village, with the reason. Sweeps sample the prior where there is one
 * and `ipasim calibrate` starts from it (docs/calibration.md).
 */
import { z } from 'zod';

export interface ParamMeta {
  description: string;
  unit: string;
  /** Seed and table ("001 T2"), a section ("004"), or "assumption". */
  source: string;
  min: number;
  max: number;
  /** The plausible range (prior) of an assumption, inside [min, max], with its reason. */
  prior?: Prior;
  /** A short name for chart axes and sweep reports (at most 32 characters), where the description's first clause is long. */
  label?: string;
}

/** A uniform prior: the range we believe plausible, and why (a source or the reasoning). */
export interface Prior {
  min: number;
  max: number;
  why: string;
}

/** A real-valued parameter with range, unit and provenance. */
export function num(def: number, min: number, max: number, unit: string, source: string, description: string) {
  if (def < min || def > max) throw new Error(`default ${def} outside [${min}, ${max}] for "${description}"`);
  return z.number().min(min).max(max).default(def).meta({ description, unit, source, min, max } satisfies ParamMeta);
}

/** An integer parameter. */
export function int(def: number, min: number, max: number, unit: string, source: string, description: string) {
  if (def < min || def > max) throw new Error(`default ${def} outside [${min}, ${max}] for "${description}"`);
  return z.number().int().min(min).max(max).default(def).meta({ description, unit, source, min, max } satisfies ParamMeta);
}

/** A share or probability in [0, 1]. */
export function share(def: number, source: string, description: string, max = 1) {
  return num(def, 0, max, 'share', source, description);
}

/** A calendar year. */
export function year(def: number, source: string, description: string) {
  return int(def, 2000, 2100, 'year', source, description);
}

/**
 * A calendar year the model derives unless it is set: its default is null ("derived", the
 * description says how), so the field is always present in a resolved scenario and a sweep or
 * a calibration can name it. Its provenance is that rule.
 */
export function derivedYear(source: string, description: string) {
  return z.number().int().min(2000).max(2100).nullable().default(null).meta({ description, unit: 'year', source, min: 2000, max: 2100 } satisfies ParamMeta);
}

/** The parameter `schema` with a short `label` for charts and sweep reports (kept with its other metadata). */
export function labelled<T extends z.ZodType>(schema: T, label: string): T {
  const meta = z.globalRegistry.get(schema) as ParamMeta | undefined;
  if (!meta) throw new Error(`labelled: "${label}" is not a parameter built by num(), int(), share() or year()`);
  if (label.length > 32) throw new Error(`labelled: "${label}" is longer than 32 characters`);
  return schema.meta({ ...meta, label } satisfies ParamMeta) as T;
}

/** A nested group of parameters: unknown keys are errors, and an omitted group takes its defaults. */
export function group<T extends z.ZodRawShape>(shape: T, description: string) {
  // `{} as never`: every field has a default, which TypeScript cannot see through the generic shape.
  return z.strictObject(shape).prefault({} as never).meta({ description });
}

/**
 * The parameter `schema` (built by num, int, share or year) with a prior: a plausible range
 * narrower than its validity bound, holding the default, with the reason. Checked at import,
 * so a prior that contradicts its parameter fails every test, naming it.
 */
export function withPrior<T extends z.ZodType>(schema: T, min: number, max: number, why: string): T {
  const meta = z.globalRegistry.get(schema) as ParamMeta | undefined;
  if (!meta || typeof meta.min !== 'number') throw new Error('withPrior: not a parameter built by num(), int(), share() or year()');
  const def = schema.parse(undefined) as number;
  const where = `prior [${min}, ${max}] of "${meta.description}"`;
  if (!(min < max)) throw new Error(`${where}: min must be below max`);
  if (min < meta.min || max > meta.max) throw new Error(`${where}: outside its validity bound [${meta.min}, ${meta.max}]`);
  if (def < min || def > max) throw new Error(`${where}: does not hold the default ${def}`);
  if (why.trim() === '') throw new Error(`${where}: give the reason`);
  return schema.meta({ ...meta, prior: { min, max, why } } satisfies ParamMeta) as T;
}
