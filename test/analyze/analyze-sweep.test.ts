import { describe, expect, it } from 'vitest';
import { analyzeSweep } from '../../src/analyze/analyze-sweep.js';
import type { SweepData } from '../../src/sweep/read-sweep-folder.js';
import { parseWhere } from '../../src/analyze/where-condition.js';
import { saltelliRows } from '../../src/sensitivity/saltelli.js';

/** A Saltelli sweep of y = x1 + 2 x2 (one replicate) as readSweepData would return it. */
function linearSweep(n = 64): SweepData {
  const rows = saltelliRows(2, n, 3);
  return {
    sweep: 'linear', manifest: {}, points: rows.length, replicates: 1, columns: ['a', 'b'], cells: rows.map((r) => r.map(String)),
    design: { type: 'saltelli', seed: 1, samples: n, factors: [{ path: 'a', min: 0, max: 1, integer: false }, { path: 'b', min: 0, max: 1, integer: false }] },
    outputs: [{ metric: 'y', mode: 'all', year: null, values: Float64Array.from(rows, (r) => r[0] + 2 * r[1]) }],
  };
}

describe('analyzeSweep', () => {
  it('apportions a linear function\'s variance as its squared coefficients: S1 = ST = 1/5 and 4/5', () => {
    const [out] = analyzeSweep(linearSweep(1024), { bootstrap: 0, confidence: 0.95 }).outputs;
    expect(out.sobol![0].S1).toBeCloseTo(0.2, 2);
    expect(out.sobol![1].ST).toBeCloseTo(0.8, 2);
    expect(Number.isNaN(out.noiseShare)).toBe(true); // one replicate
  });

  it('refuses points that break the Saltelli layout', () => {
    const data = linearSweep();
    data.cells[3] = ['0.123', data.cells[3][1]];
    expect(() => analyzeSweep(data, { bootstrap: 0, confidence: 0.95 })).toThrow(/point 3 does not follow the Saltelli layout/);
  });

  it('skips an output undefined at every replicate of some point, and names the reason', () => {
    const data = linearSweep();
    data.outputs[0].values[5] = NaN;
    const a = analyzeSweep(data, { bootstrap: 0, confidence: 0.95 });
    expect(a.outputs).toHaveLength(0);
    expect(a.skipped[0].reason).toBe('undefined in every replicate at 1 of 256 points');
  });

  it('scenario discovery on the same sweep finds y > 2 where b is high', () => {
    const d = analyzeSweep(linearSweep(), { bootstrap: 0, confidence: 0.95, where: parseWhere('y > 2') }).discovery!;
    expect(d.columns).toEqual(['a', 'b']);
    expect(d.modes[0].prim!.box.limits[1].min).toBeGreaterThan(0.4);
    expect(d.modes[0].sentence).toMatch(/^y > 2 in [\d.]+% of runs where .*b ≥ 0\.\d+ \([\d.]+ times the base rate of [\d.]+%/);
    expect(d.modes[0].baseRate).toBeCloseTo(d.modes[0].positives / d.modes[0].runs, 12);
    expect(d.modes[0].beatsBaseRate).toBe(true);
  });
});
