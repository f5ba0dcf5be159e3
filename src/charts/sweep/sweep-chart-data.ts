/**
 * A sweep folder as its charts read it (docs/sweeps.md): manifest.json, points.csv, runs.csv
 * and, when `ipasim analyze` has run, sensitivity.json. Summary figures (runs with an empty
 * year) are averaged over replicates per point; yearly rows are not charted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../user-error.js';
import { csvNumber, parseCsvRecords } from '../../io/csv-read.js';

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

/** Parses a sweep's files given as text (name → content); sensitivity.json is optional. */
export function sweepChartDataFromFiles(files: Record<string, string | undefined>, where = 'sweep folder'): SweepChartData {
  const need = (n: string): string => {
    const t = files[n];
    if (t === undefined) throw new UserError(`${where} has no ${n}: is it a finished sweep? (ipasim sweep writes manifest.json, points.csv and runs.csv when every point is done)`);
    return t;
  };
  const manifest = JSON.parse(need('manifest.json')) as Record<string, any>;
  if (manifest.kind !== 'ipasim-sweep') throw new UserError(`${where}: manifest.json is not a sweep manifest`);
  const pointRecords = parseCsvRecords(need('points.csv'));
  const columns = pointRecords.length ? Object.keys(pointRecords[0]).filter((c) => c !== 'point' && c !== 'variant') : [];
  const points: SweepPoint[] = pointRecords.map((r) => ({
    point: Number(r.point),
    ...(r.variant !== undefined ? { variant: r.variant } : {}),
    values: Object.fromEntries(columns.map((c) => [c, r[c] !== '' && !Number.isNaN(Number(r[c])) ? Number(r[c]) : r[c]])),
  }));
  const n = points.length;
  const sums = new Map<string, { sum: Float64Array; count: Uint32Array }>();
  const outputs: { metric: string; mode: string }[] = [];
  for (const r of parseCsvRecords(need('runs.csv'))) {
    if (r.year !== '') continue;
    const key = `${r.metric}|${r.mode}`;
    let acc = sums.get(key);
    if (!acc) { acc = { sum: new Float64Array(n), count: new Uint32Array(n) }; sums.set(key, acc); outputs.push({ metric: r.metric, mode: r.mode }); }
    const p = Number(r.point), v = csvNumber(r.value);
    if (!(p >= 0 && p < n)) throw new UserError(`${where}: runs.csv names point ${r.point}, points.csv has ${n}`);
    if (Number.isFinite(v)) { acc.sum[p] += v; acc.count[p]++; }
  }
  const means = new Map<string, Float64Array>();
  for (const [k, { sum, count }] of sums) means.set(k, sum.map((s, i) => (count[i] ? s / count[i] : NaN)));
  const sens = files['sensitivity.json'];
  return {
    sweep: String(manifest.sweep), designType: String(manifest.design?.type ?? ''), replicates: Number(manifest.replicates ?? 1),
    columns, points, means, outputs, sensitivity: sens ? (JSON.parse(sens) as Sensitivity) : null, manifest,
  };
}

export function readSweepChartData(dir: string): SweepChartData {
  const files: Record<string, string | undefined> = {};
  for (const n of ['manifest.json', 'points.csv', 'runs.csv', 'sensitivity.json']) {
    const f = join(dir, n);
    if (existsSync(f)) files[n] = readFileSync(f, 'utf8');
  }
  return sweepChartDataFromFiles(files, dir);
}

/** The outputs charts show: those of mode `all` when the sweep has them (one panel per metric), else all. */
export function chartedOutputs<T extends { mode: string }>(outputs: readonly T[]): T[] {
  const all = outputs.filter((o) => o.mode === 'all');
  return all.length ? all : [...outputs];
}
