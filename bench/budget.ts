/**
 * Budget benchmark: measures the figures src/run/budget.ts estimates memory and time from,
 * and prints each next to the constant in use, so the constants can be re-measured after a
 * change to the engine. Each memory figure comes from its own child process (peak RSS is then
 * that measurement's alone). Usage: npm run bench:budget
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Scenario } from '../src/scenario/schema.js';
import { simulate } from '../src/engine/simulate.js';
import * as budget from '../src/run/budget.js';

const scenarioFor = (households: number) => Scenario.parse({ name: `bench-${households}`, villages: [{ name: 'v', count: Math.max(1, Math.round(households / 200)), households: Math.min(households, 200) }] });

/** Child: one run of `households`, printing its peak RSS and time. */
function engineChild(households: number): void {
  const sc = scenarioFor(households);
  const t0 = performance.now();
  simulate(sc, { seed: 1 });
  const seconds = (performance.now() - t0) / 1000;
  console.log(JSON.stringify({ households, years: sc.time.end - sc.time.start + 1, seconds, rss: process.resourceUsage().maxRSS * 1024 }));
}

/** Child: heap held by the yearly rows of `runs` kept runs of a small village, and the time of one. */
function rowsChild(runs: number): void {
  const sc = Scenario.parse({ name: 'rows', villages: [{ name: 'P', households: 40 }] });
  const keep: unknown[] = [];
  (globalThis as { gc?: () => void }).gc?.();
  const h0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  let rows = 0;
  for (let i = 0; i < runs; i++) { const r = simulate(sc, { seed: i }); keep.push(r.yearly); rows = r.yearly.length; }
  const msPerRun = (performance.now() - t0) / runs;
  (globalThis as { gc?: () => void }).gc?.();
  console.log(JSON.stringify({ rowsPerYear: rows / (sc.time.end - sc.time.start + 1), bytesPerRow: (process.memoryUsage().heapUsed - h0) / runs / rows, secondsPerRun: msPerRun / 1000, kept: keep.length }));
}

function child(args: string[]): any {
  const out = execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', fileURLToPath(import.meta.url), '--child', ...args], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!);
}

function main(): void {
  const small = child(['engine', '20000']), large = child(['engine', '60000']);
  const rows = child(['rows', '40']);
  const perHousehold = (large.rss - small.rss) / (large.households - small.households);
  const speed = (large.households * large.years) / large.seconds;
  const lines: [string, string, number][] = [
    ['resident bytes per household (RSS growth 20k -> 60k)', 'ENGINE_BYTES_PER_HOUSEHOLD', perHousehold],
    ['household-years per second (60k households, one core)', 'HOUSEHOLD_YEARS_PER_SECOND', speed],
    ['seconds per run of 40 households', 'SECONDS_PER_RUN', rows.secondsPerRun],
    ['yearly rows per simulated year', 'YEARLY_ROWS_PER_YEAR', rows.rowsPerYear],
    ['heap bytes per kept yearly row', 'BYTES_PER_YEARLY_ROW', rows.bytesPerRow],
  ];
  console.log(`ipasim budget benchmark: ${process.version}\n`);
  for (const [what, name, measured] of lines) console.log(`${what.padEnd(56)} measured ${measured.toPrecision(3).padStart(9)}   ${name} = ${(budget as Record<string, unknown>)[name]}`);
  console.log('\nThe constants are rounded the safe way (more memory, less speed) from these figures.');
}

if (process.argv[2] === '--child') {
  if (process.argv[3] === 'engine') engineChild(Number(process.argv[4]));
  else rowsChild(Number(process.argv[4]));
} else main();
