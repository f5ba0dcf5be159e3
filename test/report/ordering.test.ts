/** Orderings over every pair: paired where seeds are shared, ranks only where an interval excludes 0, compact letters. */
import { describe, expect, it } from 'vitest';
import { clearBest, clearWorst, clearlyBetter, lettersText, orderItems, type Sample } from '../../src/report/ordering.js';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
/** A sample with the given mean and a small seed-by-seed wobble shared by every item (common random numbers). */
const common = (key: string, mu: number, own = 0) => ({ key, seeds: SEEDS, values: SEEDS.map((s, i) => mu + Math.sin(s) * 3 + own * (i % 2 ? 1 : -1)) });

describe('orderItems', () => {
  it('a chain of overlapping neighbours does not hide a clear gap between its ends', () => {
    // Independent samples (no shared seeds), each spread about ±2.4 around 0, 1.5 and 3.
    // A-B and B-C overlap, A-C does not: neighbours alone would say "no clear order".
    const noisy = (key: string, mu: number, seed0: number): Sample => ({ key, seeds: SEEDS.map((s) => s + seed0), values: SEEDS.map((_, i) => mu + (i % 2 ? 1 : -1) * (2 + (i % 3) * 0.4)) });
    const o = orderItems([noisy('A', 0, 0), noisy('B', 1.5, 100), noisy('C', 3, 200)], { higherIsBetter: false });
    expect(o.status).toBe('ordered');
    expect(o.items.map((x) => [x.key, x.letters])).toEqual([['A', 'a'], ['B', 'ab'], ['C', 'b']]);
    expect(clearlyBetter(o, 'A', 'C')).toBe(true);
    expect(clearlyBetter(o, 'A', 'B')).toBe(false);
    expect(clearlyBetter(o, 'B', 'C')).toBe(false);
    expect(o.pairs.every((p) => !p.paired)).toBe(true);
  });

  it('pairs values by seed: a steady gap of 1 under a shared wobble of ±3 is clear', () => {
    const o = orderItems([common('x', 10), common('y', 11)], { higherIsBetter: true });
    expect(o.pairs[0]).toMatchObject({ a: 'y', b: 'x', paired: true, n: 10 });
    expect(o.pairs[0].diff).toBeCloseTo(1, 12);
    expect(clearBest(o)).toBe('y');
    expect(clearWorst(o)).toBe('x');
    expect(lettersText(o, (k) => k.toUpperCase())).toBe('Y a, X b');
  });

  it('the same values without shared seeds cannot be told apart (the wobble is then noise)', () => {
    const y = { ...common('y', 11), seeds: SEEDS.map((s) => s + 50) };
    const o = orderItems([common('x', 10), y], { higherIsBetter: true });
    expect(o.status).toBe('none');
    expect(o.items.map((x) => x.letters)).toEqual(['a', 'a']);
    expect(clearBest(o)).toBeUndefined();
  });

  it('intervals are simultaneous over the pairs: four items give each pair 1 − 0.05/6', () => {
    const o = orderItems(['a', 'b', 'c', 'd'].map((k, i) => common(k, i * 10, 1)), { higherIsBetter: true });
    expect(o.pairLevel).toBeCloseTo(1 - 0.05 / 6, 12);
    expect(o.items.map((x) => x.key)).toEqual(['d', 'c', 'b', 'a']);
    expect(o.items.map((x) => x.letters)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('a single item has no order, and one value each has no interval', () => {
    expect(orderItems([common('only', 1)], { higherIsBetter: true }).status).toBe('single');
    const one = orderItems([{ key: 'a', seeds: [1], values: [1] }, { key: 'b', seeds: [1], values: [5] }], { higherIsBetter: true });
    expect(one.status).toBe('no-interval');
    expect(clearBest(one)).toBeUndefined();
  });

  it('leaves undefined values out, pairing only seeds where both are defined', () => {
    const a = { key: 'a', seeds: [1, 2, 3, 4], values: [1, NaN, 3, 5] }, b = { key: 'b', seeds: [1, 2, 3, 4], values: [2, 9, 4, 6] };
    const o = orderItems([a, b], { higherIsBetter: true });
    expect(o.pairs[0]).toMatchObject({ paired: true, n: 3, diff: 1 });
    expect(o.items.find((x) => x.key === 'a')!.n).toBe(3);
  });
});
