/**
 * Shards: a deterministic slice of a sweep's points for one machine or one job-array task.
 * Points are dealt round robin (point mod n = i - 1), so each shard gets a similar mix of the
 * design (a contiguous slice of a grid would give one shard all the slow settings).
 */
import { UserError } from '../user-error.js';
import type { Shard } from './sweep-manifest.js';

/** Parses `--shard i/n` (1 ≤ i ≤ n). */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN, count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) throw new UserError(`--shard must be i/n with 1 <= i <= n (e.g. 2/3), got ${JSON.stringify(text)}`);
  return { index, count };
}

/** The points of `shard` among `total`, in order; all of them without a shard. */
export function shardPoints(total: number, shard: Shard | null): number[] {
  const all = Array.from({ length: total }, (_, p) => p);
  return shard ? all.filter((p) => p % shard.count === shard.index - 1) : all;
}

/** The folder of a shard inside its sweep's folder. */
export const shardDirName = (s: Shard): string => `${s.index}-of-${s.count}`;
