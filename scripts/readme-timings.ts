/**
 * Measures the README tour's long lines and writes what it measured to docs/timings.json, then
 * the README's quotes of them (scripts/timings-text.ts). Each command runs once in a fresh
 * folder (a copy of scenarios/ and sweeps/), as a user would run it, timed from start to exit
 * (bench/timed.ts); the load average before and after is recorded, since other jobs on the
 * machine lengthen wall times. test/readme-timings.test.ts checks the README against the file.
 *
 *   npm run build && npx tsx scripts/readme-timings.ts
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { writeFileAtomic } from '../src/io/results-dir.js';
import { quoteTimings, type Timings } from './timings-text.js';

const COMMANDS = [
  'npx ipasim run scenarios/yangqu-county.yaml',
  'npx ipasim sweep sweeps/withdrawal-vs-training.yaml',
  'npx ipasim sweep sweeps/sobol-baseline.yaml',
];

const cli = resolve('dist/src/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'ipasim-timings-'));
try {
  cpSync('scenarios', join(dir, 'scenarios'), { recursive: true });
  cpSync('sweeps', join(dir, 'sweeps'), { recursive: true });
  const load0 = loadavg()[0];
  const commands = COMMANDS.map((command) => {
    const args = command.split(/\s+/).slice(2); // after "npx ipasim"
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [cli, ...args, '--no-charts'], { cwd: dir, encoding: 'utf8' });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    if (r.status !== 0) throw new Error(`${command} failed (${r.status}): ${r.stderr.slice(-500)}`);
    console.log(`${command}: ${seconds.toFixed(1)} s`);
    return { command, seconds: Number(seconds.toFixed(1)) };
  });
  const timings: Timings = { measured: new Date().toISOString().slice(0, 10), cores: availableParallelism(), load: [Number(load0.toFixed(2)), Number(loadavg()[0].toFixed(2))], commands };
  writeFileAtomic('docs/timings.json', `${JSON.stringify(timings, null, 2)}\n`);
  writeFileAtomic('README.md', quoteTimings(readFileSync('README.md', 'utf8'), timings));
  console.log(`wrote docs/timings.json and the README's quotes (load average ${timings.load[0]} before, ${timings.load[1]} after)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
