/**
 * The analysis of a sweep, from its data to the figures of sensitivity.json and
 * discovery.json. Pure (no files): readSweepData reads, sensitivity-files.ts formats.
 *
 *   runs (point x replicate) ─┬─ replicate means per point ─ Sobol S1/ST (saltelli) or Morris mu, mu*, sigma (morris)
 *                             ├─ within-point / total variance ─ noiseShare
 *                             └─ --where condition per run ─ PRIM boxes over the points' parameter values
 */
import { UserError } from '../user-error.js';
import { boxBeatsBaseRate } from '../sensitivity/claims.js';
import { describeBox, factorLabel } from '../sensitivity/describe-box.js';
import { morrisIndices, type MorrisIndex } from '../sensitivity/morris-indices.js';
import { noiseShare, replicateMeans } from '../sensitivity/noise-share.js';
import { prim, type PrimResult } from '../sensitivity/prim.js';
import { sobolIndices, type SobolIndex } from '../sensitivity/sobol-indices.js';
import type { SweepData, SweepOutput } from '../sweep/read-sweep-folder.js';
import { meets, type WhereCondition } from './where-condition.js';

export interface AnalyzeOptions {
  /** Modes to analyse (default: every mode in runs.csv). */
  modes?: string[];
  where?: WhereCondition;
  bootstrap: number;
  confidence: number;
  /** PRIM peeling share (default 0.05). */
  alpha?: number;
}

export interface OutputIndices {
  metric: string;
  mode: string;
  year: number | null;
  noiseShare: number;
  /** Runs whose value is undefined (left out of their point's mean). */
  undefinedRuns: number;
  sobol?: (SobolIndex & { factor: string })[];
  morris?: (Omit<MorrisIndex, 'effects'> & { factor: string })[];
}

export interface SkippedOutput {
  metric: string;
  mode: string;
  year: number | null;
  reason: string;
}

export interface ModeDiscovery {
  mode: string;
  /** Runs with a defined value (the cases). */
  runs: number;
  undefinedRuns: number;
  positives: number;
  /** positives / runs: the share any box must beat. */
  baseRate: number;
  /** Whether the chosen box clearly beats the base rate (claims.ts boxBeatsBaseRate); false without a box. */
  beatsBaseRate: boolean;
  sentence: string;
  prim?: PrimResult;
}

export interface Discovery {
  where: WhereCondition;
  alpha: number;
  /** The points.csv columns PRIM used as dimensions, and their labels in the sentences. */
  columns: string[];
  labels: string[];
  /** Columns that are not numbers (variant names, enum values): not used. */
  ignoredColumns: string[];
  modes: ModeDiscovery[];
}

export interface Analysis {
  sweep: string;
  design: string;
  /** Which indices the design supports: none for grid, variants, uniform and lhs. */
  method: 'sobol' | 'morris' | null;
  factors: string[];
  confidence: number;
  bootstrap: number;
  outputs: OutputIndices[];
  skipped: SkippedOutput[];
  discovery?: Discovery;
}

/** "returnToPovertyRate (all)" or "povertyRate (cooperative, 2030)". */
export const describeOutput = (o: { metric: string; mode: string; year: number | null }): string => `${o.metric} (${o.mode}${o.year === null ? '' : `, ${o.year}`})`;

/** points.csv cell as a number: numbers, and true/false as 1/0; NaN otherwise. */
function numeric(cell: string): number {
  if (cell === 'true') return 1;
  if (cell === 'false') return 0;
  return cell.trim() === '' ? NaN : Number(cell);
}

/** The values of the design's factors at each point, from points.csv. */
function factorMatrix(data: SweepData): number[][] {
  const cols = data.design.factors.map((f) => {
    const c = data.columns.indexOf(f.path);
    if (c < 0) throw new UserError(`points.csv has no column for factor ${f.path} of manifest.json`);
    return c;
  });
  return data.cells.map((row, p) => cols.map((c, i) => {
    const v = numeric(row[c]);
    if (!Number.isFinite(v)) throw new UserError(`points.csv point ${p}: ${data.design.factors[i].path} is ${JSON.stringify(row[c])}, not a number`);
    return v;
  }));
}

/** Checks the Saltelli layout on the values actually run: AB^(i) is A with factor i from B. */
function checkSaltelli(x: number[][], data: SweepData): void {
  const k = data.design.factors.length, w = k + 2, n = data.design.samples;
  if (n === undefined || n * w !== data.points) throw new UserError(`manifest.json: a saltelli design of ${n} samples and ${k} factors has ${(n ?? 0) * w} points, not ${data.points}`);
  for (let j = 0; j < n; j++) {
    const a = x[j * w], b = x[j * w + 1];
    for (let i = 0; i < k; i++) {
      const ab = x[j * w + 2 + i];
      if (ab.some((v, d) => v !== (d === i ? b[d] : a[d]))) throw new UserError(`points.csv: point ${j * w + 2 + i} does not follow the Saltelli layout (A_${j} with ${data.design.factors[i].path} from B_${j}); was the sweep made by ipasim sweep?`);
    }
  }
}

/** Per point, the defined values of its replicates. */
function perPoint(out: SweepOutput, data: SweepData): { runs: number[][]; undefinedRuns: number } {
  const runs: number[][] = [];
  let undefinedRuns = 0;
  for (let p = 0; p < data.points; p++) {
    const vals: number[] = [];
    for (let r = 0; r < data.replicates; r++) {
      const v = out.values[p * data.replicates + r];
      if (Number.isNaN(v)) undefinedRuns++; else vals.push(v);
    }
    runs.push(vals);
  }
  return { runs, undefinedRuns };
}

