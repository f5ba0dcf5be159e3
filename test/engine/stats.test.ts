/** Pearson, OLS residuals and partial correlation against hand cases and textbook formulas. */
import { describe, expect, it } from 'vitest';
import { draw, normal } from '../../src/engine/random.js';
import { partialCorrelation, pearson, ranks, residuals, spearman } from '../../src/engine/stats.js';

/** Reproducible random data from the engine's own counter-based draws. */
function data(n: number, key: number) {
  const z = Array.from({ length: n }, (_, i) => normal(key, i, 1));
  const w = Array.from({ length: n }, (_, i) => draw(key, i, 99) * 10);
  const x = z.map((zi, i) => 0.8 * zi + 0.3 * w[i] + normal(key, i, 2));
  const y = z.map((zi, i) => -0.5 * zi + 0.1 * w[i] + normal(key, i, 3) + 0.4 * x[i]);
  return { x, y, z, w };
}

const dot = (a: ArrayLike<number>, b: ArrayLike<number>) => { let t = 0; for (let i = 0; i < a.length; i++) t += a[i] * b[i]; return t; };

describe('pearson', () => {
  it('matches a hand-computed case: r = 6 / sqrt(10 * 6)', () => {
    expect(pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])).toBeCloseTo(6 / Math.sqrt(60), 12);
  });

  it('is 1 and -1 for exact linear relations, and symmetric', () => {
    expect(pearson([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3, 4], [3, 1, -1, -3])).toBeCloseTo(-1, 12);
    const { x, y } = data(200, 17);
    expect(pearson(x, y)).toBeCloseTo(pearson(y, x), 12);
  });

  it('is unchanged by positive affine transforms', () => {
    const { x, y } = data(200, 5);
    expect(pearson(x.map((v) => 3 * v - 7), y.map((v) => 0.5 * v + 100))).toBeCloseTo(pearson(x, y), 10);
  });

  it('is NaN when either sample is constant', () => {
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNaN();
    expect(pearson([1, 2, 3], [4, 4, 4])).toBeNaN();
  });
});

describe('residuals', () => {
  it('are orthogonal to the intercept and every control', () => {
    const { x, z, w } = data(300, 23);
    const r = residuals(x, [z, w]);
    expect(r.length).toBe(x.length);
    const scale = Math.sqrt(dot(x, x));
    expect(Math.abs(r.reduce((a, b) => a + b, 0))).toBeLessThan(1e-9 * scale * x.length);
    expect(Math.abs(dot(r, z))).toBeLessThan(1e-9 * scale * Math.sqrt(dot(z, z)));
    expect(Math.abs(dot(r, w))).toBeLessThan(1e-9 * scale * Math.sqrt(dot(w, w)));
  });

  it('are zero when y is an exact linear function of the controls', () => {
    const { z, w } = data(50, 3);
    const y = z.map((zi, i) => 2 + 3 * zi - 0.5 * w[i]);
    for (const e of residuals(y, [z, w])) expect(Math.abs(e)).toBeLessThan(1e-9);
  });

  it('with no controls are deviations from the mean', () => {
    const r = residuals([1, 2, 3, 6], []);
    expect(Array.from(r)).toEqual([-2, -1, 0, 3].map((v) => expect.closeTo(v, 12)));
  });

  it('a constant control is dropped, not a singular system', () => {
    const { x, z } = data(100, 9);
    const ones = z.map(() => 5);
    const with_ = residuals(x, [z, ones]), without = residuals(x, [z]);
    for (let i = 0; i < x.length; i++) expect(with_[i]).toBeCloseTo(without[i], 9);
  });
});

describe('partialCorrelation', () => {
  it('with one control equals (r_xy - r_xz r_yz) / sqrt((1 - r_xz^2)(1 - r_yz^2))', () => {
    for (const key of [1, 2, 3]) {
      const { x, y, z } = data(400, key);
      const rxy = pearson(x, y), rxz = pearson(x, z), ryz = pearson(y, z);
      const textbook = (rxy - rxz * ryz) / Math.sqrt((1 - rxz * rxz) * (1 - ryz * ryz));
      expect(partialCorrelation(x, y, [z])).toBeCloseTo(textbook, 10);
      // The control matters on this data, so the test tells partial from plain correlation.
      expect(Math.abs(textbook - rxy)).toBeGreaterThan(0.05);
    }
  });

  it('with no controls equals pearson', () => {
    const { x, y } = data(100, 4);
    expect(partialCorrelation(x, y, [])).toBeCloseTo(pearson(x, y), 12);
  });
});

describe('spearman', () => {
  it('gives ties their mean rank', () => {
    expect(Array.from(ranks([10, 30, 20, 30]))).toEqual([1, 3.5, 2, 3.5]);
  });

  it('is 1 for any increasing relation, however curved, where Pearson is not', () => {
    const x = [1, 2, 3, 4, 5, 6], y = x.map((v) => Math.exp(3 * v));
    expect(spearman(x, y)).toBeCloseTo(1, 12);
    expect(pearson(x, y)).toBeLessThan(0.9);
  });

  it('is not moved by one extreme value the way Pearson is', () => {
    const { x, y } = data(200, 23);
    const yOut = [...y]; yOut[0] = 1e6 * Math.sign(x[0] - 1e-9 < 0 ? 1 : -1);
    expect(Math.abs(spearman(x, yOut) - spearman(x, y))).toBeLessThan(0.03);
    expect(Math.abs(pearson(x, yOut) - pearson(x, y))).toBeGreaterThan(0.1);
  });
});
