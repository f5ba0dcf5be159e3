/**
 * The Sobol low-discrepancy sequence (Sobol 1967) in up to 64 dimensions, with Joe & Kuo's
 * (2008) direction numbers, optionally scrambled.
 *
 * Points are 32-bit binary fractions built in Gray-code order (Antonov & Saleev 1979): point
 * i + 1 is point i XOR one direction number per dimension. The first 2^m points are a
 * (t, m, s)-net: in every single dimension each interval [j / 2^m, (j + 1) / 2^m) holds exactly
 * one point.
 *
 * Scrambling (Matoušek 1998, "On the L2-discrepancy for anchored boxes", J. Complexity 14;
 * the same "LMS + digital shift" as SciPy's `qmc.Sobol(scramble=True)`): each dimension's
 * generator matrix is multiplied by a random lower-triangular binary matrix with a unit
 * diagonal, then every point is XORed with a random 32-bit shift. Both keep the net property
 * (the first m binary digits of a coordinate depend only on its first m digits, bijectively),
 * remove the unscrambled sequence's point at the origin, and make estimates from different
 * seeds independent replicates. The random bits come from seedrandom, keyed by the seed.
 */
import seedrandom from 'seedrandom';
import { JOE_KUO_ROWS } from './joe-kuo-directions.js';

/** The number of dimensions the embedded direction numbers cover. */
export const SOBOL_MAX_DIMS = JOE_KUO_ROWS.length + 1;

/** Bits per coordinate: points are multiples of 2^-32. */
const BITS = 32;
/** Gray-code stepping uses 32-bit integer operations on the point index. */
const MAX_POINTS = 2 ** 30;

export interface SobolOptions {
  /** Scramble with this seed (linear matrix scramble plus digital shift); unscrambled if absent. */
  scramble?: { seed: number };
}

/** The 32 direction numbers of dimension `d` (0-based), most significant bit first. */
export function directionNumbers(d: number): Uint32Array {
  const v = new Uint32Array(BITS);
  if (d === 0) {
    for (let i = 0; i < BITS; i++) v[i] = 2 ** (BITS - 1 - i);
    return v;
  }
  const [a, ...m] = JOE_KUO_ROWS[d - 1];
  const s = m.length;
  for (let i = 0; i < BITS; i++) {
    if (i < s) { v[i] = (m[i] * 2 ** (BITS - 1 - i)) >>> 0; continue; }
    // Bratley & Fox (1988) recurrence over the primitive polynomial's coefficients.
    let x = v[i - s] ^ (v[i - s] >>> s);
    for (let k = 1; k < s; k++) if ((a >>> (s - 1 - k)) & 1) x ^= v[i - k];
    v[i] = x >>> 0;
  }
  return v;
}

function parity(x: number): number {
  x ^= x >>> 16; x ^= x >>> 8; x ^= x >>> 4; x ^= x >>> 2; x ^= x >>> 1;
  return x & 1;
}

/** A random 32-bit word from seedrandom's ARC4 stream. */
const word = (rng: seedrandom.PRNG) => rng.int32() >>> 0;

/**
 * Applies a random lower-triangular binary matrix with unit diagonal (rows = output digits,
 * most significant first) to each direction number of one dimension, in place.
 */
function scrambleDirections(v: Uint32Array, rng: seedrandom.PRNG): void {
  const rows = new Uint32Array(BITS);
  for (let r = 0; r < BITS; r++) {
    const top = r === 0 ? 0 : (word(rng) >>> (BITS - r)) << (BITS - r); // random digits above r
    rows[r] = (top | (2 ** (BITS - 1 - r))) >>> 0;
  }
  for (let i = 0; i < BITS; i++) {
    let out = 0;
    for (let r = 0; r < BITS; r++) if (parity(v[i] & rows[r])) out |= 2 ** (BITS - 1 - r);
    v[i] = out >>> 0;
  }
}

/**
 * The first `n` points of the `dims`-dimensional Sobol sequence, each a row of numbers in
 * [0, 1). Unscrambled, the first point is the origin and the values match Joe & Kuo's
 * reference generator (and SciPy's `qmc.Sobol(scramble=False)`).
 */
export function sobolPoints(n: number, dims: number, options: SobolOptions = {}): number[][] {
  if (!Number.isInteger(n) || n < 0 || n > MAX_POINTS) throw new RangeError(`Sobol points: n must be a whole number from 0 to 2^30, got ${n}`);
  if (!Number.isInteger(dims) || dims < 1 || dims > SOBOL_MAX_DIMS) throw new RangeError(`Sobol points: dims must be a whole number from 1 to ${SOBOL_MAX_DIMS}, got ${dims}`);
  const v = Array.from({ length: dims }, (_, d) => directionNumbers(d));
  const shift = new Uint32Array(dims);
  if (options.scramble) {
    const seed = options.scramble.seed;
    if (!Number.isFinite(seed)) throw new RangeError(`Sobol points: scramble seed must be a number, got ${seed}`);
    const rng = seedrandom(`ipasim/sobol/${seed}`);
    for (let d = 0; d < dims; d++) scrambleDirections(v[d], rng);
    for (let d = 0; d < dims; d++) shift[d] = word(rng);
  }
  const x = new Uint32Array(dims);
  const out: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row = new Array<number>(dims);
    for (let d = 0; d < dims; d++) row[d] = ((x[d] ^ shift[d]) >>> 0) / 2 ** BITS;
    out.push(row);
    // Gray code: the next point flips the direction number of i's lowest zero bit.
    const c = 31 - Math.clz32(~i & (i + 1));
    for (let d = 0; d < dims; d++) x[d] ^= v[d][c];
  }
  return out;
}
