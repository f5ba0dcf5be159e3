/** Take-up of a measure (awareness.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { takeUp, takesUp } from '../../src/engine/awareness.js';
import type { Scenario } from '../../src/scenario/schema.js';

describe('takesUp', () => {
  it('answers u < takeUp(...) exactly, whether or not it needs the exponential', () => {
    const unit = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 0.25, 0.5, 0.75, 1));
    fc.assert(fc.property(
      unit, unit, unit, fc.oneof(fc.constantFrom(0, 8, 12), fc.double({ min: -20, max: 40, noNaN: true })), unit,
      (u, awareness, agency, slope, threshold) => {
        const sc = { awareness: { slope, threshold } } as unknown as Scenario;
        // Draws on the bounds the shortcut tests: the agency factor and half of it.
        for (const x of [u, 0.5 + 0.5 * agency, 0.25 + 0.25 * agency, Math.fround(u)])
          expect(takesUp(sc, x, awareness, agency)).toBe(x < takeUp(sc, awareness, agency));
      },
    ), { numRuns: 20000, seed: 7 });
  });
});
