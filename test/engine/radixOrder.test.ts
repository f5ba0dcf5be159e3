import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newRadixScratch, radixOrder } from '../../src/engine/radixOrder.js';

/** The order a comparison sort on (key, position) gives. */
function reference(keys: number[]): number[] {
  return keys.map((k, i) => [k, i]).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, i]) => i);
}

describe('radixOrder', () => {
  it('orders items by unsigned 32-bit key, ties in the order given, like a comparison sort', () => {
    const scratch = newRadixScratch();
    fc.assert(fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 99_000_000, max: 101_000_000 }), fc.integer({ min: 0, max: 3 })), { maxLength: 3000 }), (keys) => {
      const k = Uint32Array.from(keys), items = Int32Array.from(keys, (_, i) => i);
      radixOrder(k, items, keys.length, scratch);
      expect(Array.from(items)).toEqual(reference(keys));
      expect(Array.from(k)).toEqual([...keys].sort((a, b) => a - b));
    }));
  });

  it('sorts only the first n items and reuses its buffers across calls', () => {
    const scratch = newRadixScratch();
    const keys = Uint32Array.of(5, 3, 9, 1, 0, 0), items = Int32Array.of(0, 1, 2, 3, 77, 88);
    radixOrder(keys, items, 4, scratch);
    expect(Array.from(items)).toEqual([3, 1, 0, 2, 77, 88]);
    const again = Uint32Array.of(2, 1), order = Int32Array.of(0, 1);
    expect(Array.from(radixOrder(again, order, 2, scratch))).toEqual([1, 0]);
  });
});
