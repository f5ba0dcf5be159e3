/**
 * A sweep's results folder on disk (layout in docs/sweeps.md): manifest.json written first,
 * finished points committed in whole batch files under batches/, and the final tables written
 * once every point is in. Every file goes through writeFileAtomic (temporary name, then
 * rename), so a kill at any moment leaves whole batches and whole tables, never half a row.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../io/results-dir.js';
import { UserError } from '../user-error.js';
import { pointOfLine } from './run-rows.js';
import type { SweepManifest } from './sweep-manifest.js';

const BATCHES = 'batches';
/** runs.csv is written last: its presence means the folder is complete. */
export const FINAL_FILES = ['runs.arrow', 'points.csv', 'runs.csv'] as const;

export interface FolderState {
  /** True when the final tables exist: nothing is left to run. */
  complete: boolean;
  /** Lines of every committed point, by point. */
  committed: Map<number, string[]>;
  /** Batch files already present (the next one gets a higher number). */
  batches: number;
}

/**
 * Creates `dir` with its manifest, or reopens it for resuming. Refuses a folder that holds
 * something else, or another sweep (a changed sweep file, base scenario or ipasim version):
 * mixing its data with this one's would be silent corruption.
 */
export function openSweepFolder(dir: string, manifest: SweepManifest, manifestText: string): FolderState {
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UserError(`the results folder path is a file: ${dir}`);
  const entries = existsSync(dir) ? readdirSync(dir) : [];
  if (entries.length === 0) {
    writeFileAtomic(join(dir, 'manifest.json'), manifestText);
    mkdirSync(join(dir, BATCHES), { recursive: true });
    return { complete: false, committed: new Map(), batches: 0 };
  }
  const manifestFile = join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) throw new UserError(`${dir} is not empty and holds no sweep manifest.json: choose another --out or remove it`);
  assertSameSweep(dir, readManifest(manifestFile), manifest);
  mkdirSync(join(dir, BATCHES), { recursive: true });
  const complete = existsSync(join(dir, 'runs.csv'));
  const { committed, batches } = readBatches(join(dir, BATCHES));
  return { complete, committed, batches };
}

export function readManifest(file: string): SweepManifest {
  try {
    const m = JSON.parse(readFileSync(file, 'utf8'));
    if (m?.kind !== 'ipasim-sweep') throw new Error('not a sweep manifest');
    return m as SweepManifest;
  } catch (err) {
    throw new UserError(`${file} is not a readable sweep manifest (${(err as Error).message})`);
  }
}

/** Names what differs between the folder's manifest and this sweep's, in the order a user would check. */
function assertSameSweep(dir: string, found: SweepManifest, wanted: SweepManifest): void {
  const differs = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);
  const what: string[] = [];
  if (differs(found.resolvedSweep, wanted.resolvedSweep)) what.push('the sweep file');
  if (differs(found.resolvedScenario, wanted.resolvedScenario)) what.push('the base scenario');
  if (found.ipasimVersion !== wanted.ipasimVersion) what.push(`the ipasim version (${found.ipasimVersion} there, ${wanted.ipasimVersion} here)`);
  // Within one version the code can still change (a development checkout): compare commits when both are known.
  else if (found.gitCommit && wanted.gitCommit && found.gitCommit !== wanted.gitCommit) what.push(`the code (git commit ${found.gitCommit.slice(0, 10)} there, ${wanted.gitCommit.slice(0, 10)} here)`);
  if (differs(found.shard, wanted.shard)) what.push(`the shard (${shardText(found.shard)} there, ${shardText(wanted.shard)} here)`);
  if (what.length > 0)
    throw new UserError(`${dir} holds results of a different sweep: ${what.join(', ')} changed since it was started.\nResuming would mix two sweeps' data. Use another --out (or remove the folder) to start afresh.`);
}

const shardText = (s: SweepManifest['shard']) => (s ? `${s.index}/${s.count}` : 'no shard');

/** Batch files: a `# points: 3,7,9` line (points with no rows still count as done), then runs.csv lines. */
function readBatches(dir: string): { committed: Map<number, string[]>; batches: number } {
  const committed = new Map<number, string[]>();
  const files = readdirSync(dir).filter((f) => /^batch-\d+\.csv$/.test(f)).sort();
  for (const f of files) {
    const [head, ...lines] = readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l !== '');
    if (!head?.startsWith('# points: ')) throw new UserError(`damaged batch file ${join(dir, f)} (no points line): remove it to redo its points`);
    const points = head.slice('# points: '.length).split(',').map(Number);
    for (const p of points) {
      if (committed.has(p)) throw new UserError(`point ${p} appears in two batch files under ${dir}: remove the newer one`);
      committed.set(p, []);
    }
    for (const line of lines) {
      const p = pointOfLine(line);
      const rows = committed.get(p);
      if (!rows) throw new UserError(`damaged batch file ${join(dir, f)}: a row of point ${p}, which its points line does not list`);
      rows.push(line);
    }
  }
  const last = files.length ? Number(files[files.length - 1].match(/\d+/)![0]) : 0;
  return { committed, batches: last };
}

/** Commits finished points as one batch file (numbered so files sort in commit order). */
export function commitBatch(dir: string, number: number, points: ReadonlyMap<number, readonly string[]>): void {
  const text = `# points: ${[...points.keys()].join(',')}\n${[...points.values()].flat().map((l) => `${l}\n`).join('')}`;
  writeFileAtomic(join(dir, BATCHES, `batch-${String(number).padStart(6, '0')}.csv`), text);
}

/** Writes the final tables (runs.csv last) and removes the batches. */
export function writeFinalTables(dir: string, files: { 'points.csv': string; 'runs.csv': string; 'runs.arrow': Uint8Array }): void {
  for (const name of FINAL_FILES) writeFileAtomic(join(dir, name), files[name]);
  rmSync(join(dir, BATCHES), { recursive: true, force: true });
}
