import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseShard, shardPoints } from '../../src/sweep/shard.js';

describe('shards', () => {
  it('deal every point to exactly one shard', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 12 }), (total, n) => {
      const all = Array.from({ length: n }, (_, i) => shardPoints(total, { index: i + 1, count: n })).flat().sort((a, b) => a - b);
      expect(all).toEqual(shardPoints(total, null));
    }));
  });

  it('parse i/n and refuse anything else with a clear message', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    for (const bad of ['0/3', '4/3', '3', 'a/b', '1/0']) expect(() => parseShard(bad)).toThrow(/--shard must be i\/n/);
  });
});
