/**
 * The targets file of `ipasim calibrate` (calibration/*.yaml): the single source of truth for
 * its types, its validation and the editor JSON Schema (calibration/schema.json).
 * docs/calibration.md describes each field.
 *
 * Parameter paths and target expressions are checked afterwards against the scenario schema
 * and a real run (load-targets.ts), with errors at the line of the field in the file.
 */
import { z } from 'zod';

const Path = z.string().regex(/^[A-Za-z_][\w]*(\.([A-Za-z_]\w*|\d+))*$/, 'a dotted parameter path such as demography.outMigration').meta({ description: 'a numeric parameter path in the scenario, e.g. demography.outMigration or villages.0.landPerPerson' });
const Value = z.union([z.number(), z.string(), z.boolean()]);
const Name = z.string().regex(/^[\w.-]+$/, 'letters, digits, dot, dash or underscore');

/** A calibrated parameter's range: its prior from the schema unless narrowed here. */
const Range = z.strictObject({
  min: z.number().optional().meta({ description: 'lower end of the uniform prior (default: the schema\'s prior)' }),
  max: z.number().optional().meta({ description: 'upper end of the uniform prior (default: the schema\'s prior)' }),
});

const Target = z.strictObject({
  name: Name.meta({ description: 'short name, used in the fit table and chart' }),
  value: z.string().min(1).meta({ description: 'expression over the run\'s outputs: survey(table, item, category), yearly(metric, year= | from=, to=, mode=, group=), summary(field, mode=), numbers and + - * / ( )' }),
  observed: z.number().meta({ description: 'the observed value, in the units of the expression' }),
  sd: z.number().positive().optional().meta({ description: 'standard error of the observed value: the model is fitted as observed = model + N(0, sd²), and within means |model - observed| <= 2 sd' }),
  tolerance: z.number().positive().optional().meta({ description: 'half-width of agreement: fitted as a standard error of tolerance / 2, and within means |model - observed| <= tolerance' }),
  weight: z.number().positive().default(1).meta({ description: 'weight in the fit (1: as its error says; a set of k targets describing one fact can each take 1/k)' }),
  source: z.string().min(1).meta({ description: 'where the observed value comes from (document, table, year)' }),
}).refine((t) => (t.sd === undefined) !== (t.tolerance === undefined), { message: 'give either sd or tolerance', path: ['sd'] });

/** The most particles, generations and common seeds a calibration may have (`--particles` and the others keep to them too). */
export const MAX_PARTICLES = 100_000;
export const MAX_GENERATIONS = 1000;
export const MAX_REPLICATES = 1000;

const Method = z.strictObject({
  type: z.literal('smc').default('smc').meta({ description: 'adaptive sequential Monte Carlo (docs/calibration.md)' }),
  particles: z.number().int().min(4).max(MAX_PARTICLES).default(200).meta({ description: 'N: particles per generation, the size of the posterior sample' }),
  essFraction: z.number().gt(0).lt(1).default(0.5).meta({ description: 'share of the effective sample size kept at each step of the temperature' }),
  finalMoves: z.number().int().min(0).max(100).default(3).meta({ description: 'generations that move the sample at the posterior (temperature 1) before stopping' }),
  maxGenerations: z.number().int().min(1).max(MAX_GENERATIONS).default(30).meta({ description: 'a hard stop (the posterior is then tempered, and the report says so)' }),
}).prefault({});

export const Targets = z.strictObject({
  name: Name.optional().meta({ description: 'short name; results go to results/calibrate/<name>/ (default: the file name)' }),
  description: z.string().default('').meta({ description: 'what this calibration fits, and to what' }),
  scenario: z.string().min(1).meta({ description: 'the base scenario file, relative to this file (or a name in scenarios/); its calibrated values are written back into it' }),
  set: z.record(Path, Value).default({}).meta({ description: 'fixed changes to the base scenario while calibrating, path: value (not written back)' }),
  seed: z.number().int().min(0).max(2 ** 31 - 1).optional().meta({ description: 'master seed: candidates run seeds seed, seed+1, ...; the method draws from it too (default: the scenario\'s)' }),
  replicates: z.number().int().min(1).max(MAX_REPLICATES).default(5).meta({ description: 'seeds per candidate; every candidate runs the same seeds (common random numbers)' }),
  parameters: z.record(Path, Range.nullable().transform((r) => r ?? {})).refine((r) => Object.keys(r).length > 0, 'give at least one parameter').meta({ description: 'the parameters to calibrate, path: {} (the schema\'s prior) or {min, max}' }),
  method: Method,
  quick: z.strictObject({
    particles: z.number().int().min(4).default(12),
    replicates: z.number().int().min(1).default(1),
    maxGenerations: z.number().int().min(1).default(2),
    set: z.record(Path, Value).default({}).meta({ description: 'further changes for the quick check, e.g. a smaller village' }),
  }).prefault({}).meta({ description: 'the budget of `ipasim calibrate --quick`: a check that everything runs, not a calibration' }),
  targets: z.array(Target).min(1).meta({ description: 'observed facts: nothing after 2025' }),
});
export type Targets = z.output<typeof Targets>;
export type Target = Targets['targets'][number];
