/**
 * A sweep folder as its charts read it (docs/sweeps.md): what the sweep reader
 * (src/sweep/read-sweep-folder.ts) checks and returns, plus sensitivity.json when
 * `ipasim analyze` has run. Summary figures are averaged over replicates per point.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../user-error.js';
import { readSweepFiles, sweepDataFromFiles, type SweepFiles } from '../../sweep/read-sweep-folder.js';

export interface SobolEntry { factor: string; S1: number | null; S1Low: number | null; S1High: number | null; ST: number | null; STLow: number | null; STHigh: number | null }
export interface MorrisEntry { factor: string; mu: number | null; muStar: number | null; muStarLow: number | null; muStarHigh: number | null; sigma: number | null }
export interface SensitivityOutput { metric: string; mode: string; year: number | null; noiseShare: number | null; sobol?: SobolEntry[]; morris?: MorrisEntry[] }
export interface Sensitivity { sweep: string; design: string; confidence?: number; outputs: SensitivityOutput[] }

export interface SweepPoint {
  point: number;
  variant?: string;
  /** Parameter path → value at this point (numbers as numbers). */
  values: Record<string, number | string>;
}

export interface SweepChartData {
  sweep: string;
  designType: string;
  replicates: number;
  /** Parameter columns of points.csv, in file order. */
  columns: string[];
  points: SweepPoint[];
  /** Summary outputs: `${metric}|${mode}` → mean over replicates per point (index = point), NaN where undefined everywhere. */
  means: Map<string, Float64Array>;
  /** Summary outputs in the order of runs.csv. */
  outputs: { metric: string; mode: string }[];
  sensitivity: Sensitivity | null;
  manifest: Record<string, unknown>;
}

/** Whether a folder holds a sweep (its manifest says kind "ipasim-sweep"). */
export function isSweepFolder(dir: string): boolean {
  const f = join(dir, 'manifest.json');
  if (!existsSync(f)) return false;
  try { return JSON.parse(readFileSync(f, 'utf8')).kind === 'ipasim-sweep'; } catch { return false; }
}

/**
 * A sweep's chart data from its files given as text (name → content), read and checked by the
 * sweep reader; sensitivity.json is optional. Summary figures are averaged over replicates.
 */
export function sweepChartDataFromFiles(files: SweepFiles, where = 'sweep folder'): SweepChartData {
  const data = sweepDataFromFiles(files, where);
  const points: SweepPoint[] = data.cells.map((cells, point) => ({
    point,
    ...(data.variants ? { variant: data.variants[point] } : {}),
    values: Object.fromEntries(data.columns.map((c, i) => [c, cells[i] !== '' && !Number.isNaN(Number(cells[i])) ? Number(cells[i]) : cells[i]])),
  }));
  const means = new Map<string, Float64Array>();
  const outputs: { metric: string; mode: string }[] = [];
  for (const o of data.outputs) {
    if (o.year !== null) continue; // yearly rows are not charted
    outputs.push({ metric: o.metric, mode: o.mode });
    means.set(`${o.metric}|${o.mode}`, Float64Array.from(points, (_, p) => {
      let sum = 0, n = 0;
      for (let r = 0; r < data.replicates; r++) {
        const v = o.values[p * data.replicates + r];
        if (Number.isFinite(v)) { sum += v; n++; }
      }
      return n ? sum / n : NaN;
    }));
  }
  const sens = files['sensitivity.json'];
  return {
    sweep: data.sweep, designType: data.design.type, replicates: data.replicates,
    columns: data.columns, points, means, outputs, sensitivity: sens ? parseSensitivity(sens, where) : null, manifest: data.manifest,
  };
}

/** sensitivity.json as analyze wrote it; a broken one is the user's to remake, not a bug. */
function parseSensitivity(text: string, where: string): Sensitivity {
  try {
    return JSON.parse(text) as Sensitivity;
  } catch (err) {
    throw new UserError(`${join(where, 'sensitivity.json')} is damaged (${(err as Error).message}): run ipasim analyze ${where} again to rewrite it`);
  }
}

export function readSweepChartData(dir: string): SweepChartData {
  return sweepChartDataFromFiles(readSweepFiles(dir, ['sensitivity.json']), dir);
}

/** The outputs charts show: those of mode `all` when the sweep has them (one panel per metric), else all. */
export function chartedOutputs<T extends { mode: string }>(outputs: readonly T[]): T[] {
  const all = outputs.filter((o) => o.mode === 'all');
  return all.length ? all : [...outputs];
}

/** Outputs that have `kind` indices in sensitivity.json: summary figures (yearly ones only when there are none), charted ones first. */
export function outputsWithIndices(data: SweepChartData, kind: 'sobol' | 'morris'): SensitivityOutput[] {
  const withIndices = (data.sensitivity?.outputs ?? []).filter((o) => o[kind]?.length);
  const summary = withIndices.filter((o) => o.year === null);
  return chartedOutputs(summary.length ? summary : withIndices);
}
