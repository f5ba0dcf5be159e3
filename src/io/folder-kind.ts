/**
 * What a results folder is, as its manifest.json says: a run's folder (ipasim run), a sweep's
 * (ipasim sweep, merge) or a calibration's (ipasim calibrate). Every command that is given a
 * folder names the kind it found when it is not the one it reads, instead of a message meant
 * for a damaged folder of the right kind.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../user-error.js';

export type FolderKind = 'run' | 'sweep' | 'calibration';

/** The kind a parsed manifest describes, or undefined when it is none of ipasim's. */
export function folderKindOf(manifest: unknown): FolderKind | undefined {
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) return undefined;
  const m = manifest as Record<string, unknown>;
  if (m.kind === 'ipasim-sweep') return 'sweep';
  if (m.kind === 'ipasim-calibration') return 'calibration';
  if (m.kind === undefined && 'resolvedScenario' in m && 'seeds' in m) return 'run';
  return undefined;
}

/**
 * The kind of the folder `dir` from its manifest.json, read without any integrity check (the
 * reader of that kind checks it); undefined when there is no readable manifest of ipasim's.
 */
export function peekFolderKind(dir: string): FolderKind | undefined {
  const file = join(dir, 'manifest.json');
  if (!existsSync(file) || !statSync(file).isFile()) return undefined;
  try {
    return folderKindOf(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return undefined;
  }
}

/** Refuses a manifest.json that is not a file (a folder, a broken link), saying so. */
export function assertManifestIsFile(dir: string): void {
  const file = join(dir, 'manifest.json');
  if (existsSync(file) && !statSync(file).isFile()) throw new UserError(`${file} is not a file (a folder of that name?): ${dir} is not a results folder of ipasim's`);
}

/** "a calibration folder (ipasim calibrate)": how a message names a folder of this kind. */
export const describeFolderKind = (kind: FolderKind): string =>
  ({ run: "a run's results folder (ipasim run)", sweep: 'a sweep folder (ipasim sweep)', calibration: 'a calibration folder (ipasim calibrate)' })[kind];

/**
 * Throws a UserError when `dir`'s manifest says it is a folder of another kind than `wanted`,
 * naming both; `advice` says what to give instead. A folder whose kind cannot be told is left
 * to the reader, which says what is wrong with it.
 */
export function assertFolderKind(dir: string, wanted: FolderKind, advice: string): void {
  assertManifestIsFile(dir);
  const kind = peekFolderKind(dir);
  if (kind && kind !== wanted) throw new UserError(`${dir} is ${describeFolderKind(kind)}, not ${describeFolderKind(wanted).replace(/ \(.*\)$/, '')}: ${advice}`);
}
