/**
 * Sweep benchmark: points per second for a 200-household village over 20 years (2016-2035),
 * the same points run three ways, each as a fresh process timed from start to exit (so every
 * way pays its own module loading and JIT warm-up, as a user would):
 *   direct    a script that loads the sweep and calls the engine in a loop (no pool, no files);
 *   1 worker  `ipasim sweep --workers 1` end to end (validation, pool, batches, final tables);
 *   2 workers `ipasim sweep --workers 2`.
 * Each way runs at two sizes (--points and a third of it), so the time splits into a cost per
 * point and a cost paid once per process. Prints the overhead per point of a sweep over direct
 * calls (target < 5%) and the scaling from one worker to two (target >= 1.8x; needs two idle
 * cores). Each measurement runs `--rounds` times (default 3), interleaved; the fastest counts.
 * CPU time (all threads, from GNU time) is steadier than wall time on a shared machine.
 * First, inside this process: a warm P-village run (150 households, the Sobol baseline's
 * summary figures as rows) as a sweep worker makes it, min / median / max over --rounds
 * rounds, beside the reference loop (bench/reference.ts, NOT the model) at the same size.
 * Usage: npm run bench:sweep [-- --points 90 --replicates 2 --rounds 3] (--warm-only: just the first part)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timed } from './timed.js';

const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};

/** Child: the floor, engine calls in a loop over the sweep's points. */
async function directChild(file: string): Promise<void> {
  const { simulate } = await import('../src/engine/simulate.js');
  const { loadSweep, sweepContext } = await import('../src/sweep/load-sweep.js');
  const { pointValues } = await import('../src/sweep/points.js');
  const { runPoint } = await import('../src/sweep/run-point.js');
  const sweep = await loadSweep(file);
  const ctx = sweepContext(sweep);
  let lines = 0;
  for (let p = 0; p < sweep.table.rows.length; p++) lines += runPoint(ctx, { point: p, values: pointValues(sweep.table, p) }, simulate).length;
  if (lines === 0) throw new Error('no rows');
}

function sweepFile(dir: string, points: number, replicates: number): string {
  const file = join(dir, `bench-${points}.yaml`);
  writeFileSync(file, `scenario: ${resolve('scenarios/p-village.yaml')}
set: { villages.0.households: 200 }
replicates: ${replicates}
design:
  type: grid
  parameters:
    enterprise.sharesRate: { min: 0, max: 0.12, levels: ${points} }
outputs: { yearly: [incomeMean, povertyRate] }
`);
  return file;
}

type Way = 'direct' | 'one' | 'two';

/**
 * Warm P-village runs in this process, as a sweep worker runs them: the point's scenario,
 * the engine, and the runs.csv lines of the Sobol baseline's outputs (summary figures only).
 */
