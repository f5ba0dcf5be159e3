/**
 * What `ipasim run` does when its results folder already exists. A folder whose manifest
 * records the same resolved scenario, seeds and panel option holds exactly the results a new
 * run would write (runs are deterministic), so the run is skipped and says so, but only once
 * the folder has passed the integrity check every reader makes (src/io/integrity.ts): its
 * sealed manifest and every file it records. A damaged folder is never taken for the results:
 * it is refused, naming the file, and `--force` makes it again. Anything else in the way is
 * refused unless --force. Kept apart from the folder writing (src/io) so the rule is one small
 * function.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describeFolderKind, folderKindOf } from '../io/folder-kind.js';
import { shortHash } from '../io/hash.js';
import { IntegrityError, parseManifest, readVerified } from '../io/integrity.js';

export interface RunInputs {
  resolvedScenario: unknown;
  seeds: readonly number[];
  panel: boolean;
}

export type ExistingResults =
  /** Nothing there (or an empty folder): run. */
  | { kind: 'none' }
  /** The same inputs' results, every file verified: skip, or redo with --force. `summary`: summary.json's verified text. */
  | { kind: 'same'; summary: string }
  /** A run folder that fails its integrity check: refuse (the error names the file), or redo with --force. */
  | { kind: 'damaged'; error: IntegrityError }
  /** Something else: refuse without --force; `what` says what is there. */
  | { kind: 'other'; what: string };

/** What to do about a damaged folder found where the run writes: make it again, in place. */
export const FORCE_REMEDY = 'run the same command with --force to simulate it again and replace the folder';

/** The files a run folder always has (the others, panel.csv and replicates.csv, only with --panel or replicates). */
const ALWAYS = ['yearly.csv', 'summary.json', 'survey.csv'];

/** Compares the folder's manifest.json with the inputs of the run about to start, and verifies the folder when they match. */
export function existingResults(folder: string, want: RunInputs): ExistingResults {
  if (!existsSync(folder)) return { kind: 'none' };
  if (!statSync(folder).isDirectory()) return { kind: 'other', what: 'a file' };
  if (readdirSync(folder).length === 0) return { kind: 'none' };
  const file = join(folder, 'manifest.json');
  if (!existsSync(file) || !statSync(file).isFile()) return { kind: 'other', what: 'files that are not an ipasim run (no manifest.json)' };
  const text = readFileSync(file, 'utf8');
  let loose: unknown;
  try { loose = JSON.parse(text); } catch { loose = undefined; }
  const kind = folderKindOf(loose);
  if (kind && kind !== 'run') return { kind: 'other', what: describeFolderKind(kind) };
  let manifest: { resolvedScenario?: unknown; seeds?: number[]; panel?: boolean };
  let records;
  try {
    ({ manifest, files: records } = parseManifest(text, file, FORCE_REMEDY));
  } catch (err) {
    if (err instanceof IntegrityError) return { kind: 'damaged', error: err };
    throw err;
  }
  // The manifest went through JSON: compare the scenario the same way.
  if (shortHash(manifest.resolvedScenario) !== shortHash(JSON.parse(JSON.stringify(want.resolvedScenario)))) return { kind: 'other', what: 'a run of a different scenario' };
  if ((manifest.seeds ?? []).join(',') !== want.seeds.join(',')) return { kind: 'other', what: `a run with seeds ${(manifest.seeds ?? []).join(', ')}` };
  if (Boolean(manifest.panel) !== want.panel) return { kind: 'other', what: manifest.panel ? 'a run with the household panel' : 'a run without the household panel (panel.csv)' };
  try {
    const recorded = Object.keys(records!);
    const texts = Object.fromEntries([...new Set([...ALWAYS, ...recorded])].map((name) => [name, readVerified(folder, name, records!, FORCE_REMEDY).toString('utf8')]));
    return { kind: 'same', summary: texts['summary.json'] };
  } catch (err) {
    if (err instanceof IntegrityError) return { kind: 'damaged', error: err };
    throw err;
  }
}
