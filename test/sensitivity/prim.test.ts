import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { prim } from '../../src/sensitivity/prim.js';

/** n uniform points in [0, 1]^dims from a seeded stream. */
function uniform(n: number, dims: number, seed: string): number[][] {
  const rng = seedrandom(seed);
  return Array.from({ length: n }, () => Array.from({ length: dims }, () => rng()));
}

const planted = (x: number[]) => x[0] <= 0.5 && x[1] >= 0.3;

describe('prim', () => {
  it('recovers a planted box (x1 <= 0.5, x2 >= 0.3) in four dimensions and leaves the other two free', () => {
    const x = uniform(1500, 4, 'planted');
    const r = prim(x, x.map(planted));
    expect(r.box.limits[0].max).toBeGreaterThan(0.45);
    expect(r.box.limits[0].max).toBeLessThan(0.55);
    expect(r.box.limits[1].min).toBeGreaterThan(0.25);
    expect(r.box.limits[1].min).toBeLessThan(0.35);
    expect(r.box.limits[2]).toEqual(r.bounds[2]);
    expect(r.box.limits[3]).toEqual(r.bounds[3]);
    expect(r.box.density).toBeGreaterThan(0.95);
    expect(r.box.coverage).toBeGreaterThan(0.85);
  });

  it('with noisy outcomes (10% flipped) still finds the box, at lower density', () => {
    const x = uniform(2000, 4, 'noisy'), rng = seedrandom('flip');
    const y = x.map((p) => (rng() < 0.1 ? !planted(p) : planted(p)));
    const r = prim(x, y);
    expect(r.box.limits[0].max).toBeGreaterThan(0.45);
    expect(r.box.limits[0].max).toBeLessThan(0.55);
    expect(r.box.limits[1].min).toBeGreaterThan(0.25);
    expect(r.box.limits[1].min).toBeLessThan(0.35);
    // Not chasing the noise: the box hardly cuts into the dimensions that do not matter.
    for (const d of [0, 2, 3]) expect(r.box.limits[d].min).toBeLessThan(0.05);
    for (const d of [1, 2, 3]) expect(r.box.limits[d].max).toBeGreaterThan(0.95);
    expect(r.box.density).toBeGreaterThan(0.85);
    expect(r.box.coverage).toBeGreaterThan(0.75);
  });

  it('the trajectory starts with every case, coverage never rises and support never falls below minSupport', () => {
    const x = uniform(800, 3, 'traj');
    const r = prim(x, x.map(planted), { minSupport: 0.1 });
    expect(r.trajectory[0].support).toBe(1);
    expect(r.trajectory[0].coverage).toBe(1);
    for (let i = 1; i < r.trajectory.length; i++) {
      expect(r.trajectory[i].coverage).toBeLessThanOrEqual(r.trajectory[i - 1].coverage);
      expect(r.trajectory[i].support).toBeGreaterThanOrEqual(0.1);
    }
  });

  it('the chosen box covers at least minCoverage of the cases of interest', () => {
    const x = uniform(800, 3, 'cover');
    const r = prim(x, x.map(planted), { minCoverage: 0.99, paste: false });
    expect(r.box.coverage).toBeGreaterThanOrEqual(0.99);
  });

  it('pasting never lowers the density of the chosen box', () => {
    const x = uniform(600, 3, 'paste'), rng = seedrandom('paste-flip');
    const y = x.map((p) => (rng() < 0.2 ? !planted(p) : planted(p)));
    const pasted = prim(x, y), peeled = prim(x, y, { paste: false });
    expect(pasted.box.density).toBeGreaterThanOrEqual(peeled.box.density);
  });

  it('peels integer-valued dimensions by whole values (ties are kept together)', () => {
    const x = uniform(1000, 2, 'int').map((p) => [2020 + Math.floor(p[0] * 10), p[1]]);
    const r = prim(x, x.map((p) => p[0] <= 2023));
    expect(r.box.limits[0].max).toBe(2023);
    expect(r.box.density).toBe(1);
  });

  it('refuses when no case meets the condition', () => {
    expect(() => prim([[0], [1]], [false, false])).toThrow(/no case/);
  });
});
