/**
 * A calibration's folder on disk (layout in docs/calibration.md):
 *
 *   manifest.json                     what is being calibrated (refused if it differs on resume)
 *   gen-000/batches/batch-*.csv       candidates' lines, committed in whole batches
 *   gen-000/state.json                the particle system once the generation is complete
 *   gen-001/...                       and so on; then the outputs (write-outputs.ts)
 *
 * Shards of one generation write into the same batches/ folder under their own file names, so
 * on a shared file system nothing needs merging: whoever finds a generation complete finishes
 * it, and every process computes the same state. Every file goes through writeFileAtomic.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatJson } from '../io/json.js';
import { gitCommit, ipasimVersion } from '../io/manifest.js';
import { writeFileAtomic } from '../io/results-dir.js';
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

/** Creates the folder with its manifest, or reopens it, refusing one that holds another calibration. */
export function openCalibrationFolder(dir: string, manifest: CalibrationManifest): void {
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UserError(`the results folder path is a file: ${dir}`);
  const file = join(dir, 'manifest.json');
  if (!existsSync(dir) || readdirSync(dir).length === 0) { writeFileAtomic(file, formatJson(manifest)); return; }
  if (!existsSync(file)) throw new UserError(`${dir} is not empty and holds no calibration manifest.json: choose another --out or remove it`);
  let found: CalibrationManifest;
  try {
    found = JSON.parse(readFileSync(file, 'utf8'));
    if (found?.kind !== 'ipasim-calibration') throw new Error('not a calibration manifest');
  } catch (err) {
    throw new UserError(`${file} is not a readable calibration manifest (${(err as Error).message})`);
  }
  const differs = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);
  const what: string[] = [];
  if (differs(found.resolvedTargets, manifest.resolvedTargets)) what.push('the targets file (or the budget: --quick, --particles, --generations, --replicates)');
  if (differs(found.resolvedScenario, manifest.resolvedScenario)) what.push('the base scenario');
  if (found.ipasimVersion !== manifest.ipasimVersion) what.push(`the ipasim version (${found.ipasimVersion} there, ${manifest.ipasimVersion} here)`);
  else if (found.gitCommit && manifest.gitCommit && found.gitCommit !== manifest.gitCommit) what.push(`the code (git commit ${found.gitCommit.slice(0, 10)} there, ${manifest.gitCommit.slice(0, 10)} here)`);
  if (what.length > 0) throw new UserError(`${dir} holds another calibration: ${what.join(', ')} changed since it was started.\nResuming would mix two calibrations. Use another --out (or remove the folder) to start afresh.`);
}

export const generationDir = (dir: string, g: number) => join(dir, `gen-${String(g).padStart(3, '0')}`);

/** A completed generation: the state, and where each particle's runs are (generation, candidate). */
export interface GenerationRecord {
  state: SmcState;
  origins: [number, number][];
}

/** Every completed generation's record, in order. */
export function completedRecords(dir: string): GenerationRecord[] {
  const out: GenerationRecord[] = [];
  for (let g = 0; existsSync(join(generationDir(dir, g), 'state.json')); g++) out.push(readRecord(dir, g));
  return out;
}

/** The last completed generation's record, or undefined when none is. */
export function lastCompleted(dir: string): GenerationRecord | undefined {
  let last: GenerationRecord | undefined;
  for (let g = 0; existsSync(join(generationDir(dir, g), 'state.json')); g++) last = readRecord(dir, g);
  return last;
}

function readRecord(dir: string, g: number): GenerationRecord {
  const file = join(generationDir(dir, g), 'state.json');
  try {
    const r = JSON.parse(readFileSync(file, 'utf8')) as GenerationRecord;
    // JSON has no -Infinity: a candidate with an undefined target was stored as null.
    r.state.loglik = r.state.loglik.map((l) => (l === null ? -Infinity : l));
    return r;
  } catch (err) {
    throw new UserError(`damaged ${file} (${(err as Error).message}): remove it to redo the generation's last step`);
  }
}

export function writeRecord(dir: string, record: GenerationRecord): void {
  writeFileAtomic(join(generationDir(dir, record.state.generation), 'state.json'), formatJson(record));
}

/** Lines of every committed candidate of generation g, by candidate. */
export function readCommitted(dir: string, g: number): Map<number, string[]> {
  const batches = join(generationDir(dir, g), 'batches');
  const out = new Map<number, string[]>();
  if (!existsSync(batches)) return out;
  for (const f of readdirSync(batches).filter((n) => /^batch-[\w-]+\.csv$/.test(n)).sort()) {
    const [head, ...lines] = readFileSync(join(batches, f), 'utf8').split('\n').filter((l) => l !== '');
    if (!head?.startsWith('# candidates: ')) throw new UserError(`damaged batch file ${join(batches, f)} (no candidates line): remove it to redo its candidates`);
    const ids = head.slice('# candidates: '.length).split(',').map(Number);
    for (const c of ids) {
      if (out.has(c)) throw new UserError(`candidate ${c} appears in two batch files under ${batches}: remove the newer one`);
      out.set(c, []);
    }
    for (const line of lines) {
      const c = Number(line.slice(0, line.indexOf(',')));
      const rows = out.get(c);
      if (!rows) throw new UserError(`damaged batch file ${join(batches, f)}: a line of candidate ${c}, which its candidates line does not list`);
      rows.push(line);
    }
  }
  return out;
}

/** Commits finished candidates as one batch file; `tag` keeps shards' files apart. */
export function commitCandidates(dir: string, g: number, tag: string, number: number, lines: ReadonlyMap<number, readonly string[]>): void {
  const text = `# candidates: ${[...lines.keys()].join(',')}\n${[...lines.values()].flat().map((l) => `${l}\n`).join('')}`;
  const batches = join(generationDir(dir, g), 'batches');
  mkdirSync(batches, { recursive: true });
  writeFileAtomic(join(batches, `batch-${tag}-${String(number).padStart(6, '0')}.csv`), text);
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
