/**
 * What `ipasim run` does when its results folder already exists. A folder whose manifest
 * records the same resolved scenario, seeds and panel option holds exactly the results a new
 * run would write (runs are deterministic), so the run is skipped and says so; anything else
 * in the way is refused unless --force. Kept apart from the folder writing (src/io) so the
 * rule is one small function.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { shortHash } from '../io/hash.js';

export interface RunInputs {
  resolvedScenario: unknown;
  seeds: readonly number[];
  panel: boolean;
}

export type ExistingResults =
  /** Nothing there (or an empty folder): run. */
  | { kind: 'none' }
  /** The same inputs' results: skip, or redo with --force. */
  | { kind: 'same' }
  /** Something else: refuse without --force; `what` says what is there. */
  | { kind: 'other'; what: string };

/** Compares the folder's manifest.json with the inputs of the run about to start. */
export function existingResults(folder: string, want: RunInputs): ExistingResults {
  if (!existsSync(folder)) return { kind: 'none' };
  if (!statSync(folder).isDirectory()) return { kind: 'other', what: 'a file' };
  if (readdirSync(folder).length === 0) return { kind: 'none' };
  const file = join(folder, 'manifest.json');
  if (!existsSync(file)) return { kind: 'other', what: 'files that are not an ipasim run (no manifest.json)' };
  let m: { resolvedScenario?: unknown; seeds?: number[]; panel?: boolean };
  try { m = JSON.parse(readFileSync(file, 'utf8')); } catch { return { kind: 'other', what: 'an unreadable manifest.json' }; }
  // The manifest went through JSON: compare the scenario the same way.
  if (shortHash(m.resolvedScenario) !== shortHash(JSON.parse(JSON.stringify(want.resolvedScenario)))) return { kind: 'other', what: 'a run of a different scenario' };
  if ((m.seeds ?? []).join(',') !== want.seeds.join(',')) return { kind: 'other', what: `a run with seeds ${(m.seeds ?? []).join(', ')}` };
  if (Boolean(m.panel) !== want.panel) return { kind: 'other', what: m.panel ? 'a run with the household panel' : 'a run without the household panel (panel.csv)' };
  return { kind: 'same' };
}
