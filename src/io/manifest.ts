/**
 * manifest.json (fields documented in docs/results.md): what was run, with which code and
 * when. Between two runs of the same scenario, seeds and code, every results file is
 * byte-identical except the manifest's timing fields `startedAt` and `durationMs`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Integrity } from './integrity.js';
import { formatJson } from './json.js';

export interface ManifestInput {
  scenarioName: string;
  /** The scenario file as given on the command line. */
  scenarioFile: string;
  /** The scenario after `extends` and defaults: enough to rerun without the file. */
  resolvedScenario: unknown;
  /** One seed per replicate; seeds[0] is the master seed. */
  seeds: number[];
  replicates: number;
  startedAt: Date;
  durationMs: number;
  panel: boolean;
}

export interface Manifest {
  /** The scenario's name. */
  scenario: string;
  scenarioFile: string;
  /** The master seed (seeds[0]). */
  seed: number;
  seeds: number[];
  replicates: number;
  panel: boolean;
  ipasimVersion: string;
  gitCommit: string | null;
  node: string;
  /** ISO 8601, UTC. Varies between otherwise identical runs. */
  startedAt: string;
  /** Wall-clock milliseconds. Varies between otherwise identical runs. */
  durationMs: number;
  resolvedScenario: unknown;
  /** The records of the folder's files and the manifest's own hash (integrity.ts); last. */
  integrity?: Integrity;
}

/** The files of a run's folder that manifest.json records (size, SHA-256, rows): every table a reader uses. */
export const RECORDED_RUN_FILES = ['yearly.csv', 'summary.json', 'survey.csv', 'panel.csv', 'replicates.csv'] as const;

let root: string | undefined;

/**
 * The folder holding ipasim's package.json, found by walking up from this module: the same
 * code runs from src/io (tsx, vitest) and dist/src/io (built), at different depths.
 */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).name === 'ipasim') return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find ipasim's package.json above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
}

export function ipasimVersion(): string {
  return String(JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')).version);
}

/**
 * The commit of the ipasim checkout, or null when git is missing, the package is not a git
 * work tree, or it is an installed copy under node_modules (whose enclosing repository, if
 * any, is someone else's project and says nothing about ipasim's code).
 */
export function gitCommit(): string | null {
  const dir = packageRoot();
  if (dir.split(sep).includes('node_modules')) return null;
  try {
    const out = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'], encoding: 'utf8', timeout: 5000 }).trim();
    return /^[0-9a-f]{40,64}$/.test(out) ? out : null;
  } catch {
    return null;
  }
}

export function buildManifest(input: ManifestInput): Manifest {
  if (input.seeds.length !== input.replicates) throw new Error(`manifest: ${input.seeds.length} seeds for ${input.replicates} replicates`);
  // Field order as in docs/results.md: what was run, with which code, when, then the scenario.
  return {
    scenario: input.scenarioName,
    scenarioFile: input.scenarioFile,
    seed: input.seeds[0],
    seeds: input.seeds,
    replicates: input.replicates,
    panel: input.panel,
    ipasimVersion: ipasimVersion(),
    gitCommit: gitCommit(),
    node: process.version,
    startedAt: input.startedAt.toISOString(),
    durationMs: Math.round(input.durationMs),
    // Last: it is long, and the fields above are what a reader looks for first.
    resolvedScenario: input.resolvedScenario,
  };
}

/** manifest.json's text: 2-space JSON with a trailing newline. */
export function manifestJson(manifest: Manifest): string {
  return formatJson(manifest);
}