async function warmPVillage(rounds: number): Promise<void> {
  const { simulate } = await import('../src/engine/simulate.js');
  const { loadSweep, sweepContext } = await import('../src/sweep/load-sweep.js');
  const { pointValues } = await import('../src/sweep/points.js');
  const { runPoint } = await import('../src/sweep/run-point.js');
  const { referenceLoop } = await import('./reference.js');
  const dir = mkdtempSync(join(tmpdir(), 'ipasim-bench-warm-'));
  const file = join(dir, 'warm.yaml');
  writeFileSync(file, `scenario: ${resolve('scenarios/p-village.yaml')}
replicates: 2
design:
  type: grid
  parameters:
    enterprise.sharesRate: { min: 0, max: 0.12, levels: 40 }
outputs:
  metrics: [returnToPovertyRate, incomeDropPct, povertyRateEnd, yearsAboveLineShare, R, K, V, hematopoiesisShare]
`);
  const sweep = await loadSweep(file);
  rmSync(dir, { recursive: true });
  const ctx = sweepContext(sweep);
  const households = ctx.base.villages.reduce((a, v) => a + v.households * v.count, 0), years = ctx.base.time.end - ctx.base.time.start + 1;
  const run = () => { for (let p = 0; p < sweep.table.rows.length; p++) runPoint(ctx, { point: p, values: pointValues(sweep.table, p) }, simulate); };
  run(); // warm-up: JIT and caches, as in a worker after its first points
  const msPerRun: number[] = [], refMs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let t0 = performance.now();
    run();
    msPerRun.push((performance.now() - t0) / (sweep.table.rows.length * ctx.seeds.length));
    t0 = performance.now();
    const reps = 200;
    for (let i = 0; i < reps; i++) referenceLoop(households, years, i);
    refMs.push((performance.now() - t0) / reps);
  }
  const st = (xs: number[], d = 2) => { const o = [...xs].sort((a, b) => a - b); return `${o[0].toFixed(d)} / ${o[o.length >> 1].toFixed(d)} / ${o[o.length - 1].toFixed(d)}`; };
  const ratio = msPerRun.map((m, i) => refMs[i] / m);
  console.log(`warm P-village run in a sweep worker (${households} households, ${years} years, summary rows of the Sobol baseline), ${rounds} rounds of ${sweep.table.rows.length * ctx.seeds.length} runs, min / median / max:`);
  console.log(`  engine:    ${st(msPerRun)} ms per run (target <= 2 ms)`);
  console.log(`  reference: ${st(refMs)} ms per run of the same size (bench/reference.ts, NOT the model)`);
  console.log(`  engine speed / reference speed: ${st(ratio, 3)}\n`);
}

async function main(): Promise<void> {
  await warmPVillage(arg('rounds', 3));
  if (process.argv.includes('--warm-only')) return;
  const large = arg('points', 90), small = Math.max(2, Math.round(large / 3)), replicates = arg('replicates', 2), rounds = arg('rounds', 3);
  const dir = mkdtempSync(join(tmpdir(), 'ipasim-bench-sweep-'));
  const self = fileURLToPath(import.meta.url);
  const cli = resolve(self, '../../src/cli/main.js');
  const load = loadavg()[0];
  // Two sizes: the difference gives the cost per point, free of what every process pays once.
  const best = new Map<string, { wall: number; cpu: number }>();
  const record = (key: string, t: { wall: number; cpu: number }) => {
    const b = best.get(key);
    best.set(key, { wall: Math.min(b?.wall ?? Infinity, t.wall), cpu: Math.min(b?.cpu ?? Infinity, t.cpu) });
  };
  for (let r = 0; r < rounds; r++)
    for (const points of [small, large]) {
      const file = sweepFile(dir, points, replicates);
      record(`direct/${points}`, timed([self, '--direct-child', file]));
      for (const [way, workers] of [['one', 1], ['two', 2]] as const) {
        const out = join(dir, `out-${workers}-${points}-${r}`);
        record(`${way}/${points}`, timed([cli, 'sweep', file, '--out', out, '--workers', String(workers)]));
        rmSync(out, { recursive: true });
      }
    }
  rmSync(dir, { recursive: true });

  const t = (way: Way, points: number, k: 'wall' | 'cpu' = 'wall') => best.get(`${way}/${points}`)![k];
  const perPoint = (way: Way, k: 'wall' | 'cpu' = 'wall') => (t(way, large, k) - t(way, small, k)) / (large - small);
  const fixed = (way: Way, k: 'wall' | 'cpu' = 'wall') => t(way, large, k) - perPoint(way, k) * large;
  const fmt = (x: number, d = 2) => x.toFixed(d);
  console.log(`ipasim sweep benchmark: ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown'}), load average ${fmt(load)} at start`);
  console.log(`${small} and ${large} points x ${replicates} replicates, 200 households, 2016-2035; whole processes, fastest of ${rounds} rounds\n`);
  console.log(['how', `wall ${small}`, `wall ${large}`, 'wall ms/pt', 'cpu ms/pt', 'cpu fixed s', 'points/s'].map((h) => h.padStart(12)).join(''));
  for (const [name, way] of [['direct', 'direct'], ['1 worker', 'one'], ['2 workers', 'two']] as const)
    console.log([name, fmt(t(way, small)), fmt(t(way, large)), fmt(1000 * perPoint(way), 1), fmt(1000 * perPoint(way, 'cpu'), 1), fmt(fixed(way, 'cpu')), fmt(1 / perPoint(way))].map((c) => String(c).padStart(12)).join(''));
  const overhead = (k: 'wall' | 'cpu') => (100 * (perPoint('one', k) - perPoint('direct', k))) / perPoint('direct', k);
  console.log(`\noverhead per point of a sweep over direct engine calls: ${fmt(overhead('cpu'), 1)}% of CPU time, ${fmt(overhead('wall'), 1)}% of wall time (target < 5%)`);
  console.log(`once per sweep: ${fmt(fixed('one', 'cpu') - fixed('direct', 'cpu'))} CPU s more than a direct script (CLI, worker start, validating every point, final tables)`);
  console.log(`scaling 1 -> 2 workers, per point: ${fmt(perPoint('one') / perPoint('two'))}x; whole ${large}-point sweep: ${fmt(t('one', large) / t('two', large))}x (target >= 1.8x on two idle cores)`);
  await poolInside(sweepFile(mkdtempSync(join(tmpdir(), 'ipasim-bench-sweep-')), large, replicates));
  // What the hardware allows: the same direct script twice at once against once alone.
  const file = sweepFile(mkdtempSync(join(tmpdir(), 'ipasim-bench-sweep-')), small, replicates);
  const alone = timed([self, '--direct-child', file]).wall;
  const t0 = performance.now();
  await Promise.all([0, 1].map(() => new Promise((done) => spawn(process.execPath, [self, '--direct-child', file], { stdio: 'ignore' }).on('exit', done))));
  const both = (performance.now() - t0) / 1000;
  console.log(`this machine: two independent processes run ${fmt((2 * alone) / both)}x the work of one in the same time (the ceiling for any 2-worker scaling here)`);
}

