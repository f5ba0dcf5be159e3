/**
 * Peak memory of a whole `ipasim` process, measured from inside it: node preloads a module
 * (--import) that, as the process exits, writes its peak resident set size (every thread,
 * workers included: process.resourceUsage().maxRSS) and its wall time to a file. Portable
 * (no GNU time), so the budget benchmark and the budget test measure the same way.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PRELOAD = 'data:text/javascript,import { writeFileSync } from "node:fs"; const t0 = performance.now(); process.on("exit", () => writeFileSync(process.env.IPASIM_PEAK_FILE, JSON.stringify({ peakBytes: process.resourceUsage().maxRSS * 1024, seconds: (performance.now() - t0) / 1000 })));';

/** The built CLI, dist/src/cli/main.js, seen from this module in bench/ (tests) or in dist/bench/ (built benchmarks). */
export function builtCli(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return basename(dirname(here)) === 'dist' ? resolve(here, '../src/cli/main.js') : resolve(here, '../dist/src/cli/main.js');
}

export interface Peak {
  /** Peak resident bytes of the process, all threads. */
  peakBytes: number;
  /** Wall seconds from the preload to exit. */
  seconds: number;
  /** What the process printed. */
  stdout: string;
}

/** Runs `node <script> <args>` in `cwd`; its peak memory and time. Throws with its stderr if it fails. */
export function measurePeak(script: string, args: readonly string[], cwd: string): Peak {
  const dir = mkdtempSync(join(tmpdir(), 'ipasim-peak-'));
  const file = join(dir, 'peak.json');
  try {
    const r = spawnSync(process.execPath, ['--import', PRELOAD, resolve(script), ...args], { cwd, encoding: 'utf8', env: { ...process.env, IPASIM_PEAK_FILE: file } });
    if (r.status !== 0) throw new Error(`${script} ${args.join(' ')} failed (${r.status}): ${r.stderr.slice(-800)}`);
    return { ...(JSON.parse(readFileSync(file, 'utf8')) as Omit<Peak, 'stdout'>), stdout: r.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
