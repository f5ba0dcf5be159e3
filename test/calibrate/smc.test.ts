import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { completeGeneration, effectiveSampleSize, isDone, nextBeta, planGeneration, priorSample, reflect, reweight, startState, systematicResample, type PriorBox, type SmcSettings, type SmcState } from '../../src/calibrate/smc.js';

/** The whole loop, in-process: what the CLI driver does with a worker pool in between. */
function runSmc(prior: PriorBox, o: SmcSettings, seed: number, loglik: (theta: number[]) => number): SmcState[] {
  let s = startState(priorSample(prior, o.particles, seed), []);
  s = { ...s, loglik: s.particles.map(loglik) };
  const states = [s];
  while (!isDone(s, o)) {
    const plan = planGeneration(s, prior, o, seed);
    const ran = new Map<number, number>();
    plan.proposals.forEach((p, i) => { if (p) ran.set(i, loglik(p)); });
    s = completeGeneration(s, plan, ran, seed);
    states.push(s);
  }
  return states;
}

/**
 * The toy: n observations y ~ N(μ, σ²); the model's statistic is their mean, from a seeded
 * generator, averaged over S common seeds (every candidate runs the same seeds). With the
 * target's scale = σ/√n the posterior is N(ȳ − ē, σ²/n), where ē is the seeds' own mean noise.
 */
const n = 25, sigma = 2, S = 20, ybar = 1.3, se = sigma / Math.sqrt(n);
function toyStatistic(mu: number): number {
  let total = 0;
  for (let seed = 1; seed <= S; seed++) {
    const u = seedrandom.alea(`toy/${seed}`);
    let sum = 0;
    for (let i = 0; i < n; i++) sum += mu + sigma * Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
    total += sum / n;
  }
  return total / S;
}
const toyLoglik = (theta: number[]) => -0.5 * ((toyStatistic(theta[0]) - ybar) / se) ** 2;

describe('adaptive SMC on a stochastic toy model with a known posterior', () => {
  const prior: PriorBox = { min: [-5], max: [5], integer: [false] };
  const settings: SmcSettings = { particles: 1000, essFraction: 0.5, finalMoves: 4, maxGenerations: 40 };

  it('recovers the normal mean posterior N(ybar - e, sigma^2/n) within a tenth of its sd', () => {
    const e = toyStatistic(0); // the common seeds' mean noise
    const states = runSmc(prior, settings, 7, toyLoglik);
    const last = states[states.length - 1];
    expect(last.beta).toBe(1);
    const xs = last.particles.map((p) => p[0]);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
    expect(Math.abs(mean - (ybar - e))).toBeLessThan(0.25 * se);
    expect(sd / se).toBeGreaterThan(0.85);
    expect(sd / se).toBeLessThan(1.15);
    // β rises monotonically from the prior to the posterior.
    for (let g = 1; g < states.length; g++) expect(states[g].beta).toBeGreaterThanOrEqual(states[g - 1].beta);
  });

  it('gives the same sample for the same seed, and another for another seed', () => {
    const small = { ...settings, particles: 50, maxGenerations: 6 };
    const a = runSmc(prior, small, 3, toyLoglik).at(-1)!, b = runSmc(prior, small, 3, toyLoglik).at(-1)!, c = runSmc(prior, small, 4, toyLoglik).at(-1)!;
    expect(b.particles).toEqual(a.particles);
    expect(c.particles).not.toEqual(a.particles);
  });

  it('stops at maxGenerations with a tempered sample (beta < 1) when the budget is too small', () => {
    const states = runSmc(prior, { ...settings, particles: 40, maxGenerations: 1 }, 1, (t) => -0.5 * ((t[0] - 1) / 0.001) ** 2);
    expect(states).toHaveLength(2);
    expect(states[1].beta).toBeLessThan(1);
  });

  it('keeps integer parameters whole and every particle inside the prior box', () => {
    const box: PriorBox = { min: [0, 10], max: [1, 40], integer: [false, true] };
    const last = runSmc(box, { particles: 60, essFraction: 0.5, finalMoves: 2, maxGenerations: 10 }, 2, (t) => -0.5 * ((t[1] - 25) / 3) ** 2 - 0.5 * ((t[0] - 0.3) / 0.1) ** 2).at(-1)!;
    for (const p of last.particles) {
      expect(Number.isInteger(p[1])).toBe(true);
      expect(p[0]).toBeGreaterThanOrEqual(0); expect(p[0]).toBeLessThanOrEqual(1);
      expect(p[1]).toBeGreaterThanOrEqual(10); expect(p[1]).toBeLessThanOrEqual(40);
    }
  });
});

