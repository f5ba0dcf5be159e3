/**
 * A sweep's results folder on disk (layout in docs/sweeps.md): manifest.json written first,
 * finished points committed in whole batch files under batches/ (each with its integrity
 * trailer), and the final tables written once every point is in, then the manifest sealed
 * with their records. Every file goes through writeFileAtomic (temporary name, then rename),
 * so a kill leaves whole files; a file damaged afterwards is caught by its record.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { assertFolderKind } from '../io/folder-kind.js';
import { folderId, parseManifest, readVerified, recordsOf, sealManifest, type FileRecords } from '../io/integrity.js';
import { writeFileAtomic } from '../io/results-dir.js';
import { UserError } from '../user-error.js';
import { batchText, parseBatch } from './batch-file.js';
import { sweepManifestJson, type SweepManifest } from './sweep-manifest.js';

const BATCHES = 'batches';
/** The final tables, in the order written; the sealed manifest follows them and marks the folder complete. */
export const FINAL_FILES = ['runs.arrow', 'points.csv', 'runs.csv'] as const;

export interface FolderState {
  /** True when the final tables exist: nothing is left to run. */
  complete: boolean;
  /** Lines of every committed point, by point. */
  committed: Map<number, string[]>;
  /** Batch files already present (the next one gets a higher number). */
  batches: number;
  /** The folder's id (folderId of its manifest as on disk): what its batches' end lines name. */
  owner: string;
}

/** What to do about a damaged finished sweep: its batches are gone, so only a new run remakes it. */
export const SWEEP_REMEDY = 'run the sweep again into a new folder (ipasim sweep <file> --out <new folder>), or remove this one and rerun';

/**
 * Creates `dir` with its manifest, or reopens it for resuming. Refuses a folder that holds
 * something else, or another sweep (a changed sweep file, base scenario or ipasim version):
 * mixing its data with this one's would be silent corruption. Every batch is checked against
 * its trailer, and a finished folder's tables against its sealed manifest, before anything runs.
 */
export function openSweepFolder(dir: string, manifest: SweepManifest, manifestText: string): FolderState {
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UserError(`the results folder path is a file: ${dir}`);
  const entries = existsSync(dir) ? readdirSync(dir) : [];
  if (entries.length === 0) {
    writeFileAtomic(join(dir, 'manifest.json'), manifestText);
    mkdirSync(join(dir, BATCHES), { recursive: true });
    return { complete: false, committed: new Map(), batches: 0, owner: folderId(JSON.parse(manifestText)) };
  }
  const manifestFile = join(dir, 'manifest.json');
  if (!existsSync(manifestFile)) throw new UserError(`${dir} is not empty and holds no sweep manifest.json: choose another --out or remove it`);
  const { manifest: found, files } = readManifestRecords(manifestFile);
  assertSameSweep(dir, found, manifest);
  if (files) {
    // Sealed: the sweep finished. Its tables must still be what the seal records.
    for (const name of FINAL_FILES) readVerified(dir, name, files, SWEEP_REMEDY);
    return { complete: true, committed: new Map(), batches: 0, owner: folderId(found) };
  }
  mkdirSync(join(dir, BATCHES), { recursive: true });
  // Batches were written against the manifest as it is on disk (it is not rewritten until sealed).
  const owner = folderId(found);
  const { committed, batches } = readBatches(join(dir, BATCHES), owner);
  return { complete: false, committed, batches, owner };
}

/** A sweep manifest and, when the sweep (or shard) is finished, the records of its tables. */
export function readManifestRecords(file: string): { manifest: SweepManifest; files: FileRecords | null } {
  assertFolderKind(dirname(file), 'sweep', 'choose another --out');
  const { manifest, files } = parseManifest(readFileSync(file, 'utf8'), file, 'remove the folder and run the sweep again', 'optional');
  if (manifest.kind !== 'ipasim-sweep') throw new UserError(`${file} is not the manifest of an ipasim sweep: choose another --out`);
  return { manifest: manifest as unknown as SweepManifest, files };
}

export function readManifest(file: string): SweepManifest {
  return readManifestRecords(file).manifest;
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

/** Every batch file, each checked against its end line (batch-file.ts) and this sweep's id, as committed lines by point. */
function readBatches(dir: string, owner: string): { committed: Map<number, string[]>; batches: number } {
  const committed = new Map<number, string[]>();
  const files = readdirSync(dir).filter((f) => /^batch-\d+\.csv$/.test(f)).sort();
  for (const f of files) {
    for (const [p, rows] of parseBatch(readFileSync(join(dir, f), 'utf8'), join(dir, f), owner)) {
      if (committed.has(p)) throw new UserError(`point ${p} appears in two batch files under ${dir}: remove the newer one (${join(dir, f)})`);
      committed.set(p, rows);
    }
  }
  const last = files.length ? Number(files[files.length - 1].match(/\d+/)![0]) : 0;
  return { committed, batches: last };
}

/** Commits finished points as one batch file (numbered so files sort in commit order) of the sweep `owner` (FolderState.owner). */
export function commitBatch(dir: string, number: number, points: ReadonlyMap<number, readonly string[]>, owner: string): void {
  writeFileAtomic(join(dir, BATCHES, `batch-${String(number).padStart(6, '0')}.csv`), batchText(points, owner));
}

/**
 * Writes the final tables, then the manifest sealed with their records (the mark of a
 * finished folder), then removes the batches: a kill at any moment leaves either the batches
 * to resume from or a sealed, complete folder.
 */
export function writeFinalTables(dir: string, manifest: SweepManifest, files: { 'points.csv': string; 'runs.csv': string; 'runs.arrow': Uint8Array }): void {
  for (const name of FINAL_FILES) writeFileAtomic(join(dir, name), files[name]);
  writeFileAtomic(join(dir, 'manifest.json'), sweepManifestJson(sealManifest(manifest, recordsOf(files, FINAL_FILES))));
  rmSync(join(dir, BATCHES), { recursive: true, force: true });
}
