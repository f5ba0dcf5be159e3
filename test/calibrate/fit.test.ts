import { describe, expect, it } from 'vitest';
import { fitCsv, fitRows, parameterRows, posteriorCsv } from '../../src/calibrate/fit.js';
import { drawPosterior } from '../../src/calibrate/posterior-draws.js';

describe('the fit and the posterior tables', () => {
  const plan = { targets: [{ name: 'a', observed: 10, within: 2, withinBasis: '2 sd', source: 's' }, { name: 'b', observed: 0, within: 1, withinBasis: 'tolerance', source: 's' }] } as never;

  it('takes the median and 90% interval over every particle and seed, and says whether the median is within', () => {
    // 3 particles x 2 seeds; target a: 1..6 + 5 -> 6..11 (median 8.5, outside 10 ± 2? |8.5 - 10| = 1.5: inside); b: NaN left out.
    const values = [[[6, NaN], [7, 0.5]], [[8, 0.2]], [[9, 3], [10, 4], [11, 5]]];
    const [a, b] = fitRows(plan, values);
    expect(a).toMatchObject({ target: 'a', median: 8.5, inside: true });
    expect(a.p05).toBeCloseTo(6.25); expect(a.p95).toBeCloseTo(10.75);
    expect(b).toMatchObject({ median: 3, inside: false });
    expect(fitCsv([a, b]).split('\n')[2]).toBe('b,0,1,tolerance,3,0.26,4.8,no,s');
    expect(fitCsv([a, b]).split('\n')[1]).toMatch(/^a,10,2,2 sd,/);
  });

  it('writes the posterior exactly, so a run can replay its points', () => {
    const csv = posteriorCsv({ parameters: [{ path: 'x.y' }] } as never, { particles: [[0.1 + 0.2], [1 / 3]], loglik: [-1.5, -Infinity] }, [[0, 3], [2, 1]]);
    expect(csv).toBe('particle,x.y,loglik,generation,candidate\n0,0.30000000000000004,-1.5,0,3\n1,0.3333333333333333,,2,1\n');
  });

  it('writes medians to 4 significant digits, integers whole, inside the prior', () => {
    const rows = parameterRows({ parameters: [{ path: 'a', min: 0, max: 1, integer: false }, { path: 'b', min: 1, max: 9, integer: true }] } as never, { particles: [[0.123456, 2], [0.2, 3], [0.3, 4]] });
    expect(rows.map((r) => r.median)).toEqual([0.2, 3]);
  });

  it('draws posterior points for run --posterior from the seed alone', () => {
    const sample = { file: 'p.csv', paths: ['x'], rows: [[1], [2], [3], [4]] };
    const a = drawPosterior(sample, 20, 7), b = drawPosterior(sample, 20, 7), c = drawPosterior(sample, 20, 8);
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
    expect(new Set(a.map((d) => d.x)).size).toBeGreaterThan(1);
  });
});
