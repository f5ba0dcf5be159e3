import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SOBOL_MAX_DIMS, directionNumbers, sobolPoints } from '../../src/sensitivity/sobol-sequence.js';

/** Each 1/2^m interval of each dimension holds exactly one of the first 2^m points. */
function isStratified(points: number[][], m: number): boolean {
  const cells = 2 ** m;
  for (let d = 0; d < points[0].length; d++) {
    const seen = new Uint8Array(cells);
    for (const p of points.slice(0, cells)) seen[Math.floor(p[d] * cells)]++;
    if (seen.some((c) => c !== 1)) return false;
  }
  return true;
}

describe('sobolPoints', () => {
  it('unscrambled, the first points are those of Joe & Kuo\'s generator (as SciPy gives them)', () => {
    expect(sobolPoints(8, 4)).toEqual([
      [0, 0, 0, 0], [0.5, 0.5, 0.5, 0.5], [0.75, 0.25, 0.25, 0.25], [0.25, 0.75, 0.75, 0.75],
      [0.375, 0.375, 0.625, 0.875], [0.875, 0.875, 0.125, 0.375], [0.625, 0.125, 0.875, 0.625], [0.125, 0.625, 0.375, 0.125],
    ]);
    // The last dimensions at point 1023 (SciPy 1.17 qmc.Sobol(64, scramble=False)).
    expect(sobolPoints(1024, 64)[1023].slice(60)).toEqual([0.1025390625, 0.1962890625, 0.7900390625, 0.0400390625]);
  });

  it('the direction numbers of every dimension are odd multiples of their bit (m_i odd, m_i < 2^i)', () => {
    for (let d = 0; d < SOBOL_MAX_DIMS; d++) {
      const v = directionNumbers(d);
      for (let i = 0; i < 32; i++) {
        const m = v[i] / 2 ** (31 - i);
        expect(Number.isInteger(m) && m % 2 === 1 && m < 2 ** (i + 1)).toBe(true);
      }
    }
  });

  it('unscrambled and scrambled, the first 2^m points put exactly one point in each 1/2^m interval of every dimension', () => {
    expect(isStratified(sobolPoints(1024, SOBOL_MAX_DIMS), 10)).toBe(true);
    for (const seed of [1, 2, 3]) expect(isStratified(sobolPoints(1024, SOBOL_MAX_DIMS, { scramble: { seed } }), 10)).toBe(true);
  });

  it('stratifies pairs of dimensions too: the first 2^m points fill 2^m cells of 2^a x 2^(m-a) in dims 1-2 (t = 0)', () => {
    const pts = sobolPoints(256, 2, { scramble: { seed: 9 } });
    for (let a = 0; a <= 8; a++) {
      const cells = new Set(pts.map((p) => `${Math.floor(p[0] * 2 ** a)},${Math.floor(p[1] * 2 ** (8 - a))}`));
      expect(cells.size).toBe(256);
    }
  });

  it('scrambled points lie in [0, 1), the same seed gives the same points, another seed others', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 1, max: SOBOL_MAX_DIMS }), (seed, dims) => {
      const a = sobolPoints(33, dims, { scramble: { seed } });
      expect(a.flat().every((x) => x >= 0 && x < 1)).toBe(true);
      expect(sobolPoints(33, dims, { scramble: { seed } })).toEqual(a);
      expect(sobolPoints(33, dims, { scramble: { seed: seed + 1 } })).not.toEqual(a);
    }), { numRuns: 30 });
  });

  it('scrambling moves the first point off the origin', () => {
    expect(sobolPoints(1, 5, { scramble: { seed: 4 } })[0].every((x) => x > 0)).toBe(true);
  });

  it('refuses more dimensions than the embedded table has', () => {
    expect(() => sobolPoints(4, SOBOL_MAX_DIMS + 1)).toThrow(/dims must be/);
    expect(() => sobolPoints(-1, 2)).toThrow(/n must be/);
  });
});
