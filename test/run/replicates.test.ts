import { describe, expect, it } from 'vitest';
import type { ModeSummary, YearlyRow } from '../../src/engine/output.js';
import { aggregateSummary, aggregateYearly, quantile, replicateSeeds } from '../../src/run/replicates.js';
import { fakeModeSummary, fakeSummary } from './fixtures.js';

const row = (value: number, metric = 'incomeMean', year = 2020): YearlyRow => ({ year, mode: 'all', group: 'all', metric, value });

describe('replicate seeds', () => {
  it('replicate 0 runs the master seed itself and the others follow it (seed + r)', () => {
    expect(replicateSeeds(41, 3)).toEqual([41, 42, 43]);
    expect(replicateSeeds(41, 1)).toEqual([41]);
    expect(replicateSeeds(0, 20)[0]).toBe(0);
  });

  it('is deterministic and gives distinct seeds', () => {
    expect(replicateSeeds(123, 50)).toEqual(replicateSeeds(123, 50));
    expect(new Set(replicateSeeds(123, 50)).size).toBe(50);
  });

  it('refuses a negative or fractional seed and fewer than one replicate', () => {
    expect(() => replicateSeeds(-1, 2)).toThrow(/seed/);
    expect(() => replicateSeeds(1.5, 2)).toThrow(/seed/);
    expect(() => replicateSeeds(1, 0)).toThrow(/replicates/);
  });
});

describe('aggregating yearly rows', () => {
  it('gives the mean and the type-7 5th/95th percentiles of a hand-checked 5-replicate case', () => {
    // Row 1: 3,1,4,1,5 -> sorted 1,1,3,4,5; mean 14/5 = 2.8;
    //   p05: h = 4 * 0.05 = 0.2 -> 1 + 0.2 * (1 - 1) = 1;  p95: h = 3.8 -> 4 + 0.8 * (5 - 4) = 4.8.
    // Row 2: 50,10,40,20,30 -> mean 30; p05: 10 + 0.2 * 10 = 12; p95: 40 + 0.8 * 10 = 48.
    const runs = [[3, 50], [1, 10], [4, 40], [1, 20], [5, 30]].map(([a, b]) => [row(a), row(b, 'povertyRate')]);
    const [first, second] = aggregateYearly(runs);
    expect(first).toEqual({ year: 2020, mode: 'all', group: 'all', metric: 'incomeMean', value: 2.8, p05: 1, p95: expect.closeTo(4.8, 12) });
    expect(second.value).toBe(30);
    expect(second.p05).toBeCloseTo(12, 12);
    expect(second.p95).toBeCloseTo(48, 12);
  });

  it('leaves out replicates where a figure is undefined, and keeps it undefined if it is everywhere', () => {
    // Defined: 2,4,6,8 -> mean 5; p05: h = 0.15 -> 2 + 0.15 * 2 = 2.3; p95: h = 2.85 -> 6 + 0.85 * 2 = 7.7.
    const runs = [NaN, 2, 4, 6, 8].map((v) => [row(v), row(NaN, 'proPoorGrowth')]);
    const [median, growth] = aggregateYearly(runs);
    expect(median.value).toBe(5);
    expect(median.p05).toBeCloseTo(2.3, 12);
    expect(median.p95).toBeCloseTo(7.7, 12);
    expect(growth).toMatchObject({ value: NaN, p05: NaN, p95: NaN });
  });

  it('with a single replicate, the bands collapse onto the value', () => {
    expect(aggregateYearly([[row(7.25)]])).toEqual([{ ...row(7.25), p05: 7.25, p95: 7.25 }]);
  });

  it('throws when replicates have different row keys, counts or order', () => {
    expect(() => aggregateYearly([[row(1)], [row(1, 'gini')]])).toThrow(/replicate 1 yearly row 1 is 2020,all,all,gini/);
    expect(() => aggregateYearly([[row(1)], [row(1), row(2, 'gini')]])).toThrow(/2 yearly rows/);
    expect(() => aggregateYearly([[row(1), row(1, 'gini')], [row(1, 'gini'), row(1)]])).toThrow(/yearly row 1/);
    expect(() => aggregateYearly([[row(1)], [row(1, 'incomeMean', 2021)]])).toThrow(/2021/);
    expect(() => aggregateYearly([])).toThrow(/at least one/);
  });

  it('quantile interpolates linearly between order statistics (R type 7)', () => {
    expect(quantile([1, 2, 3, 4, 5], 0.05)).toBeCloseTo(1.2, 12);
    expect(quantile([1, 2, 3, 4, 5], 0.95)).toBeCloseTo(4.8, 12);
    expect(quantile([10, 20], 0.5)).toBe(15);
    expect(quantile([7], 0.95)).toBe(7);
  });
});

describe('aggregating summaries', () => {
  const withModes = (seed: number, f: (m: ModeSummary) => Partial<ModeSummary>) => {
    const s = fakeSummary({ seed });
    return { ...s, modes: s.modes.map((m) => ({ ...m, ...f(m) })) };
  };

  it('averages every numeric per-mode figure, the fiscal figures and population, and keeps the replicates', () => {
    const runs = [1, 2, 3].map((seed) => withModes(seed, (m) => ({ incomeAfter: 1000 * seed, households: m.households + seed })));
    runs[2].fiscal = { byInstrument: { dividends: 4000, training: 30 }, total: 4030, perRegisteredNotPoor: 100 };
    const agg = aggregateSummary(runs);
    const all = agg.modes.find((m) => m.mode === 'all')!;
    expect(all.incomeAfter).toBe(2000);
    expect(all.households).toBe(fakeModeSummary('all').households + 2);
    expect(all.R).toBeCloseTo(fakeModeSummary('all').R, 12);
    expect(agg.fiscal.byInstrument).toEqual({ dividends: 2000, grants: (500.5 * 2) / 3, training: 10 });
    expect(agg.fiscal.total).toBeCloseTo((1500.5 * 2 + 4030) / 3, 9);
    expect(agg.population.births).toBe(10);
    expect(agg.seed).toBe(1);
    expect(agg.replicates).toBe(runs);
  });

  it('recomputes the ranking from the means rather than keeping replicate 0’s', () => {
    // Replicate 0 favours shareholding by a little; replicate 1 favours employment by a lot.
    const drop: Record<string, number[]> = { shareholding: [1, 30], cooperative: [5, 10], individual: [6, 11], employment: [9, 0], all: [5, 5] };
    const runs = [0, 1].map((r) => withModes(r + 1, (m) => ({ incomeDropPct: drop[m.mode][r] })));
    const order = (rs: { criterion: string; order: string[] }[]) => rs.find((x) => x.criterion === 'incomeDropPct')!.order;
    expect(order(aggregateSummary(runs).ranking)).toEqual(['employment', 'cooperative', 'individual', 'shareholding']);
  });

  it('leaves out undefined figures and throws when replicates summarise different modes', () => {
    const runs = [NaN, 0.2, 0.4].map((v, r) => withModes(r, (m) => (m.mode === 'employment' ? { returnToPovertyRate: v } : {})));
    expect(aggregateSummary(runs).modes.find((m) => m.mode === 'employment')!.returnToPovertyRate).toBeCloseTo(0.3, 12);
    const short = { ...fakeSummary(), modes: fakeSummary().modes.slice(1) };
    expect(() => aggregateSummary([fakeSummary(), short])).toThrow(/modes/);
  });
});
