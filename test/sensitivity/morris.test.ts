import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { morrisDelta, morrisRows } from '../../src/sensitivity/morris.js';

describe('morrisRows', () => {
  it('each trajectory moves every factor exactly once, by ±Δ = p / (2 (p - 1)), on the p-level grid inside [0, 1]', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 6 }), fc.constantFrom(2, 4, 6, 8), fc.integer({ min: 0, max: 1e6 }), (k, r, p, seed) => {
      const rows = morrisRows(k, r, p, seed), delta = morrisDelta(p);
      expect(rows).toHaveLength(r * (k + 1));
      for (const row of rows) for (const v of row) {
        expect(v >= 0 && v <= 1).toBe(true);
        expect(Math.abs(v * (p - 1) - Math.round(v * (p - 1)))).toBeLessThan(1e-9);
      }
      for (let t = 0; t < r; t++) {
        const moved: number[] = [];
        for (let s = t * (k + 1) + 1; s <= t * (k + 1) + k; s++) {
          const diff = rows[s].map((v, i) => v - rows[s - 1][i]);
          const changed = diff.flatMap((d, i) => (d !== 0 ? [i] : []));
          expect(changed).toHaveLength(1);
          expect(Math.abs(Math.abs(diff[changed[0]]) - delta)).toBeLessThan(1e-12);
          moved.push(changed[0]);
        }
        expect([...moved].sort((a, b) => a - b)).toEqual(Array.from({ length: k }, (_, i) => i));
      }
    }), { numRuns: 60 });
  });

  it('Δ is 2/3 with 4 levels (Morris 1991)', () => {
    expect(morrisDelta(4)).toBeCloseTo(2 / 3, 15);
  });

  it('the same seed gives the same trajectories and another seed others', () => {
    expect(morrisRows(5, 4, 4, 1)).toEqual(morrisRows(5, 4, 4, 1));
    expect(morrisRows(5, 4, 4, 1)).not.toEqual(morrisRows(5, 4, 4, 2));
  });

  it('moves up and down and starts from several levels (the orientation is random)', () => {
    const rows = morrisRows(3, 40, 4, 3);
    const steps = rows.flatMap((row, s) => (s % 4 === 0 ? [] : row.map((v, i) => v - rows[s - 1][i]).filter((d) => d !== 0)));
    expect(steps.some((d) => d > 0) && steps.some((d) => d < 0)).toBe(true);
    expect(new Set(rows.filter((_, s) => s % 4 === 0).map((r) => r[0])).size).toBeGreaterThan(1);
  });

  it('refuses an odd number of levels', () => {
    expect(() => morrisRows(3, 2, 3, 1)).toThrow(/even/);
  });
});
