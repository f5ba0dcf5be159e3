import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { noiseShare, replicateMeans } from '../../src/sensitivity/noise-share.js';

describe('noiseShare', () => {
  it('is 0 when replicates agree and close to the true share when they are noisy', () => {
    expect(noiseShare([[1, 1], [2, 2], [5, 5]])).toBe(0);
    // Point effect with variance 1, noise with variance 1 / 3 (uniform on [-1, 1]): share 0.25.
    const rng = seedrandom('noise');
    const gauss = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
    const runs = Array.from({ length: 2000 }, () => { const m = gauss(); return Array.from({ length: 4 }, () => m + (2 * rng() - 1)); });
    expect(noiseShare(runs)).toBeGreaterThan(0.22);
    expect(noiseShare(runs)).toBeLessThan(0.28);
  });

  it('is NaN with a single replicate (it cannot be estimated)', () => {
    expect(Number.isNaN(noiseShare([[1], [2]]))).toBe(true);
  });

  it('takes points with fewer replicates (undefined runs left out): within-point variance from those with two or more', () => {
    // Within: var(1, 3) = 2 at the only repeated point; total: var(1, 3, 10) = 67 / 3.
    expect(noiseShare([[1, 3], [10]])).toBeCloseTo(2 / (67 / 3), 12);
  });

  it('fails loudly on values that are not finite', () => {
    expect(() => noiseShare([[1, NaN]])).toThrow(/finite/);
  });
});

describe('replicateMeans', () => {
  it('averages each point\'s replicates', () => {
    expect(replicateMeans([[1, 3], [2, 2], [0, 1]])).toEqual([2, 2, 0.5]);
    expect(() => replicateMeans([[1], []])).toThrow(/no replicate/);
  });
});