/**
 * The pool's own cost, free of machine noise: each worker times the work on its points, so
 * wall time beyond that work (after the first point, which carries the worker's start) is
 * what messages, copying rows and committing batches add.
 */
async function poolInside(file: string): Promise<void> {
  const { loadSweep, sweepContext } = await import('../src/sweep/load-sweep.js');
  const { pointValues } = await import('../src/sweep/points.js');
  const { runPool } = await import('../src/pool/run-pool.js');
  const { workerUrl } = await import('../src/pool/worker-url.js');
  const sweep = await loadSweep(file);
  const ctx = sweepContext(sweep);
  const tasks = sweep.table.rows.map((_, point) => ({ point, values: pointValues(sweep.table, point) }));
  console.log('\ninside one process (each worker times its own points):');
  for (const workers of [1, 2]) {
    let first = 0, last = 0, busy = 0, n = 0, done = 0;
    await runPool(tasks, ctx, workers, {
      onResult: (_i, _lines: string[], ms) => {
        const now = performance.now();
        // The first point of each worker carries its start-up and JIT warm-up: leave those out.
        if (++done <= workers) { first = now; return; }
        last = now; busy += ms; n++;
      },
    }, { script: workerUrl('sweep/worker.js'), label: (t) => `point ${t.point}` });
    const span = last - first;
    const overhead = (span * workers - busy) / busy;
    console.log(`  ${workers} worker${workers > 1 ? 's' : ' '}: ${n} points after warm-up, engine ${((busy / n)).toFixed(1)} ms/point, wall ${((span / n)).toFixed(1)} ms/point; time not spent on points: ${(100 * overhead).toFixed(1)}%`);
  }
}

if (process.argv[2] === '--direct-child') await directChild(process.argv[3]);
else await main();
