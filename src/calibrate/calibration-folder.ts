/**
 * A calibration's folder on disk (layout in docs/calibration.md):
 *
 *   manifest.json                     what is being calibrated (sealed; refused if it differs on resume)
 *   gen-000/batches/batch-*.csv       candidates' lines, committed in whole batches, each with its end line
 *   gen-000/state.json                the particle system once the generation is complete, sealed
 *                                     with the records of the generation's batches
 *   gen-001/...                       and so on; then the outputs (write-outputs.ts)
 *
 * Every file ipasim reads back here is checked before use (the scheme of src/io/integrity.ts):
 * the manifest by its seal; a batch by its end line, which also names this calibration (the
 * folder's id), so a batch from another calibration is refused; a state.json by its seal,
 * which names this calibration and records its generation's batches. A damaged or foreign
 * file is refused (exit 2) naming the file and what to remove, before any candidate runs.
 *
 * Shards of one generation write into the same batches/ folder under their own file names, so
 * on a shared file system nothing needs merging: whoever finds a generation complete finishes
 * it, and every process computes the same state. Every file goes through writeFileAtomic.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describeFolderKind, folderKindOf } from '../io/folder-kind.js';
import { folderId, IntegrityError, parseManifest, readVerified, recordsOf, sealManifest } from '../io/integrity.js';
import { formatJson } from '../io/json.js';
import { gitCommit, ipasimVersion } from '../io/manifest.js';
import { writeFileAtomic } from '../io/results-dir.js';
import { batchText, parseBatch, type BatchKind } from '../sweep/batch-file.js';
import type { Shard } from '../sweep/sweep-manifest.js';
import { UserError } from '../user-error.js';
import type { CalibrationPlan } from './load-targets.js';
import type { SmcState } from './smc.js';

export interface CalibrationManifest {
  kind: 'ipasim-calibration';
  name: string;
  targetsFile: string;
  scenarioFile: string;
  hash: string;
  parameters: CalibrationPlan['parameters'];
  seeds: number[];
  settings: CalibrationPlan['settings'];
  ipasimVersion: string;
  gitCommit: string | null;
  node: string;
  resolvedTargets: unknown;
  resolvedScenario: unknown;
}

export function buildCalibrationManifest(plan: CalibrationPlan): CalibrationManifest {
  return {
    kind: 'ipasim-calibration', name: plan.name, targetsFile: plan.file, scenarioFile: plan.scenarioFile, hash: plan.hash,
    parameters: plan.parameters, seeds: plan.seeds, settings: plan.settings,
    ipasimVersion: ipasimVersion(), gitCommit: gitCommit(), node: process.version,
    resolvedTargets: plan.resolved, resolvedScenario: plan.base,
  };
}

/** What to do about a damaged calibration manifest: nothing in the folder can be trusted to belong to it. */
const MANIFEST_REMEDY = 'run the calibration again into a new folder (--out <new folder>), or remove this one';

/** Creates the folder with its sealed manifest, or reopens it, refusing one that holds another calibration or a damaged manifest. */
export function openCalibrationFolder(dir: string, manifest: CalibrationManifest): void {
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UserError(`the results folder path is a file: ${dir}`);
  const file = join(dir, 'manifest.json');
  if (!existsSync(dir) || readdirSync(dir).length === 0) { writeFileAtomic(file, formatJson(sealManifest(manifest, {}))); return; }
  if (!existsSync(file)) throw new UserError(`${dir} is not empty and holds no calibration manifest.json: choose another --out or remove it`);
  const found = readManifest(dir);
  const differs = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);
  const what: string[] = [];
  if (differs(found.resolvedTargets, manifest.resolvedTargets)) what.push('the targets file (or the budget: --quick, --particles, --generations, --replicates)');
  if (differs(found.resolvedScenario, manifest.resolvedScenario)) what.push('the base scenario');
  if (found.ipasimVersion !== manifest.ipasimVersion) what.push(`the ipasim version (${found.ipasimVersion} there, ${manifest.ipasimVersion} here)`);
  else if (found.gitCommit && manifest.gitCommit && found.gitCommit !== manifest.gitCommit) what.push(`the code (git commit ${found.gitCommit.slice(0, 10)} there, ${manifest.gitCommit.slice(0, 10)} here)`);
  if (what.length > 0) throw new UserError(`${dir} holds another calibration: ${what.join(', ')} changed since it was started.\nResuming would mix two calibrations. Use another --out (or remove the folder) to start afresh.`);
}

/** The folder's manifest, its seal checked; a folder of another kind is named as such. */
function readManifest(dir: string): CalibrationManifest {
  const file = join(dir, 'manifest.json');
  let parsed: unknown;
  try { parsed = JSON.parse(readFileSync(file, 'utf8')); } catch { parsed = undefined; }
  const kind = folderKindOf(parsed);
  if (kind && kind !== 'calibration') throw new UserError(`${dir} is ${describeFolderKind(kind)}, not a calibration's: choose another --out`);
  const { manifest } = parseManifest(readFileSync(file, 'utf8'), file, MANIFEST_REMEDY);
  if (manifest.kind !== 'ipasim-calibration') throw new IntegrityError(`${file} is not a calibration manifest: ${MANIFEST_REMEDY}`);
  return manifest as unknown as CalibrationManifest;
}

/** The id of the calibration in `dir` (folderId of its manifest): what its batches and states name. */
export const calibrationId = (dir: string): string => folderId(readManifest(dir));

