/** One herd-year (herd.ts), shared by household herds and the cooperatives' herd. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { herdYear } from '../../src/engine/herd.js';

describe('herdYear', () => {
  it('accounts for every animal: what is sold plus what is kept is the herd after births and deaths, never above the room', () => {
    fc.assert(fc.property(
      fc.double({ min: 0, max: 1000, noNaN: true }), fc.double({ min: 0, max: 2, noNaN: true }),
      fc.double({ min: 0, max: 3, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }),
      (herd, roomFactor, fertility, mortality, offtake) => {
        fc.pre(mortality + offtake <= 1);
        const capacity = herd * roomFactor;
        const { sold, next } = herdYear(herd, capacity, fertility, mortality, offtake);
        expect(sold + next).toBeCloseTo(herd * (1 + fertility - mortality), 6);
        expect(next).toBeLessThanOrEqual(capacity + 1e-9);
        expect(sold).toBeGreaterThanOrEqual(offtake * herd - 1e-9);
      },
    ));
  });

  it('sells the young beyond the room as this year\'s produce, and only the offtake when there is room', () => {
    const full = herdYear(100, 100, 0.7, 0.1, 0.4);
    expect(full.sold).toBeCloseTo(40 + 20, 9);
    expect(full.next).toBe(100);
    const roomy = herdYear(100, 200, 0.7, 0.1, 0.4);
    expect(roomy.sold).toBeCloseTo(40, 9);
    expect(roomy.next).toBeCloseTo(120, 9);
  });
});