function indicesOf(out: SweepOutput, data: SweepData, method: 'sobol' | 'morris', x: number[][], options: AnalyzeOptions): OutputIndices | SkippedOutput {
  const { runs, undefinedRuns } = perPoint(out, data);
  const empty = runs.filter((r) => r.length === 0).length;
  const where = { metric: out.metric, mode: out.mode, year: out.year };
  if (empty > 0) return { ...where, reason: `undefined in every replicate at ${empty} of ${data.points} points` };
  const y = replicateMeans(runs);
  const base: OutputIndices = { ...where, noiseShare: noiseShare(runs), undefinedRuns };
  const opts = { bootstrap: options.bootstrap, confidence: options.confidence, seed: data.design.seed };
  const names = data.design.factors.map((f) => f.path);
  if (method === 'sobol') {
    if (y.every((v) => v === y[0])) return { ...where, reason: 'the same at every point: no variance to apportion' };
    return { ...base, sobol: sobolIndices(y, names.length, opts).map((s, i) => ({ factor: names[i], ...s })) };
  }
  return { ...base, morris: morrisIndices(x, y, data.design.factors, opts).map(({ effects: _, ...m }, i) => ({ factor: names[i], ...m })) };
}

function discover(data: SweepData, where: WhereCondition, modes: string[], alpha: number): Discovery {
  const numericCols = data.columns.map((_, c) => data.cells.every((row) => Number.isFinite(numeric(row[c]))));
  const columns = data.columns.filter((_, c) => numericCols[c]);
  const labels = columns.map(factorLabel);
  const x = data.cells.map((row) => row.flatMap((cell, c) => (numericCols[c] ? [numeric(cell)] : [])));
  const found = data.outputs.filter((o) => o.metric === where.metric && o.year === where.year && modes.includes(o.mode));
  if (found.length === 0) {
    const metrics = [...new Set(data.outputs.filter((o) => o.year === where.year).map((o) => o.metric))];
    throw new UserError(`--where: ${where.metric}${where.year === null ? '' : `@${where.year}`} is not among the sweep's outputs for mode ${modes.join(', ')}; ${where.year === null ? 'summary metrics' : `metrics in ${where.year}`}: ${metrics.join(', ') || 'none'}`);
  }
  if (columns.length === 0) throw new UserError('--where: points.csv has no numeric parameter column to build boxes from');
  const result: ModeDiscovery[] = found.map((out) => {
    const cx: number[][] = [], cy: boolean[] = [];
    let undefinedRuns = 0;
    for (let p = 0; p < data.points; p++) for (let r = 0; r < data.replicates; r++) {
      const v = out.values[p * data.replicates + r];
      if (Number.isNaN(v)) { undefinedRuns++; continue; }
      cx.push(x[p]); cy.push(meets(where, v));
    }
    const positives = cy.filter(Boolean).length, baseRate = cx.length ? positives / cx.length : NaN;
    const head = { mode: out.mode, runs: cx.length, undefinedRuns, positives, baseRate, beatsBaseRate: false };
    const condition = out.mode === 'all' ? where.text : `${where.text} (${out.mode})`;
    if (positives === 0) return { ...head, sentence: `no run has ${condition} (base rate 0%): there is nothing to single out` };
    if (positives === cx.length) return { ...head, sentence: `every run has ${condition} (base rate 100%): there is nothing to single out; choose a threshold that some runs miss` };
    const r = prim(cx, cy, { alpha });
    return { ...head, beatsBaseRate: boxBeatsBaseRate(r.box, baseRate), sentence: describeBox(condition, r.box, r.bounds, labels, baseRate), prim: r };
  });
  return { where, alpha, columns, labels, ignoredColumns: data.columns.filter((_, c) => !numericCols[c]), modes: result };
}

/** The figures of `ipasim analyze`. Throws UserError when the design supports no indices and no --where is given. */
export function analyzeSweep(data: SweepData, options: AnalyzeOptions): Analysis {
  const method = data.design.type === 'saltelli' ? 'sobol' : data.design.type === 'morris' ? 'morris' : null;
  if (!method && !options.where) throw new UserError(`sweep ${data.sweep} has a ${data.design.type} design: Sobol indices need a saltelli design and Morris measures a morris design. Scenario discovery works with any design: add --where, e.g. --where "returnToPovertyRate > 0.1"`);
  const allModes = [...new Set(data.outputs.map((o) => o.mode))];
  const modes = options.modes && options.modes.length > 0 ? options.modes : allModes;
  const unknown = modes.filter((m) => !allModes.includes(m));
  if (unknown.length > 0) throw new UserError(`--mode ${unknown.join(', ')}: not in this sweep's runs.csv, which has ${allModes.join(', ')}`);
  const outputs: OutputIndices[] = [], skipped: SkippedOutput[] = [];
  if (method) {
    const x = factorMatrix(data);
    if (method === 'sobol') checkSaltelli(x, data);
    for (const out of data.outputs) {
      if (!modes.includes(out.mode)) continue;
      const r = indicesOf(out, data, method, x, options);
      if ('reason' in r) skipped.push(r); else outputs.push(r);
    }
  }
  const analysis: Analysis = { sweep: data.sweep, design: data.design.type, method, factors: data.design.factors.map((f) => f.path), confidence: options.confidence, bootstrap: options.bootstrap, outputs, skipped };
  if (options.where) analysis.discovery = discover(data, options.where, modes, options.alpha ?? 0.05);
  return analysis;
}