describe('SMC building blocks', () => {
  const logliks = fc.array(fc.oneof(fc.double({ min: -1e4, max: 0, noNaN: true }), fc.constant(-Infinity)), { minLength: 1, maxLength: 200 }).filter((l) => l.some((x) => x > -Infinity));

  it('reweighted weights are non-negative and sum to 1; an undefined target gets weight 0', () => {
    fc.assert(fc.property(logliks, fc.double({ min: 0, max: 1, noNaN: true }), (l, d) => {
      const w = reweight(l, d);
      expect(Math.abs(w.reduce((a, b) => a + b, 0) - 1)).toBeLessThan(1e-9);
      w.forEach((x, i) => { expect(x).toBeGreaterThanOrEqual(0); if (d > 0 && l[i] === -Infinity) expect(x).toBe(0); });
    }));
  });

  it('the next temperature keeps half the ESS of the finite particles, and never stalls', () => {
    fc.assert(fc.property(logliks, fc.double({ min: 0, max: 0.99, noNaN: true }), (l, beta) => {
      const target = 0.5 * l.filter((x) => x > -Infinity).length;
      const next = nextBeta(l, beta, 0.5);
      expect(next).toBeGreaterThan(beta);
      expect(next).toBeLessThanOrEqual(1);
      expect(effectiveSampleSize(reweight(l, next - beta))).toBeGreaterThanOrEqual(target * (1 - 1e-9));
      // And it is the largest such step (up to the bisection's resolution).
      if (next < 1) expect(effectiveSampleSize(reweight(l, Math.min(1, next + 1e-6) - beta))).toBeLessThan(target * 1.001);
    }));
  });

  it('systematic resampling gives each particle floor or ceiling of N times its weight', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: 1, maxLength: 100 }), fc.double({ min: 0, max: 0.999, noNaN: true }), (raw, u) => {
      const total = raw.reduce((a, b) => a + b, 0);
      const w = raw.map((x) => x / total);
      const anc = systematicResample(w, u);
      expect(anc).toHaveLength(w.length);
      const count = new Array(w.length).fill(0);
      for (const a of anc) count[a]++;
      count.forEach((c, i) => { expect(c).toBeGreaterThanOrEqual(Math.floor(w.length * w[i] - 1e-9) - 1); expect(c).toBeLessThanOrEqual(Math.ceil(w.length * w[i] + 1e-9) + 1); });
    }));
  });
});

describe('reflection at the prior walls', () => {
  it('folds any value into the box, leaves inside values alone, and is symmetric', () => {
    expect(reflect(0.3, 0, 1)).toBeCloseTo(0.3);
    expect(reflect(-0.2, 0, 1)).toBeCloseTo(0.2);
    expect(reflect(1.25, 0, 1)).toBeCloseTo(0.75);
    expect(reflect(2.25, 0, 1)).toBeCloseTo(0.25);
    fc.assert(fc.property(fc.double({ min: -100, max: 100, noNaN: true }), (x) => {
      const y = reflect(x, 2, 5);
      expect(y).toBeGreaterThanOrEqual(2); expect(y).toBeLessThanOrEqual(5);
    }));
  });
});
