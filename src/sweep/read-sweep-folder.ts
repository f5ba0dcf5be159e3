/**
 * Reading a finished sweep folder (docs/sweeps.md): manifest.json, points.csv and runs.csv,
 * checked against each other. Every problem is a UserError naming the file. The one reader
 * of sweep results: `ipasim analyze` and the sweep charts both start here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../io/csv-read.js';
import { assertFolderKind } from '../io/folder-kind.js';
import { parseManifest, readVerified } from '../io/integrity.js';
import { UserError } from '../user-error.js';
import { SWEEP_REMEDY } from './sweep-folder.js';

export interface SweepFactor {
  path: string;
  min: number;
  max: number;
  integer: boolean;
}

/** One output of the sweep: a metric of a mode, as a summary figure (year null) or in one year. */
export interface SweepOutput {
  metric: string;
  mode: string;
  year: number | null;
  /** Value of run (point p, replicate r) at p * replicates + r; NaN where undefined. */
  values: Float64Array;
}

export interface SweepData {
  sweep: string;
  design: { type: string; seed: number; factors: SweepFactor[]; samples?: number; trajectories?: number; levels?: number };
  points: number;
  replicates: number;
  /** points.csv parameter columns (after `point` and `variant`). */
  columns: string[];
  /** points.csv values as text, one row per point. */
  cells: string[][];
  /** For a variants design: each point's variant name (points.csv's variant column). */
  variants?: string[];
  /** manifest.json as read. */
  manifest: Record<string, unknown>;
  /** Outputs in the order of their first row in runs.csv. */
  outputs: SweepOutput[];
}

const RUNS_HEADER = 'point,replicate,seed,year,mode,metric,value';

/** The folder's files as name → text (absent files missing). */
export type SweepFiles = Record<string, string | undefined>;

function readText(files: SweepFiles, dir: string, name: string): string {
  const text = files[name];
  if (text === undefined) throw new UserError(`${join(dir, name)} not found: is ${dir} a finished sweep folder? (ipasim sweep writes manifest.json, points.csv and runs.csv when every point is done)`);
  return text;
}

function readManifest(files: SweepFiles, dir: string): Omit<SweepData, 'columns' | 'cells' | 'outputs' | 'variants'> {
  let m: Record<string, any>;
  try { m = JSON.parse(readText(files, dir, 'manifest.json')); } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError(`${join(dir, 'manifest.json')} is not valid JSON: ${(err as Error).message}`);
  }
  if (m.kind !== 'ipasim-sweep') throw new UserError(`${join(dir, 'manifest.json')} is not a sweep manifest (kind is ${JSON.stringify(m.kind)}, expected "ipasim-sweep"): expected the folder of an ipasim sweep`);
  if (m.shard) throw new UserError(`${dir} is shard ${m.shard.index} of ${m.shard.count}: merge the shards first (ipasim merge) and use the merged folder`);
  const d = m.design;
  if (!d || typeof d.type !== 'string' || !Array.isArray(d.factors)) throw new UserError(`${join(dir, 'manifest.json')}: "design" must have a type and a list of factors`);
  if (!Number.isInteger(m.points) || m.points < 1 || !Number.isInteger(m.replicates) || m.replicates < 1) throw new UserError(`${join(dir, 'manifest.json')}: "points" and "replicates" must be whole numbers of at least 1`);
  return { sweep: String(m.sweep), design: d, points: m.points, replicates: m.replicates, manifest: m };
}

function readPoints(files: SweepFiles, dir: string, points: number): { columns: string[]; cells: string[][]; variants?: string[] } {
  const rows = parseCsv(readText(files, dir, 'points.csv'));
  const header = rows[0] ?? [];
  if (header[0] !== 'point') throw new UserError(`${join(dir, 'points.csv')}: the first column must be "point"`);
  const skip = header[1] === 'variant' ? 2 : 1;
  const body = rows.slice(1);
  if (body.length !== points) throw new UserError(`${join(dir, 'points.csv')} has ${body.length} points, manifest.json says ${points}`);
  body.forEach((r, i) => {
    if (Number(r[0]) !== i || r.length !== header.length) throw new UserError(`${join(dir, 'points.csv')} line ${i + 2}: expected point ${i} with ${header.length} fields`);
  });
  return { columns: header.slice(skip), cells: body.map((r) => r.slice(skip)), ...(skip === 2 ? { variants: body.map((r) => r[1]) } : {}) };
}

