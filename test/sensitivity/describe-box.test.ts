import { describe, expect, it } from 'vitest';
import { describeBox, factorLabel } from '../../src/sensitivity/describe-box.js';
import type { PrimBox } from '../../src/sensitivity/prim.js';

const box = (limits: { min: number; max: number }[]): PrimBox => ({ limits, cases: 300, positives: 252, coverage: 0.62, density: 0.84, support: 0.3 });
const bounds = [{ min: 2021, max: 2030 }, { min: 0, max: 0.1 }, { min: 0, max: 1 }];
const labels = ['dividend end', 'out migration', 'training'];

describe('describeBox', () => {
  it('names only the restricted dimensions, with the direction of each limit, the base rate and the lift', () => {
    expect(describeBox('returnToPovertyRate > 0.1', box([{ min: 2021, max: 2026 }, { min: 0.04, max: 0.1 }, { min: 0, max: 1 }]), bounds, labels, 0.4))
      .toBe('returnToPovertyRate > 0.1 in 84% of runs where dividend end ≤ 2026 and out migration ≥ 0.04 (2.1 times the base rate of 40%; the box holds 62% of the runs that meet it and 30% of all runs)');
  });

  it('writes a range restricted on both sides as one condition', () => {
    expect(describeBox('R < 0.3', box([{ min: 2021, max: 2030 }, { min: 0.02, max: 0.0612345 }, { min: 0, max: 1 }]), bounds, labels, 0.4)).toContain('where 0.02 ≤ out migration ≤ 0.0612 (');
  });

  it('says so when the box restricts nothing', () => {
    expect(describeBox('K > 0.5', box(bounds), bounds, labels, 0.84)).toBe('K > 0.5 in 84% of all runs (the base rate); no parameter range singles them out');
  });

  it('a box not clearly above the base rate finds nothing: density 38.4% against 37.8%', () => {
    const weak: PrimBox = { limits: [{ min: 2021, max: 2026 }, { min: 0, max: 0.1 }, { min: 0, max: 1 }], cases: 500, positives: 192, coverage: 0.5, density: 0.384, support: 0.5 };
    expect(describeBox('returnToPovertyRate > 0.4', weak, bounds, labels, 0.378)).toBe('no parameter range singles out the runs with returnToPovertyRate > 0.4: it holds in 37.8% of all runs (the base rate), and in 38.4% of the best box found (dividend end ≤ 2026), not clearly more (lift 1.0)');
  });
});

describe('factorLabel', () => {
  it('reads a parameter path as words', () => {
    expect(factorLabel('policy.instruments.dividend.end')).toBe('dividend end');
    expect(factorLabel('demography.outMigrationRate')).toBe('demography out migration rate');
    expect(factorLabel('villages.0.households')).toBe('villages households');
  });
});
