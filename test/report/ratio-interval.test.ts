/** The ratio of paired mean differences with Fieller's interval (cost per household-year kept above the line). */
import { describe, expect, it } from 'vitest';
import { t975 } from '../../src/report/paired-differences.js';
import { pairedRatio } from '../../src/report/ratio-interval.js';

const noise = [0.3, -0.5, 0.1, 0.4, -0.2, -0.1, 0.6, -0.6];

describe('pairedRatio', () => {
  it('is the ratio of the means, and its bounds are the roots of Fieller\'s quadratic', () => {
    const y = noise.map((e, i) => 10 + 3 * e + i % 2);
    const x = y.map((v, i) => 100 * v + 40 * noise[(i + 3) % noise.length]);
    const r = pairedRatio(x, y);
    const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
    expect(r.status).toBe('bounded');
    expect(r.ratio).toBeCloseTo(mean(x) / mean(y), 12);
    expect(r.low).toBeLessThan(r.ratio);
    expect(r.high).toBeGreaterThan(r.ratio);
    // At each bound, (mean x − θ mean y)² = t² Var(mean x − θ mean y): the definition of the interval.
    const n = x.length, t = t975(n - 1);
    for (const theta of [r.low, r.high]) {
      const d = x.map((v, i) => v - theta * y[i]);
      const m = mean(d), varMean = d.reduce((s, v) => s + (v - m) ** 2, 0) / (n - 1) / n;
      expect(m * m).toBeCloseTo(t * t * varMean, 6);
    }
  });

  it('has no finite interval when the denominator cannot be told from 0', () => {
    const r = pairedRatio([5, 6, 7, 5, 6], [1, -1, 2, -2, 0.5]);
    expect(r.status).toBe('denominator-unclear');
    expect(Number.isNaN(r.low) && Number.isNaN(r.high)).toBe(true);
  });

  it('says so when the denominator is clearly negative (nothing kept), rather than print a negative cost', () => {
    const r = pairedRatio([-5, -6, -7, -5], [-10, -11, -9, -10.5]);
    expect(r.status).toBe('denominator-not-positive');
    expect(Number.isNaN(r.low)).toBe(true);
  });

  it('needs two pairs with both values defined', () => {
    expect(pairedRatio([1, NaN, 3], [2, 2, NaN]).status).toBe('too-few');
    expect(pairedRatio([1, NaN, 3], [2, 2, NaN]).n).toBe(1);
  });
});
