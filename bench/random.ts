/**
 * What the random-stream design costs: nanoseconds per uniform draw for the engine's
 * counter-based draws (a household-year's hash and the uniforms derived from it per purpose;
 * the three-integer draw of the build and the villages) against seedrandom's sequential
 * generators (alea, and the default ARC4), and the share of a simulated year the engine
 * spends drawing. Usage: npm run bench:random
 */
import seedrandom from 'seedrandom';
import { draw, event, hashHouseholdYears, streamKeys, uniform } from '../src/engine/random.js';

const N = 20_000_000;

function time(label: string, f: () => number): [string, number] {
  f(); // warm up
  const t = process.hrtime.bigint();
  const sink = f();
  const ns = Number(process.hrtime.bigint() - t) / N;
  if (Number.isNaN(sink)) throw new Error('unreachable');
  return [label, ns];
}

const key = streamKeys(1).population;
const alea = seedrandom.alea('ipasim/1/population');
const arc4 = seedrandom('ipasim/1/population');
const HH = 1 << 16, ids = Int32Array.from({ length: HH }, (_, i) => i), hashes = new Int32Array(HH);
const rows = [
  time('counter-based draw(key, entity, event) [build, villages]', () => { let s = 0; for (let i = 0; i < N; i++) s += draw(key, i, event(2020, 0)); return s; }),
  time('household-year hash (hashHouseholdYears), per household', () => { for (let r = 0; r < N / HH; r++) hashHouseholdYears(ids, HH, key, 2020 + r, hashes); return hashes[7]; }),
  time('uniform(hash, purpose) [a household-year\'s draws]', () => { let s = 0; for (let i = 0; i < N; i++) s += uniform(hashes[i & (HH - 1)], i & 127); return s; }),
  time('seedrandom alea, sequential', () => { let s = 0; for (let i = 0; i < N; i++) s += alea(); return s; }),
  time('seedrandom ARC4 (default), sequential', () => { let s = 0; for (let i = 0; i < N / 10; i++) s += arc4(); return s; }),
];
rows[4][1] *= 10; // ARC4 ran a tenth of the draws: per-draw time is ten times elapsed / N
console.log(`ipasim random-stream benchmark: ${process.version}, ${N.toLocaleString('en-US')} draws each\n`);
for (const [label, ns] of rows) console.log(`${label.padEnd(60)} ${ns.toFixed(2).padStart(7)} ns/draw`);
console.log('\nA household-year makes one hash and about 13 uniforms from it (P village, docs/performance.md), so the');
console.log(`draws take about ${(rows[1][1] + 13 * rows[2][1]).toFixed(0)} ns of each household-year; a sequential alea stream would take about ${(14 * rows[3][1]).toFixed(0)} ns but would`);
console.log('lose common random numbers across scenarios (a skipped draw shifts every later one) and need a');
console.log('generator per entity to keep draws independent of processing order.');
