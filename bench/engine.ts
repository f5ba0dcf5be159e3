/**
 * Engine benchmark: household-years per second and memory for 10k / 100k / 1M households
 * over 20 years, each size in its own child process (so peak RSS is that size's alone), on
 * one core. Prints a table. Usage: npm run bench:engine [-- --sizes 10000,100000]
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Scenario } from '../src/scenario/schema.js';
import { simulate } from '../src/engine/simulate.js';
import { stateBytes } from '../src/engine/state.js';

const VILLAGE = 200;

function scenarioFor(households: number) {
  return Scenario.parse({ name: `bench-${households}`, villages: [{ name: 'v', count: Math.max(1, Math.round(households / VILLAGE)), households: Math.min(households, VILLAGE), heterogeneity: 0.3 }] });
}

/** Child: run one size, print JSON figures. */
function measure(households: number, collect: boolean) {
  const sc = scenarioFor(households);
  let bytes = 0, persons = 0, hhYears = 0;
  const t0 = process.hrtime.bigint();
  simulate(sc, {
    seed: 1,
    collect,
    inspect: (s, _w, year) => {
      let active = 0;
      for (let h = 0; h < s.count; h++) active += s.hActive[h];
      hhYears += active;
      if (year === sc.time.start) { bytes = stateBytes(s); for (let p = 0; p < s.count * 8; p++) persons += s.pAlive[p]; }
    },
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const ru = process.resourceUsage();
  console.log(JSON.stringify({ households, collect, seconds, hhYears, persons, stateBytes: bytes, maxRssKiB: ru.maxRSS, heapUsed: process.memoryUsage().heapUsed }));
}

function main() {
  const arg = process.argv.indexOf('--sizes');
  const sizes = arg > 0 ? process.argv[arg + 1].split(',').map(Number) : [10_000, 100_000, 1_000_000];
  const self = fileURLToPath(import.meta.url);
  const rows = [];
  for (const households of sizes)
    for (const collect of [true, false]) {
      const out = execFileSync(process.execPath, ['--max-old-space-size=8192', self, '--child', String(households), String(collect)], { encoding: 'utf8' });
      rows.push(JSON.parse(out.trim().split('\n').pop()!));
    }
  const fmt = (x: number, d = 0) => x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
  console.log(`ipasim engine benchmark: ${process.version}, one core, 20 years (2016-2035), villages of ${VILLAGE} households\n`);
  const header = ['households', 'collection', 'seconds', 'household-years/s', 'persons', 'state B/person', 'peak RSS MiB', 'peak RSS B/person'];
  const body = rows.map((r) => [fmt(r.households), r.collect ? 'full' : 'none', fmt(r.seconds, 2), fmt(r.hhYears / r.seconds), fmt(r.persons), fmt(r.stateBytes / r.persons, 1), fmt(r.maxRssKiB / 1024), fmt((r.maxRssKiB * 1024) / r.persons)]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  for (const line of [header, widths.map((w) => '-'.repeat(w)), ...body]) console.log(line.map((c, i) => c.padStart(widths[i])).join('  '));
  const full = rows.filter((r) => r.collect);
  if (full.length > 1) {
    const a = full[0], b = full[full.length - 1];
    console.log(`\nscaling: ${fmt(b.households / a.households)}x households took ${fmt(b.seconds / a.seconds, 1)}x the time (linear = ${fmt(b.households / a.households)}x)`);
  }
}

if (process.argv[2] === '--child') measure(Number(process.argv[3]), process.argv[4] === 'true');
else main();
