import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newRadixScratch, radixOrder } from '../../src/engine/radixOrder.js';

/** The order a comparison sort on (key, position) gives. */
function reference(keys: number[]): number[] {
  return keys.map((k, i) => [k, i]).sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([, i]) => i);
}

describe('radixOrder', () => {
  it('orders items by unsigned 32-bit key, ties in the order given, like a comparison sort, carrying each item\'s value along', () => {
    const scratch = newRadixScratch();
    fc.assert(fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 99_000_000, max: 101_000_000 }), fc.integer({ min: 0, max: 3 })), { maxLength: 3000 }), (keys) => {
      const k = Uint32Array.from(keys), items = Int32Array.from(keys, (_, i) => i), values = Float64Array.from(keys, (_, i) => i * 1.5 - 7);
      radixOrder(k, items, values, keys.length, scratch);
      const order = reference(keys);
      expect(Array.from(items)).toEqual(order);
      expect(Array.from(values)).toEqual(order.map((i) => i * 1.5 - 7));
      expect(Array.from(k)).toEqual([...keys].sort((a, b) => a - b));
    }));
  });

  it('sorts only the first n items and reuses its buffers across calls', () => {
    const scratch = newRadixScratch();
    const keys = Uint32Array.of(5, 3, 9, 1, 0, 0), items = Int32Array.of(0, 1, 2, 3, 77, 88), values = Float64Array.of(0.5, 1.5, 2.5, 3.5, 77, 88);
    radixOrder(keys, items, values, 4, scratch);
    expect(Array.from(items)).toEqual([3, 1, 0, 2, 77, 88]);
    expect(Array.from(values)).toEqual([3.5, 1.5, 0.5, 2.5, 77, 88]);
    const again = Uint32Array.of(2, 1), order = Int32Array.of(0, 1), carried = Float64Array.of(-1, -2);
    radixOrder(again, order, carried, 2, scratch);
    expect(Array.from(order)).toEqual([1, 0]);
    expect(Array.from(carried)).toEqual([-2, -1]);
  });
});
