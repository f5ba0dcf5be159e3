/** Paired differences and their t-intervals, on hand-computed cases. */
import { describe, expect, it } from 'vitest';
import { MODE_KEYS } from '../../src/engine/output.js';
import { awayFromZero, meanInterval, pairedDifferences, replicateSummaries, t975, unpairedDifferences, yearlyPairedDifferences } from '../../src/report/paired-differences.js';
import { fakeModeSummary, fakeSummary } from '../run/fixtures.js';

const run = (incomeAfter: number) => fakeSummary({ modes: MODE_KEYS.map((m) => fakeModeSummary(m, { incomeAfter })) });

describe('paired differences', () => {
  it('the 95% t quantile matches the table, and the large-sample approximation is within 0.002', () => {
    expect(t975(1)).toBe(12.706);
    expect(t975(4)).toBe(2.776);
    expect(Math.abs(t975(60) - 2.0003)).toBeLessThan(0.002);
    expect(Number.isNaN(t975(0))).toBe(true);
  });

  it('mean and interval of 1, 2, 3: mean 2, sd 1, half-width 4.303 / sqrt(3)', () => {
    const r = meanInterval([1, 2, 3]);
    expect(r.mean).toBe(2);
    expect(r.low).toBeCloseTo(2 - 4.303 / Math.sqrt(3), 12);
    expect(r.high).toBeCloseTo(2 + 4.303 / Math.sqrt(3), 12);
  });

  it('unpaired (compare --unpaired): difference of means with a Welch interval, hand-computed', () => {
    // A: 10, 20, 30 (mean 20, var 100); B: 40, 50 (mean 45, var 50). se = sqrt(100/3 + 50/2) = sqrt(58.33);
    // Welch df = 58.33^2 / (33.33^2 / 2 + 25^2 / 1) = 2.88, rounded down (the wider interval) to 2: t975(2) = 4.303.
    const d = unpairedDifferences([run(10), run(20), run(30)], [run(40), run(50)], ['incomeAfter']).find((x) => x.mode === 'all')!;
    const se = Math.sqrt(100 / 3 + 50 / 2);
    expect(d).toMatchObject({ a: 20, b: 45, diff: 25, n: 2 });
    expect(d.low).toBeCloseTo(25 - 4.303 * se, 9);
    expect(d.high).toBeCloseTo(25 + 4.303 * se, 9);
  });

  it('pairs replicate r with r: B − A of (10, 20, 30) against (11, 22, 33) is 1, 2, 3', () => {
    const a = [run(10), run(20), run(30)], b = [run(11), run(22), run(33)];
    const d = pairedDifferences(a, b, ['incomeAfter']).find((x) => x.mode === 'cooperative')!;
    expect(d).toMatchObject({ metric: 'incomeAfter', mode: 'cooperative', a: 20, b: 22, diff: 2, n: 3 });
    expect(d.low).toBeCloseTo(2 - 4.303 / Math.sqrt(3), 12);
    expect(awayFromZero(d)).toBe(false); // -0.48 … 4.48 holds zero
    const steady = pairedDifferences(a, [run(12), run(22), run(32)], ['incomeAfter'])[0];
    expect(steady).toMatchObject({ diff: 2, low: 2, high: 2 });
    expect(awayFromZero(steady)).toBe(true);
  });

  it('with one pair there is a difference but no interval', () => {
    const d = pairedDifferences([run(10)], [run(12)], ['incomeAfter'])[0];
    expect(d.diff).toBe(2);
    expect(Number.isNaN(d.low) && Number.isNaN(d.high)).toBe(true);
    expect(awayFromZero(d)).toBe(false);
  });

  it('undefined figures (null in summary.json) are left out of the pairs', () => {
    const a = [run(10), run(NaN), run(30)], b = [run(11), run(22), run(33)];
    expect(pairedDifferences(a, b, ['incomeAfter'])[0]).toMatchObject({ n: 2, diff: 2 });
  });

  it('a summary with replicates pairs its replicates; one without is a single replicate', () => {
    const s = { ...run(1), replicates: [run(1), run(2)] };
    expect(replicateSummaries(s)).toHaveLength(2);
    expect(replicateSummaries(run(1))).toHaveLength(1);
  });

  it('year by year: replicate r of B minus replicate r of A, for the chosen metric only', () => {
    const row = (replicate: number, year: number, value: number, metric = 'incomeMean') => ({ replicate, year, mode: 'all', metric, value });
    const a = [row(0, 2030, 100), row(1, 2030, 200), row(0, 2030, 5, 'R')];
    const b = [row(1, 2030, 230), row(0, 2030, 110), row(0, 2030, 9, 'R')];
    const [d] = yearlyPairedDifferences(a, b);
    expect(d).toMatchObject({ year: 2030, mode: 'all', diff: 20, n: 2 }); // pairs (100, 110) and (200, 230)
    expect(d.high - d.diff).toBeCloseTo(12.706 * 10, 10); // sd 14.14 of (10, 30), over sqrt(2)
  });
});
