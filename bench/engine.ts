/**
 * Engine benchmark: household-years per second and memory for 10k / 100k / 1M households
 * over 20 years, each size in its own child process (so peak RSS is that size's alone), on
 * one core, `--runs` times (default 3): min / median / max; with each collection of `--collect`
 * (default full,sweep,none): full = what `ipasim run` collects (its counterfactuals aside),
 * sweep = what the Sobol baseline's outputs ask for (sweeps/sobol-baseline.yaml: eight summary
 * figures per mode), none = nothing. Each child then runs the reference
 * loop (bench/reference.ts: a simplified four-mode household update on typed arrays, NOT the
 * model) at the same size, so the printed ratio engine / reference is measured in the same
 * process under the same load. With --steps, also the time of each step of the year (the
 * engine's onStep hook), in ns per household-year, for the full collection.
 * Usage: npm run bench:engine [-- --sizes 10000,100000 --runs 5 --collect full,sweep --steps]
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Scenario } from '../src/scenario/schema.js';
import { FULL, type Collection } from '../src/engine/collection.js';
import { MODE_KEYS } from '../src/engine/output.js';
import { rowCollection } from '../src/sweep/run-rows.js';
import { simulate } from '../src/engine/simulate.js';
import { stateBytes } from '../src/engine/state.js';
import { referenceSpeed } from './reference.js';

const VILLAGE = 200;

function scenarioFor(households: number) {
  return Scenario.parse({ name: `bench-${households}`, villages: [{ name: 'v', count: Math.max(1, Math.round(households / VILLAGE)), households: Math.min(households, VILLAGE), heterogeneity: 0.3 }] });
}

type CollectName = 'full' | 'sweep' | 'none';
const COLLECTIONS: CollectName[] = ['full', 'sweep', 'none'];

/** The collection a name stands for in this scenario. */
function collection(sc: Scenario, name: CollectName): Collection | false {
  if (name === 'full') return FULL;
  if (name === 'none') return false;
  return rowCollection(sc, { modes: MODE_KEYS, metrics: ['returnToPovertyRate', 'incomeDropPct', 'povertyRateEnd', 'yearsAboveLineShare', 'R', 'K', 'V', 'hematopoiesisShare'], yearly: [] });
}

/** Child: run one size, print JSON figures. */
function measure(households: number, collect: CollectName) {
  const sc = scenarioFor(households);
  let bytes = 0, persons = 0, hhYears = 0;
  // Time between consecutive onStep calls, by step: where a household-year goes.
  const steps: Record<string, number> = {};
  let last = performance.now();
  const onStep = (step: string) => { const now = performance.now(); steps[step] = (steps[step] ?? 0) + now - last; last = now; };
  const t0 = process.hrtime.bigint();
  last = performance.now();
  const result = simulate(sc, {
    seed: 1,
    collect: collection(sc, collect),
    onStep,
    inspect: (s, _w, year) => {
      let active = 0;
      for (let h = 0; h < s.count; h++) active += s.hActive[h];
      hhYears += active;
      if (year === sc.time.start) { bytes = stateBytes(s); for (let p = 0; p < s.count * 8; p++) persons += s.pAlive[p]; }
    },
  });
  // The rows are made when read: read them, as ipasim run does, inside the timing.
  if (collect === 'full' && result.yearly.length === 0) throw new Error('no yearly rows');
  onStep('rows');
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const ru = process.resourceUsage();
  const reference = referenceSpeed(households, 20);
  console.log(JSON.stringify({ households, collect, seconds, hhYears, persons, stateBytes: bytes, maxRssKiB: ru.maxRSS, heapUsed: process.memoryUsage().heapUsed, reference, steps }));
}

