/**
 * Randomness: counter-based draws keyed by stream, entity and event.
 *
 * seedrandom turns (seed, mechanism name) into a 32-bit stream key; a draw is then a pure
 * hash of (key, entity, event), where event encodes the year and the draw's purpose. No
 * draw depends on how many draws came before it, so switching one mechanism off, adding a
 * household or skipping an event leaves every other draw unchanged: common random numbers
 * across scenarios, replicates and worker processes by construction. It also needs no
 * per-entity generator state, which keeps memory per person small.
 */
import seedrandom from 'seedrandom';

/** The mechanisms that draw random numbers; each gets an independent stream. */
export const STREAMS = [
  'villages', 'population', 'targeting', 'modes', 'mortality', 'illness', 'disability', 'migration',
  'births', 'formation', 'market', 'disaster', 'enterprise', 'photovoltaic', 'awareness',
  'participation', 'allocation', 'breeding', 'selloff', 'business', 'medical', 'survey',
  'labor', 'accounts', 'protection',
] as const;
export type StreamName = (typeof STREAMS)[number];
export type StreamKeys = Record<StreamName, number>;

/**
 * Derives one 32-bit key per mechanism from the run's seed with seedrandom (ARC4). The keys
 * of recent seeds are kept (a sweep runs the same few seeds at every point): treat the
 * returned object as read-only.
 */
export function streamKeys(seed: number): StreamKeys {
  let keys = KEYS.get(seed);
  if (keys) return keys;
  keys = {} as StreamKeys;
  for (const name of STREAMS) keys[name] = seedrandom(`ipasim/${seed}/${name}`).int32() >>> 0;
  if (KEYS.size >= 64) KEYS.delete(KEYS.keys().next().value!);
  KEYS.set(seed, keys);
  return keys;
}
const KEYS = new Map<number, StreamKeys>();

/** lowbias32 finalizer (C. Wellons, "Prospecting for hash functions", 2018): full avalanche on 32 bits. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x;
}

/** A uniform draw in [0, 1) for (stream key, entity, event). Integer inputs below 2^32. */
export function draw(key: number, entity: number, event: number): number {
  return drawHashed(key, entity, eventHash(event));
}

/**
 * The part of a draw that depends on the event alone: a loop drawing the same event for many
 * entities computes it once and calls drawHashed (the same numbers as draw).
 */
export function eventHash(event: number): number {
  return mix(event + 0x9e3779b9);
}

/** draw(key, entity, event) given eventHash(event). */
export function drawHashed(key: number, entity: number, eventHash: number): number {
  return (mix(key ^ mix(entity ^ eventHash)) >>> 0) / 4294967296;
}

/** Event code: year and purpose (0-63) into one integer, so each year's draws differ. */
export function event(year: number, purpose: number): number {
  return year * 64 + purpose;
}

/** A standard normal draw (Box-Muller over two counter draws). */
export function normal(key: number, entity: number, ev: number): number {
  const u = draw(key, entity, ev * 2 + 1) || 1e-12;
  const v = draw(key, entity, ev * 2 + 2);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
