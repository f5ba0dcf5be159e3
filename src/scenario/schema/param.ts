/**
 * Builders for scenario parameters. Each parameter carries, once and beside its default:
 * a plausible range (also the validation bounds and the default range of a sweep), a unit,
 * its provenance (seed document and table, or "assumption") and a one-line description.
 * The metadata lands in zod's registry, so the JSON Schema, docs/parameters.md and the sweep
 * ranges are all generated from here.
 */
import { z } from 'zod';

export interface ParamMeta {
  description: string;
  unit: string;
  /** Seed and table ("001 T2"), a section ("004"), or "assumption". */
  source: string;
  min: number;
  max: number;
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

/** A nested group of parameters: unknown keys are errors, and an omitted group takes its defaults. */
export function group<T extends z.ZodRawShape>(shape: T, description: string) {
  // `{} as never`: every field has a default, which TypeScript cannot see through the generic shape.
  return z.strictObject(shape).prefault({} as never).meta({ description });
}