function readRuns(files: SweepFiles, dir: string, points: number, replicates: number): SweepOutput[] {
  const file = join(dir, 'runs.csv');
  const text = readText(files, dir, 'runs.csv');
  const lines = text.split('\n');
  if (lines[0].replace(/\r$/, '') !== RUNS_HEADER) throw new UserError(`${file}: the header must be ${RUNS_HEADER}`);
  const byKey = new Map<string, { out: SweepOutput; seen: Uint8Array }>();
  for (let l = 1; l < lines.length; l++) {
    const line = lines[l].replace(/\r$/, '');
    if (line === '') continue;
    // Mode and metric names hold no commas, so runs.csv lines need no quote handling.
    const f = line.includes('"') ? parseCsv(line)[0] : line.split(',');
    if (f.length !== 7) throw new UserError(`${file} line ${l + 1}: expected 7 fields, found ${f.length}`);
    const p = Number(f[0]), r = Number(f[1]);
    if (!Number.isInteger(p) || p < 0 || p >= points || !Number.isInteger(r) || r < 0 || r >= replicates) throw new UserError(`${file} line ${l + 1}: point ${f[0]} or replicate ${f[1]} is outside the manifest's ${points} points and ${replicates} replicates`);
    const key = `${f[3]}\t${f[4]}\t${f[5]}`;
    let entry = byKey.get(key);
    if (!entry) {
      const year = f[3] === '' ? null : Number(f[3]);
      if (year !== null && !Number.isInteger(year)) throw new UserError(`${file} line ${l + 1}: year ${f[3]} is not a whole number`);
      entry = { out: { metric: f[5], mode: f[4], year, values: new Float64Array(points * replicates).fill(NaN) }, seen: new Uint8Array(points * replicates) };
      byKey.set(key, entry);
    }
    const at = p * replicates + r;
    if (entry.seen[at]) throw new UserError(`${file} line ${l + 1}: a second value for point ${p}, replicate ${r}, ${f[4]} ${f[5]}${f[3] ? ` ${f[3]}` : ''}`);
    entry.seen[at] = 1;
    if (f[6] !== '') {
      const v = Number(f[6]);
      if (!Number.isFinite(v)) throw new UserError(`${file} line ${l + 1}: value ${JSON.stringify(f[6])} is not a number`);
      entry.out.values[at] = v;
    }
  }
  if (byKey.size === 0) throw new UserError(`${file} has no runs`);
  for (const { out, seen } of byKey.values()) {
    const missing = seen.indexOf(0);
    if (missing >= 0) throw new UserError(`${file} lacks ${out.mode} ${out.metric}${out.year === null ? '' : ` ${out.year}`} for point ${Math.floor(missing / replicates)}, replicate ${missing % replicates}: is the sweep complete?`);
  }
  return [...byKey.values()].map((e) => e.out);
}

/** Cross-checks the three files of a finished (or merged) sweep; `dir` names them in errors. */
export function sweepDataFromFiles(files: SweepFiles, dir: string): SweepData {
  const manifest = readManifest(files, dir);
  return { ...manifest, ...readPoints(files, dir, manifest.points), outputs: readRuns(files, dir, manifest.points, manifest.replicates) };
}

/**
 * Reads the files of a finished sweep folder as text, points.csv and runs.csv verified against
 * the manifest's integrity record (src/io/integrity.ts); those of `extra` too, when present
 * (derived files, such as sensitivity.json, whose records analyze adds to the manifest).
 */
export function readSweepFiles(dir: string, extra: readonly string[] = []): SweepFiles {
  if (!existsSync(dir)) throw new UserError(`sweep folder not found: ${dir}`);
  const manifestFile = join(dir, 'manifest.json');
  const files: SweepFiles = {};
  if (!existsSync(manifestFile)) return files; // sweepDataFromFiles names what is missing
  assertFolderKind(dir, 'sweep', 'give the folder of an ipasim sweep');
  files['manifest.json'] = readFileSync(manifestFile, 'utf8');
  const { manifest, files: records } = parseManifest(files['manifest.json'], manifestFile, SWEEP_REMEDY, 'optional');
  if (!records) {
    if (manifest.kind === 'ipasim-sweep') throw new UserError(`${dir} is not finished (its manifest.json is not sealed yet): run the same ipasim sweep command again to complete it${manifest.shard ? ', then ipasim merge' : ''}`);
    throw new UserError(`${manifestFile} is not a sweep manifest: expected the folder of an ipasim sweep`);
  }
  for (const name of ['points.csv', 'runs.csv']) files[name] = readVerified(dir, name, records, SWEEP_REMEDY).toString('utf8');
  // Derived files (analyze's sensitivity.json) are optional, but when present must be what analyze recorded.
  for (const name of extra) if (existsSync(join(dir, name))) files[name] = readVerified(dir, name, records, `run ipasim analyze ${dir} again to remake it`).toString('utf8');
  return files;
}

/** Reads and cross-checks a finished (or merged) sweep folder. */
export function readSweepData(dir: string): SweepData {
  return sweepDataFromFiles(readSweepFiles(dir), dir);
}
