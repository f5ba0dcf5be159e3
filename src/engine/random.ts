/**
 * Randomness: counter-based draws, one keyed hash per household-year and a cheap derivation
 * per purpose.
 *
 * seedrandom turns (seed, stream name) into a 32-bit stream key. Every draw a household or one
 * of its members makes in a year comes from one hash of (households key, household id, year),
 * computed once a year per household (hashHouseholdYears, into the state's hYearHash); each
 * purpose (a member's death, an option of the activity choice, a take-up, ...) then gets its
 * uniform by one more round of the finalizer over that hash xor the purpose's salt
 * (uniform(hash, purpose)). Draws of villages, of the build and of the survey are rarer and keep
 * the three-integer form draw(key, entity, event).
 *
 * No draw depends on how many draws came before it, on other households, or on whether another
 * mechanism ran: a draw is a pure function of (seed, household, year, purpose). Switching one
 * mechanism off, adding a household or skipping an event leaves every other draw unchanged:
 * common random numbers across scenarios, replicates and worker processes by construction. It
 * needs no per-entity generator state either (the year's hash is a cache of a pure function).
 * docs/model.md §4.8 describes the scheme; test/engine/random.test.ts pins it.
 */
import seedrandom from 'seedrandom';

/**
 * The streams, each with its own key: the households' yearly draws (`households`), the build's,
 * the villages' and the survey's.
 */
export const STREAMS = [
  'villages', 'population', 'targeting', 'modes', 'market', 'disaster', 'enterprise', 'photovoltaic', 'awareness',
  'survey', 'accounts', 'households',
] as const;
export type StreamName = (typeof STREAMS)[number];
export type StreamKeys = Record<StreamName, number>;

/**
 * Derives one 32-bit key per stream from the run's seed with seedrandom (ARC4). The keys of
 * recent seeds are kept (a sweep runs the same few seeds at every point): treat the returned
 * object as read-only.
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

/** The part of a hash that depends on the event (or year) alone: computed once for many entities. */
export function eventHash(event: number): number {
  return mix(event + 0x9e3779b9);
}

/** The keyed hash of (key, entity, event) given eventHash(event): a signed 32-bit integer. */
export function keyedHash(key: number, entity: number, eventHash: number): number {
  return mix(key ^ mix(entity ^ eventHash));
}

/** A uniform draw in [0, 1) for (stream key, entity, event). Integer inputs below 2^32. */
export function draw(key: number, entity: number, event: number): number {
  return (keyedHash(key, entity, eventHash(event)) >>> 0) / 4294967296;
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

/**
 * What each uniform of a household-year is for. A member's purposes add the member's slot
 * (0-7), and the activity choice slot * 16 + option (0-8), so every person, option and purpose
 * of a household-year has a uniform of its own; `newborn*` are keyed by the mother's slot (she
 * has at most one child a year), so a newborn never shares a uniform with the slot's last
 * occupant.
 */
export const PURPOSE = {
  /**
   * A person's waiting times (demography.ts): + slot + the event's offset (LIFE), drawn at the
   * build and when a waiting time is used up.
   */
  life: 0,
  /** A newborn's first waiting times: + the mother's slot + LIFE offset. */
  newborn: 40,
  // Per member (+ slot).
  newbornSex: 80, migration: 88, settleAway: 96,
  /** Activity choice (labor.ts): + slot * 16 + option. */
  choice: 128,
  // Per household.
  startupGrant: 256, sellOff: 257, outbreak: 258, microcredit: 259, businessEnd: 260, businessStart: 261,
  /** Two uniforms (Box-Muller): + 0 and + 1. */
  businessSize: 262,
  training: 264, infrastructure: 265, material: 266,
  cardExit: 267, review: 268, acuteIllness: 269,
  dibaoFinal: 270, dibaoInclusion: 271, dibaoEnrol: 272, monitoringGrant: 273,
  /** Limited places (places.ts): + kind (0-3). */
  placeOffer: 280, placePriority: 284, placeCut: 288,
} as const;
/** Offsets of a person's events within PURPOSE.life and PURPOSE.newborn (after the slot). */
export const LIFE = { death: 0, disability: 8, healthChange: 16, birth: 24, formation: 32 } as const;
export const N_PURPOSES = 292;

/**
 * Each purpose's salt: the finalizer of the purpose's index (distinct, since it is a bijection),
 * so two purposes' inputs to the last round differ in about half their bits.
 */
const SALT = Int32Array.from({ length: N_PURPOSES }, (_, i) => mix(Math.imul(i + 1, 0x9e3779b9) ^ 0x2545f491));

/**
 * Fills hash[h] with household h's hash for `year`, keyedHash(key, hId[h], eventHash(year)),
 * for the first `count` households: every draw the household and its members make that year
 * derives from it (uniform). Computed once a year (and for a household formed during it).
 */
export function hashHouseholdYears(hId: Int32Array, count: number, key: number, year: number, hash: Int32Array): void {
  const e = eventHash(year);
  for (let h = 0; h < count; h++) hash[h] = keyedHash(key, hId[h], e);
}

/** The uniform in [0, 1) of one purpose (PURPOSE) of an entity-year, from its hash. */
export function uniform(hash: number, purpose: number): number {
  return (mix(hash ^ SALT[purpose]) >>> 0) / 4294967296;
}

/** A standard normal draw of an entity-year (Box-Muller over the uniforms of purpose and purpose + 1). */
export function normalOf(hash: number, purpose: number): number {
  const u = uniform(hash, purpose) || 1e-12;
  const v = uniform(hash, purpose + 1);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
