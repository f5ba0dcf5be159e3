/** Student's t distribution against published table values. */
import { describe, expect, it } from 'vitest';
import { tCdf, tQuantile } from '../../src/report/student-t.js';
import { t975 } from '../../src/report/paired-differences.js';

describe('Student t', () => {
  it('the 97.5% quantile matches the t table for 1-30 degrees of freedom', () => {
    for (let df = 1; df <= 30; df++) expect(tQuantile(0.975, df)).toBeCloseTo(t975(df), 2);
  });

  it('other levels match the table: t(0.995, 9) = 3.250, t(1 − 0.05/12, 9) = 3.364 (scipy), t(0.95, 4) = 2.132', () => {
    expect(tQuantile(0.995, 9)).toBeCloseTo(3.2498, 3);
    expect(tQuantile(1 - 0.05 / 12, 9)).toBeCloseTo(3.3642, 3);
    expect(tQuantile(0.95, 4)).toBeCloseTo(2.1318, 3);
  });

  it('the distribution function is symmetric, 0.5 at 0, and inverts the quantile', () => {
    expect(tCdf(0, 5)).toBeCloseTo(0.5, 12);
    expect(tCdf(-1.3, 7) + tCdf(1.3, 7)).toBeCloseTo(1, 12);
    for (const p of [0.01, 0.2, 0.9, 0.999]) expect(tCdf(tQuantile(p, 3.7), 3.7)).toBeCloseTo(p, 9);
  });

  it('with many degrees of freedom it tends to the normal: t(0.975, 10^6) = 1.960', () => {
    expect(tQuantile(0.975, 1e6)).toBeCloseTo(1.95996, 4);
  });
});
