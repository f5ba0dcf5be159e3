/**
 * Orders items by an unsigned 32-bit key, ties kept in the order given: a stable LSD radix
 * sort in three passes of 11, 11 and 10 bits (a pass whose digit is the same for every item is
 * skipped). Given items in increasing index order, the result is the order of a comparison
 * sort on (key, index), in time linear in n (metrics.ts ranks incomes with it every year).
 *
 * Each item carries a number (`values`) through the sort, so that a walk in key order reads
 * three arrays front to back instead of looking every item up in the state: at a million
 * households those lookups in income order missed the cache (docs/performance.md).
 */
const BITS = 11, RADIX = 1 << BITS, MASK = RADIX - 1, PASSES = 3;

/** Reusable buffers (grown as needed, never shrunk). */
export interface RadixScratch {
  keys: Uint32Array;
  items: Int32Array;
  values: Float64Array;
  counts: Int32Array;
}

export const newRadixScratch = (): RadixScratch => ({ keys: new Uint32Array(0), items: new Int32Array(0), values: new Float64Array(0), counts: new Int32Array(PASSES * RADIX) });

/**
 * Sorts keys[0..n) with items[0..n) and values[0..n) alongside, in place (the arrays passed in
 * hold the result). The arrays must have length >= n.
 */
export function radixOrder(keys: Uint32Array, items: Int32Array, values: Float64Array, n: number, scratch: RadixScratch): void {
  if (scratch.keys.length < n) { scratch.keys = new Uint32Array(keys.length); scratch.items = new Int32Array(items.length); scratch.values = new Float64Array(values.length); }
  const counts = scratch.counts.fill(0);
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    counts[k & MASK]++;
    counts[RADIX + ((k >>> BITS) & MASK)]++;
    counts[2 * RADIX + (k >>> (2 * BITS))]++;
  }
  let srcK = keys, srcI = items, srcV = values, dstK = scratch.keys, dstI = scratch.items, dstV = scratch.values;
  for (let pass = 0; pass < PASSES; pass++) {
    const off = pass * RADIX, shift = pass * BITS;
    // All items share this digit: the pass would not move anything.
    if (n === 0 || counts[off + ((srcK[0] >>> shift) & MASK)] === n) continue;
    let sum = 0;
    for (let d = 0; d < RADIX; d++) { const c = counts[off + d]; counts[off + d] = sum; sum += c; }
    for (let i = 0; i < n; i++) {
      const k = srcK[i], j = counts[off + ((k >>> shift) & MASK)]++;
      dstK[j] = k; dstI[j] = srcI[i]; dstV[j] = srcV[i];
    }
    [srcK, dstK] = [dstK, srcK];
    [srcI, dstI] = [dstI, srcI];
    [srcV, dstV] = [dstV, srcV];
  }
  if (srcI !== items) { keys.set(srcK.subarray(0, n)); items.set(srcI.subarray(0, n)); values.set(srcV.subarray(0, n)); }
}
