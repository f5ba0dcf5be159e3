/**
 * What the random-stream design costs: nanoseconds per uniform draw for the engine's
 * counter-based draw (hash of stream key, entity, event) against seedrandom's sequential
 * generators (alea, and the default ARC4), and the share of a simulated year the engine
 * spends drawing. Usage: npm run bench:random
 */
import seedrandom from 'seedrandom';
import { draw, event, streamKeys } from '../src/engine/random.js';

const N = 20_000_000;

function time(label: string, f: () => number): [string, number] {
  f(); // warm up
  const t = process.hrtime.bigint();
  const sink = f();
  const ns = Number(process.hrtime.bigint() - t) / N;
  if (Number.isNaN(sink)) throw new Error('unreachable');
  return [label, ns];
}

const key = streamKeys(1).mortality;
const alea = seedrandom.alea('ipasim/1/mortality');
const arc4 = seedrandom('ipasim/1/mortality');
const rows = [
  time('counter-based draw(key, entity, event) [engine]', () => { let s = 0; for (let i = 0; i < N; i++) s += draw(key, i, event(2020, 0)); return s; }),
  time('seedrandom alea, sequential', () => { let s = 0; for (let i = 0; i < N; i++) s += alea(); return s; }),
  time('seedrandom ARC4 (default), sequential', () => { let s = 0; for (let i = 0; i < N / 10; i++) s += arc4(); return s; }),
];
rows[2][1] *= 10; // ARC4 ran a tenth of the draws: per-draw time is ten times elapsed / N
console.log(`ipasim random-stream benchmark: ${process.version}, ${N.toLocaleString('en-US')} draws each\n`);
for (const [label, ns] of rows) console.log(`${label.padEnd(52)} ${ns.toFixed(2).padStart(7)} ns/draw`);
console.log('\nThe engine makes about 15-25 draws per household-year, so at the counter-based cost the draws take');
console.log(`about ${(20 * rows[0][1]).toFixed(0)} ns of each household-year; a sequential alea stream would take about ${(20 * rows[1][1]).toFixed(0)} ns but would`);
console.log('lose common random numbers across scenarios (a skipped draw shifts every later one) and need a');
console.log('generator per entity to keep draws independent of processing order.');
