/**
 * The sweep file schema: the single source of truth for sweep types, validation and the
 * editor JSON Schema (sweeps/schema.json). docs/sweeps.md describes each design.
 *
 * Parameter paths are plain strings here; whether they name real scenario parameters, and
 * whether each value is valid there, is checked against the scenario schema afterwards
 * (factors.ts, points.ts), with errors pointing at the line of the path in the sweep file.
 */
import { z } from 'zod';
import { MODE_KEYS } from '../engine/output.js';
import { DEFAULT_SUMMARY_METRICS, SUMMARY_METRICS } from './run-rows.js';

const Path = z.string().regex(/^[A-Za-z_][\w]*(\.([A-Za-z_]\w*|\d+))*$/, 'a dotted parameter path such as modes.cooperative.training').meta({ description: 'a parameter path in the scenario, e.g. policy.instruments.dividend.end or villages.0.households' });
const Value = z.union([z.number(), z.string(), z.boolean()]);

/**
 * Linked parameters: one axis moving several paths together, each at the axis value plus its
 * offset (a withdrawal year moves every instrument's end year and the analysis window).
 * The axis key is then a name of your choosing, used as the column of points.csv.
 */
const Links = z.record(Path, z.number()).refine((r) => Object.keys(r).length > 0, 'give at least one path').meta({ description: 'paths that move together: path: offset (each takes the axis value + offset)' });

/** A continuous range; a bound left out takes the schema's prior (else its validity bound). */
const Range = z.strictObject({
  min: z.number().optional().meta({ description: 'lower end (default: the schema\'s prior minimum, else its validity minimum)' }),
  max: z.number().optional().meta({ description: 'upper end (default: the schema\'s prior maximum, else its validity maximum)' }),
  paths: Links.optional(),
});
const Ranges = z.record(Path, Range.nullable().transform((r) => r ?? {})).refine((r) => Object.keys(r).length > 0, 'give at least one parameter');

const levels = z.number().int().min(2).max(1000).meta({ description: 'evenly spaced values from min to max' });
const GridAxis = z.union([
  z.array(Value).min(1).meta({ description: 'the values to try' }),
  z.strictObject({ min: z.number(), max: z.number(), levels }),
  z.strictObject({ paths: Links, values: z.array(z.number()).min(1).optional(), min: z.number().optional(), max: z.number().optional(), levels: levels.optional() })
    .refine((a) => (a.values !== undefined) !== (a.min !== undefined && a.max !== undefined && a.levels !== undefined), 'give either values or min, max and levels')
    .meta({ description: 'linked parameters: values (or min, max, levels) applied to every path plus its offset' }),
]);

const Grid = z.strictObject({
  type: z.literal('grid'),
  parameters: z.record(Path, GridAxis).refine((r) => Object.keys(r).length > 0, 'give at least one parameter').meta({ description: 'per path, a list of values or {min, max, levels}; the last path varies fastest' }),
});
const Variants = z.strictObject({
  type: z.literal('variants'),
  variants: z.array(z.strictObject({
    name: z.string().regex(/^[\w.-]+$/, 'letters, digits, dot, dash or underscore').meta({ description: 'the variant\'s name (the variant column of points.csv)' }),
    set: z.record(Path, Value).default({}).meta({ description: 'path: value changes from the base scenario' }),
  })).min(1),
});
const seed = z.number().int().min(0).max(2 ** 31 - 1).optional().meta({ description: 'seed of the design\'s own randomness (default: the sweep\'s seed)' });
const samples = z.number().int().min(1).max(1_000_000);
const Uniform = z.strictObject({ type: z.literal('uniform'), samples: samples.meta({ description: 'number of points' }), seed, parameters: Ranges });
const Lhs = z.strictObject({ type: z.literal('lhs'), samples: samples.meta({ description: 'number of points (strata per parameter)' }), seed, parameters: Ranges });
const Saltelli = z.strictObject({ type: z.literal('saltelli'), samples: samples.meta({ description: 'N base samples (a power of two is best): N (k + 2) points' }), seed, parameters: Ranges });
const Morris = z.strictObject({
  type: z.literal('morris'),
  trajectories: z.number().int().min(2).max(10_000).meta({ description: 'r trajectories: r (k + 1) points' }),
  levels: z.number().int().min(2).max(100).refine((p) => p % 2 === 0, 'levels must be even').default(4).meta({ description: 'p grid levels per parameter (even)' }),
  seed,
  parameters: Ranges,
});

export const Design = z.discriminatedUnion('type', [Grid, Variants, Uniform, Lhs, Saltelli, Morris]);
export type Design = z.output<typeof Design>;

export const Sweep = z.strictObject({
  name: z.string().regex(/^[\w.-]+$/, 'letters, digits, dot, dash or underscore').optional().meta({ description: 'short name; results go to results/<name>/ (default: the file name)' }),
  description: z.string().default('').meta({ description: 'the question this sweep answers' }),
  scenario: z.string().min(1).meta({ description: 'the base scenario file, relative to the sweep file (or a name in scenarios/)' }),
  set: z.record(Path, Value).default({}).meta({ description: 'fixed changes to the base scenario, path: value' }),
  seed: z.number().int().min(0).max(2 ** 31 - 1).optional().meta({ description: 'master seed (default: the base scenario\'s); replicate r runs seed + r at every point' }),
  replicates: z.number().int().min(1).max(10_000).default(1).meta({ description: 'runs per design point (common random numbers across points)' }),
  design: Design,
  outputs: z.strictObject({
    modes: z.array(z.enum(MODE_KEYS)).min(1).default([...MODE_KEYS]).meta({ description: 'mode rows to keep' }),
    metrics: z.array(z.enum(SUMMARY_METRICS)).min(1).default([...DEFAULT_SUMMARY_METRICS]).meta({ description: 'summary figures to keep (docs/sweeps.md); the mode effects (incomeEffectBefore, incomeEffectAfter, selfMadeEffectAfter, povertyEffectAfter) only when named: each needs the four counterfactual runs' }),
    yearly: z.array(z.string().min(1)).default([]).meta({ description: 'yearly metrics to keep too (group all), e.g. incomeMean, povertyRate' }),
  }).prefault({}).meta({ description: 'what runs.csv keeps' }),
});
export type Sweep = z.output<typeof Sweep>;
