/**
 * `ipasim run` benchmark: wall and CPU time of `ipasim run <scenario> --no-charts` on 1 and
 * 2 worker threads (--workers), each a fresh process timed from start to exit, so each pays
 * its module loading and every worker its JIT warm-up, as a user does. Rounds are interleaved
 * (--rounds, default 3); min and median are printed, with the peak memory, the speed-up over
 * one worker and whether the results files are byte-identical across worker counts. Prints
 * figures only: times depend on the machine and on what else runs (the load average is shown).
 * Usage: npm run bench:run [-- --scenarios p-village,yangqu-county --workers 1,2 --rounds 3]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timed } from './timed.js';

const option = (name: string, def: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : def;
};
const scenarios = option('scenarios', 'p-village,yangqu-county').split(',');
const workerCounts = option('workers', '1,2').split(',').map(Number);
const rounds = Number(option('rounds', '3'));
const FILES = ['yearly.csv', 'summary.json', 'summary.csv', 'replicates.csv', 'survey.csv'];

const cli = resolve(fileURLToPath(import.meta.url), '../../src/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'ipasim-bench-run-'));
const times = new Map<string, { wall: number; cpu: number; rssMb: number }[]>();
const loadStart = loadavg()[0];
for (let r = 0; r < rounds; r++)
  for (const sc of scenarios)
    for (const w of workerCounts) {
      const out = join(dir, `${sc}-${w}-${r}`);
      const t = timed([cli, 'run', `scenarios/${sc}.yaml`, '--no-charts', '--force', '--out', out, '--workers', String(w)]);
      times.set(`${sc}/${w}`, [...(times.get(`${sc}/${w}`) ?? []), t]);
      if (r > 0) rmSync(out, { recursive: true }); // round 0's folders are compared below
    }

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[xs.length >> 1];
console.log(`ipasim run benchmark: ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown'}), load average ${loadStart.toFixed(2)} at start, ${loadavg()[0].toFixed(2)} at the end`);
console.log(`whole processes, --no-charts, default replicates; ${rounds} rounds interleaved, min / median\n`);
console.log(['scenario', 'workers', 'wall s', 'cpu s', 'peak MB', 'speed-up', 'same files'].map((h, i) => (i === 0 ? h.padEnd(16) : h.padStart(16))).join(''));
for (const sc of scenarios) {
  const one = median(times.get(`${sc}/${workerCounts[0]}`)!.map((t) => t.wall));
  for (const w of workerCounts) {
    const ts = times.get(`${sc}/${w}`)!;
    const range = (k: 'wall' | 'cpu' | 'rssMb', d: number) => `${sorted(ts.map((t) => t[k]))[0].toFixed(d)} / ${median(ts.map((t) => t[k])).toFixed(d)}`;
    const same = FILES.every((f) => readFileSync(join(dir, `${sc}-${w}-0`, f)).equals(readFileSync(join(dir, `${sc}-${workerCounts[0]}-0`, f))));
    console.log([sc.padEnd(16), w, range('wall', 2), range('cpu', 2), range('rssMb', 0), `${(one / median(ts.map((t) => t.wall))).toFixed(2)}x`, same ? 'yes' : 'NO'].map((c, i) => (i === 0 ? String(c) : String(c).padStart(16))).join(''));
  }
}
rmSync(dir, { recursive: true });
