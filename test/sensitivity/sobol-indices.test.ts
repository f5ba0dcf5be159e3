import { describe, expect, it } from 'vitest';
import { saltelliRows } from '../../src/sensitivity/saltelli.js';
import { sobolIndices } from '../../src/sensitivity/sobol-indices.js';
import { gFunction, gFunctionIndices, ishigami, ishigamiIndices } from './analytic.js';

type Truth = { S1: number[]; ST: number[] };

/** Largest absolute error of S1 and of ST, averaged over three scramble seeds. */
function errors(f: (u: readonly number[]) => number, k: number, n: number, truth: Truth): { S1: number; ST: number } {
  let e1 = 0, eT = 0;
  const seeds = [1, 2, 3];
  for (const seed of seeds) {
    const est = sobolIndices(saltelliRows(k, n, seed).map(f), k, { bootstrap: 0 });
    e1 += Math.max(...est.map((s, i) => Math.abs(s.S1 - truth.S1[i])));
    eT += Math.max(...est.map((s, i) => Math.abs(s.ST - truth.ST[i])));
  }
  return { S1: e1 / seeds.length, ST: eT / seeds.length };
}

describe('sobolIndices against analytic truth', () => {
  it('Ishigami (a = 7, b = 0.1): exact indices are the published 0.3139, 0.4424, 0 and 0.5576, 0.4424, 0.2437', () => {
    const t = ishigamiIndices();
    expect(t.S1.map((x) => +x.toFixed(4))).toEqual([0.3139, 0.4424, 0]);
    expect(t.ST.map((x) => +x.toFixed(4))).toEqual([0.5576, 0.4424, 0.2437]);
  });

  it('Ishigami: the error shrinks with N and is within 0.1 (S1) and 0.05 (ST) at N = 256, 0.02 and 0.005 at N = 4096', () => {
    const t = ishigamiIndices();
    const small = errors(ishigami, 3, 256, t), large = errors(ishigami, 3, 4096, t);
    // Measured (max over factors, mean over 3 seeds), N = 256 / 1024 / 4096:
    // S1 0.038 / 0.015 / 0.010, ST 0.039 / 0.005 / 0.0003.
    expect(small.S1).toBeLessThan(0.1);
    expect(small.ST).toBeLessThan(0.05);
    expect(large.S1).toBeLessThan(0.02);
    expect(large.ST).toBeLessThan(0.005);
    expect(large.S1).toBeLessThan(small.S1 / 2);
    expect(large.ST).toBeLessThan(small.ST / 2);
  });

  it('G-function (a = 0, 1, 4.5, 9, 99, 99): the error shrinks with N, within 0.005 (S1 and ST) at N = 4096', () => {
    const a = [0, 1, 4.5, 9, 99, 99], t = gFunctionIndices(a);
    const small = errors(gFunction(a), a.length, 256, t), large = errors(gFunction(a), a.length, 4096, t);
    // Measured, N = 256 / 1024 / 4096: S1 0.080 / 0.006 / 0.0009, ST 0.090 / 0.011 / 0.0013.
    expect(small.S1).toBeLessThan(0.12);
    expect(small.ST).toBeLessThan(0.12);
    expect(large.S1).toBeLessThan(0.005);
    expect(large.ST).toBeLessThan(0.005);
    expect(large.S1).toBeLessThan(small.S1 / 2);
    expect(large.ST).toBeLessThan(small.ST / 2);
  });

  it('bootstrap intervals cover the true Ishigami indices at a reasonable rate and narrow with N', () => {
    const t = ishigamiIndices();
    let covered = 0, total = 0, widthSmall = 0, widthLarge = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const est = sobolIndices(saltelliRows(3, 512, seed).map(ishigami), 3, { bootstrap: 200, seed });
      est.forEach((s, i) => {
        covered += +(s.S1Low <= t.S1[i] && t.S1[i] <= s.S1High) + +(s.STLow <= t.ST[i] && t.ST[i] <= s.STHigh);
        total += 2;
        widthSmall += s.S1High - s.S1Low;
      });
    }
    for (let seed = 1; seed <= 3; seed++) {
      sobolIndices(saltelliRows(3, 2048, seed).map(ishigami), 3, { bootstrap: 200, seed }).forEach((s) => { widthLarge += s.S1High - s.S1Low; });
    }
    expect(covered / total).toBeGreaterThan(0.8); // nominal 0.95
    expect(widthLarge / 3).toBeLessThan((widthSmall / 12) * 0.7); // about 1/2 expected (sqrt(512/2048))
  });

  it('the same seed gives the same intervals; intervals contain the point estimate here', () => {
    const y = saltelliRows(3, 128, 3).map(ishigami);
    const a = sobolIndices(y, 3, { bootstrap: 100, seed: 4 });
    expect(sobolIndices(y, 3, { bootstrap: 100, seed: 4 })).toEqual(a);
    expect(sobolIndices(y, 3, { bootstrap: 100, seed: 5 })).not.toEqual(a);
    for (const s of a) expect(s.S1Low <= s.S1High && s.STLow <= s.STHigh).toBe(true);
  });

  it('adding a constant to the output changes no index (outputs are centred)', () => {
    const y = saltelliRows(3, 256, 2).map(ishigami);
    const a = sobolIndices(y, 3, { bootstrap: 0 }), b = sobolIndices(y.map((v) => v + 8000), 3, { bootstrap: 0 });
    a.forEach((s, i) => { expect(b[i].S1).toBeCloseTo(s.S1, 6); expect(b[i].ST).toBeCloseTo(s.ST, 6); });
  });

  it('fails loudly on a length that is not whole blocks, or a value that is not finite', () => {
    expect(() => sobolIndices([1, 2, 3, 4], 3)).toThrow(/blocks/);
    expect(() => sobolIndices([1, 2, NaN, 4, 5], 3)).toThrow(/not a finite number/);
  });

  it('a constant output has no indices (NaN), not zeros', () => {
    expect(Number.isNaN(sobolIndices(new Array(20).fill(1), 3, { bootstrap: 0 })[0].S1)).toBe(true);
  });
});