export const generationDir = (dir: string, g: number) => join(dir, `gen-${String(g).padStart(3, '0')}`);

/** A completed generation: the state, and where each particle's runs are (generation, candidate). */
export interface GenerationRecord {
  state: SmcState;
  origins: [number, number][];
}

/** Every completed generation's record, in order, each checked with its batches. */
export function completedRecords(dir: string): GenerationRecord[] {
  const owner = calibrationId(dir);
  const out: GenerationRecord[] = [];
  for (let g = 0; existsSync(join(generationDir(dir, g), 'state.json')); g++) out.push(readRecord(dir, g, owner));
  return out;
}

/** The last completed generation's record, or undefined when none is; every completed one is checked on the way. */
export function lastCompleted(dir: string): GenerationRecord | undefined {
  return completedRecords(dir).at(-1);
}

/** What to do about a damaged or foreign state.json: the generation is completed again from its batches, and every later one follows from it as before. */
const STATE_REMEDY = 'remove it and run the same command again: the generation is completed again from its batches';

/** What to do about a damaged, missing or foreign batch of a completed generation: its candidates run again, then the generation completes again. */
const completedBatchRemedy = (stateFile: string) => `remove ${stateFile} and this batch file, then run the same command again: the batch's candidates are run again and the generation is completed again`;

function readRecord(dir: string, g: number, owner: string): GenerationRecord {
  const gen = generationDir(dir, g);
  const file = join(gen, 'state.json');
  const { manifest, files } = parseManifest(readFileSync(file, 'utf8'), file, STATE_REMEDY, 'required', { id: owner, kind: 'calibration' });
  // The batches this state was computed from, as they were: none missing, changed or added since.
  const batches = join(gen, 'batches');
  for (const name of Object.keys(files!)) readVerified(batches, name, files!, completedBatchRemedy(file), 'state.json');
  for (const name of batchFiles(batches)) if (!files![name]) throw new IntegrityError(`${join(batches, name)} is not among the batches ${file} was computed from (it was added afterwards): remove it`);
  const { integrity: _i, ...r } = manifest as unknown as GenerationRecord & { integrity: unknown };
  // JSON has no -Infinity: a candidate with an undefined target was stored as null.
  const finite = (l: number | null) => (l === null ? -Infinity : l);
  r.state.loglik = r.state.loglik.map(finite);
  r.state.stageLoglik = r.state.stageLoglik.map((ls) => ls.map(finite));
  return r;
}

/** The generation's state, sealed for this calibration with the records of the batches it was computed from. */
export function writeRecord(dir: string, record: GenerationRecord): void {
  const gen = generationDir(dir, record.state.generation);
  const batches = join(gen, 'batches');
  const names = batchFiles(batches);
  const contents = Object.fromEntries(names.map((n) => [n, readFileSync(join(batches, n))]));
  writeFileAtomic(join(gen, 'state.json'), formatJson(sealManifest(record, recordsOf(contents, names), calibrationId(dir))));
}

const batchFiles = (batches: string): string[] => (existsSync(batches) ? readdirSync(batches).filter((n) => /^batch-[\w-]+\.csv$/.test(n)).sort() : []);

/** A calibration's batch, whose remedy depends on whether its generation is complete. */
const candidates = (remedy: string): BatchKind => ({ head: '# candidates: ', owner: 'calibration', remedy });

/** Lines of every committed candidate of generation g, by candidate; each batch checked against its end line and this calibration. */
export function readCommitted(dir: string, g: number): Map<number, string[]> {
  const batches = join(generationDir(dir, g), 'batches');
  const out = new Map<number, string[]>();
  const names = batchFiles(batches);
  if (names.length === 0) return out;
  const owner = calibrationId(dir);
  const state = join(generationDir(dir, g), 'state.json');
  // A batch of a completed generation is part of what its state was computed from.
  const kind = candidates(existsSync(state) ? completedBatchRemedy(state) : 'remove it and run the same command again: its candidates will be run again');
  for (const f of names) {
    const file = join(batches, f);
    for (const [c, lines] of parseBatch(readFileSync(file, 'utf8'), file, owner, kind)) {
      if (out.has(c)) throw new UserError(`candidate ${c} appears in two batch files under ${batches}: remove the newer one (${file})`);
      out.set(c, lines);
    }
  }
  return out;
}

/** Commits finished candidates as one batch file, with its end line for this calibration; `tag` keeps shards' files apart. */
export function commitCandidates(dir: string, g: number, tag: string, number: number, lines: ReadonlyMap<number, readonly string[]>): void {
  const batches = join(generationDir(dir, g), 'batches');
  mkdirSync(batches, { recursive: true });
  writeFileAtomic(join(batches, `batch-${tag}-${String(number).padStart(6, '0')}.csv`), batchText(lines, calibrationId(dir), candidates('')));
}

/** The batch-file tag of a process: its shard, or "all". */
export const shardTag = (shard: Shard | undefined) => (shard ? `${shard.index}of${shard.count}` : 'all');

/** The next batch number for `tag` in generation g (numbers keep commit order within a tag). */
export function nextBatchNumber(dir: string, g: number, tag: string): number {
  const batches = join(generationDir(dir, g), 'batches');
  if (!existsSync(batches)) return 1;
  const mine = readdirSync(batches).map((f) => new RegExp(`^batch-${tag}-(\\d+)\\.csv$`).exec(f)).filter((m) => m).map((m) => Number(m![1]));
  return mine.length ? Math.max(...mine) + 1 : 1;
}