function main() {
  const arg = process.argv.indexOf('--sizes'), runsArg = process.argv.indexOf('--runs');
  const sizes = arg > 0 ? process.argv[arg + 1].split(',').map(Number) : [10_000, 100_000, 1_000_000];
  const runs = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1])) : 3;
  const collectArg = process.argv.indexOf('--collect');
  const collects = collectArg > 0 ? (process.argv[collectArg + 1].split(',') as CollectName[]) : COLLECTIONS;
  if (collects.some((c) => !COLLECTIONS.includes(c))) throw new Error(`--collect takes ${COLLECTIONS.join(', ')}`);
  const self = fileURLToPath(import.meta.url);
  type Row = { households: number; collect: CollectName; seconds: number; hhYears: number; persons: number; stateBytes: number; maxRssKiB: number; reference: number; steps: Record<string, number> };
  const groups: Row[][] = [];
  for (const households of sizes)
    for (const collect of collects) {
      const group: Row[] = [];
      for (let r = 0; r < runs; r++) {
        const out = execFileSync(process.execPath, ['--max-old-space-size=8192', self, '--child', String(households), collect], { encoding: 'utf8' });
        group.push(JSON.parse(out.trim().split('\n').pop()!));
      }
      groups.push(group);
    }
  const fmt = (x: number, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
  const stats = (xs: number[]) => { const o = [...xs].sort((a, b) => a - b); return { min: o[0], median: o[o.length >> 1], max: o[o.length - 1] }; };
  console.log(`ipasim engine benchmark: ${process.version}, one core, 20 years (2016-2035), villages of ${VILLAGE} households, ${runs} runs each (min / median / max)\n`);
  const header = ['households', 'collection', 'M household-years/s', 'reference M hh-years/s', 'engine/reference', 'persons', 'state B/person', 'peak RSS B/person'];
  const body = groups.map((g) => {
    const rate = stats(g.map((r) => r.hhYears / r.seconds / 1e6)), ref = stats(g.map((r) => r.reference / 1e6)), ratio = stats(g.map((r) => r.hhYears / r.seconds / r.reference));
    const r = g[0], rss = stats(g.map((x) => (x.maxRssKiB * 1024) / x.persons));
    return [fmt(r.households), r.collect, `${fmt(rate.min, 2)} / ${fmt(rate.median, 2)} / ${fmt(rate.max, 2)}`, `${fmt(ref.min, 1)} / ${fmt(ref.median, 1)} / ${fmt(ref.max, 1)}`,
      `${fmt(ratio.min, 3)} / ${fmt(ratio.median, 3)} / ${fmt(ratio.max, 3)}`, fmt(r.persons), fmt(r.stateBytes / r.persons, 1), fmt(rss.median)];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  for (const line of [header, widths.map((w) => '-'.repeat(w)), ...body]) console.log(line.map((c, i) => c.padStart(widths[i])).join('  '));
  console.log('\nreference = bench/reference.ts, a simplified four-mode household loop on typed arrays (seedrandom alea), NOT the model, run in the same child process');
  if (process.argv.includes('--steps') && collects.includes('full')) {
    // Median over runs of each step's ns per household-year, full collection.
    const fullGroups = groups.filter((g) => g[0].collect === 'full');
    const names = Object.keys(fullGroups[0][0].steps);
    const perStep = fullGroups.map((g) => Object.fromEntries(names.map((n) => [n, stats(g.map((r) => (r.steps[n] * 1e6) / r.hhYears)).median])));
    console.log(`\nwhere a household-year goes (full collection, median of ${runs} runs): ns per household-year, share of the run`);
    const head = ['step', ...fullGroups.map((g) => `${fmt(g[0].households)} households`)];
    const lines = [...names.map((n, i) => [n, ...perStep.map((p) => { const total = Object.values(p).reduce((a, b) => a + b, 0); return `${fmt(p[n])} (${fmt((100 * p[n]) / total, 1)} %)`; })]),
      ['total', ...perStep.map((p) => fmt(Object.values(p).reduce((a, b) => a + b, 0)))]];
    const w = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
    for (const line of [head, w.map((x) => '-'.repeat(x)), ...lines]) console.log(line.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  '));
    console.log('build: the population (in simulate, before the first year); villages: the year\'s policy levels, markets, enterprises, fund; callbacks: the benchmark\'s own count of households; rows: making the tidy yearly rows');
  }
  const full = groups.filter((g) => g[0].collect === 'full').map((g) => ({ households: g[0].households, seconds: stats(g.map((r) => r.seconds)).median }));
  if (full.length > 1) {
    const a = full[0], b = full[full.length - 1];
    console.log(`scaling (medians): ${fmt(b.households / a.households)}x households took ${fmt(b.seconds / a.seconds, 1)}x the time (linear = ${fmt(b.households / a.households)}x)`);
  }
}

if (process.argv[2] === '--child') measure(Number(process.argv[3]), process.argv[4] as CollectName);
else main();
