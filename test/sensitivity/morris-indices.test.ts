import { describe, expect, it } from 'vitest';
import { morrisRows } from '../../src/sensitivity/morris.js';
import { elementaryEffects, morrisIndices } from '../../src/sensitivity/morris-indices.js';

const unit = (k: number) => Array.from({ length: k }, () => ({ min: 0, max: 1 }));

describe('morrisIndices', () => {
  it('ranks a function with two inert inputs: mu* = 0 and sigma = 0 for them, and the strong input first', () => {
    // y = 10 x1 + 5 x2^2 + 2 x1 x3; x4 and x5 do nothing.
    const f = (x: number[]) => 10 * x[0] + 5 * x[1] ** 2 + 2 * x[0] * x[2];
    const x = morrisRows(5, 20, 4, 11);
    const m = morrisIndices(x, x.map(f), unit(5), { bootstrap: 200, seed: 1 });
    expect(m[3].muStar).toBe(0);
    expect(m[4].muStar).toBe(0);
    expect(m[3].sigma).toBe(0);
    expect(m[0].muStar).toBeGreaterThan(m[1].muStar);
    expect(m[1].muStar).toBeGreaterThan(m[2].muStar);
    expect(m[2].muStar).toBeGreaterThan(0);
    // x1's effect is 10 + 2 x3 with x3 in [0, 1]: between 10 and 12, and it varies (interaction).
    expect(m[0].muStar).toBeGreaterThanOrEqual(10);
    expect(m[0].muStar).toBeLessThanOrEqual(12);
    expect(m[0].sigma).toBeGreaterThan(0);
    expect(m[0].muStarLow).toBeLessThanOrEqual(m[0].muStar);
    expect(m[0].muStarHigh).toBeGreaterThanOrEqual(m[0].muStar);
  });

  it('measures effects per share of the range, from the actual values: y = 3 x on [0, 10] has every EE = 30', () => {
    const design = morrisRows(2, 5, 4, 2);
    const x = design.map((r) => [r[0] * 10, 100 + r[1] * 50]);
    const m = morrisIndices(x, x.map((r) => 3 * r[0]), [{ min: 0, max: 10 }, { min: 100, max: 150 }], { bootstrap: 0 });
    expect(m[0].mu).toBeCloseTo(30, 10);
    expect(m[0].muStar).toBeCloseTo(30, 10);
    expect(m[0].sigma).toBeCloseTo(0, 10);
    expect(m[1].muStar).toBe(0);
  });

  it('mu keeps signs that mu* drops: y = x (x - 1) over [0, 1] has effects of both signs', () => {
    const x = morrisRows(1, 30, 4, 5);
    const m = morrisIndices(x, x.map((r) => (r[0] - 0.5) ** 2), unit(1), { bootstrap: 0 });
    expect(Math.abs(m[0].mu)).toBeLessThan(m[0].muStar);
  });

  it('skips a step that integer rounding erased, and refuses a step that moves two factors', () => {
    const x = [[0, 0], [0, 0], [1, 0]]; // the first step rounded to nothing
    expect(elementaryEffects(x, [0, 0, 2], [{ min: 0, max: 2 }, { min: 0, max: 1 }])).toEqual([[4], []]);
    expect(() => elementaryEffects([[0, 0], [1, 1], [1, 0]], [0, 1, 2], unit(2))).toThrow(/differs .* in 2 factors/);
  });

  it('fails loudly on outputs that are not finite or rows that are not whole trajectories', () => {
    expect(() => elementaryEffects([[0], [1]], [0, NaN], unit(1))).toThrow(/finite/);
    expect(() => elementaryEffects([[0], [1], [0]], [0, 1, 2], unit(1))).toThrow(/trajector/);
  });

  it('the same seed gives the same muStar interval', () => {
    const x = morrisRows(3, 10, 4, 1), y = x.map((r) => r[0] + r[1] * r[2]);
    expect(morrisIndices(x, y, unit(3), { seed: 3, bootstrap: 100 })).toEqual(morrisIndices(x, y, unit(3), { seed: 3, bootstrap: 100 }));
  });
});
