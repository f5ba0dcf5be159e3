/**
 * Sweep benchmark: points per second for a 200-household village over 20 years (2016-2035),
 * run three ways on the same points:
 *   direct    the engine called in a loop in this process (the floor: no pool, no files);
 *   1 worker  `ipasim sweep` end to end (load, validate, worker pool, batches, final tables);
 *   2 workers the same on two worker threads.
 * Prints the overhead of a sweep over direct calls (target < 5%) and the scaling from one
 * worker to two (target >= 1.8x on two idle cores). Each configuration runs `--rounds` times
 * (default 2), alternating, and the fastest round counts.
 * Usage: npm run bench:sweep [-- --points 40 --replicates 2 --rounds 2]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { simulate } from '../src/engine/simulate.js';
import { loadSweep } from '../src/sweep/load-sweep.js';
import { pointValues } from '../src/sweep/points.js';
import { runPoint } from '../src/sweep/run-point.js';
import { runSweep } from '../src/sweep/run-sweep.js';

const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const points = arg('points', 40), replicates = arg('replicates', 2), rounds = arg('rounds', 2);

const dir = mkdtempSync(join(tmpdir(), 'ipasim-bench-sweep-'));
const file = join(dir, 'bench.yaml');
writeFileSync(file, `scenario: ${resolve('scenarios/p-village.yaml')}
set: { villages.0.households: 200 }
replicates: ${replicates}
design:
  type: grid
  parameters:
    enterprise.sharesRate: { min: 0, max: 0.12, levels: ${points} }
outputs: { yearly: [incomeMean, povertyRate] }
`);

async function direct(): Promise<number> {
  const t0 = performance.now();
  const sweep = await loadSweep(file);
  const ctx = { base: sweep.base, seeds: sweep.seeds, spec: sweep.sweep.outputs };
  let lines = 0;
  for (let p = 0; p < sweep.table.rows.length; p++) lines += runPoint(ctx, { point: p, values: pointValues(sweep.table, p) }, simulate).length;
  if (lines === 0) throw new Error('no rows');
  return (performance.now() - t0) / 1000;
}

async function sweep(workers: number, round: number): Promise<number> {
  const out = join(dir, `out-${workers}-${round}`);
  const t0 = performance.now();
  const outcome = await runSweep({ file, out, workers });
  const seconds = (performance.now() - t0) / 1000;
  if (outcome.status !== 'complete' || outcome.ran !== points) throw new Error(`sweep did not complete: ${JSON.stringify(outcome)}`);
  rmSync(out, { recursive: true });
  return seconds;
}

const best = { direct: Infinity, one: Infinity, two: Infinity };
for (let r = 0; r < rounds; r++) {
  best.direct = Math.min(best.direct, await direct());
  best.one = Math.min(best.one, await sweep(1, r));
  best.two = Math.min(best.two, await sweep(2, r));
}
rmSync(dir, { recursive: true });

const rate = (s: number) => points / s;
const fmt = (x: number, d = 2) => x.toFixed(d);
console.log(`ipasim sweep benchmark: ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown'})`);
console.log(`${points} points x ${replicates} replicates, 200 households, 2016-2035, fastest of ${rounds} rounds\n`);
console.log(['how', 'seconds', 'points/s', 'runs/s'].map((h) => h.padStart(10)).join(''));
for (const [name, s] of [['direct', best.direct], ['1 worker', best.one], ['2 workers', best.two]] as const)
  console.log([name, fmt(s), fmt(rate(s)), fmt(rate(s) * replicates)].map((c) => String(c).padStart(10)).join(''));
console.log(`\noverhead of a sweep over direct engine calls: ${fmt((100 * (best.one - best.direct)) / best.direct, 1)}% (${fmt((1000 * (best.one - best.direct)) / points, 1)} ms per point; target < 5%)`);
console.log(`scaling 1 -> 2 workers: ${fmt(best.one / best.two)}x (target >= 1.8x on two idle cores)`);
