import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { completeGeneration, effectiveSampleSize, isDone, nextBeta, passesStage, planGeneration, priorSample, reflect, reweight, startState, systematicResample, type PriorBox, type SmcSettings, type SmcState } from '../../src/calibrate/smc.js';

/** The whole loop, in-process: what the CLI driver does with a worker pool in between (one stage). */
function runSmc(prior: PriorBox, o: SmcSettings, seed: number, loglik: (theta: number[]) => number): SmcState[] {
  return runStaged(prior, o, seed, [loglik]).states;
}

/**
 * The loop with delayed acceptance over stages ℓ = ℓ_1 + ℓ_2 + …: as a worker does, a stage is
 * evaluated only if the stages before it passed the proposal's gate. Counts the evaluations of each stage.
 */
function runStaged(prior: PriorBox, o: SmcSettings, seed: number, stages: ((theta: number[]) => number)[]): { states: SmcState[]; evaluated: number[] } {
  const evaluated = stages.map(() => 0);
  let s = startState(priorSample(prior, o.particles, seed), priorSample(prior, o.particles, seed).map((p) => stages.map((f, k) => { evaluated[k]++; return f(p); })));
  const states = [s];
  while (!isDone(s, o)) {
    const plan = planGeneration(s, prior, o, seed);
    const ran = new Map<number, (number | undefined)[]>();
    plan.proposals.forEach((p, i) => {
      if (!p) return;
      const l: (number | undefined)[] = stages.map(() => undefined);
      for (let k = 0; k < stages.length; k++) {
        evaluated[k]++;
        l[k] = stages[k](p);
        if (!passesStage(plan.gates[i], k, l[k]!)) break;
      }
      ran.set(i, l);
    });
    s = completeGeneration(s, plan, ran);
    states.push(s);
  }
  return { states, evaluated };
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

/**
 * Delayed acceptance on a toy with a known posterior: two targets, the first reading μ (the mean of
 * n1 draws of N(μ, σ²)), the second μ + τ (n2 draws of N(μ + τ, σ²)), each over S common seeds.
 * Under a flat prior the posterior has μ ~ N(y1 − e1, se1²) and μ + τ ~ N(y2 − e2, se2²)
 * independent, so τ has sd √(se1² + se2²) and corr(μ, τ) = −se1 / sd(τ). Checking the first
 * target alone first must leave that posterior as it is.
 */
const n1 = 25, n2 = 16, se1 = sigma / Math.sqrt(n1), se2 = sigma / Math.sqrt(n2), y1 = 1.3, y2 = 0.5;
function seedMean(tag: string, n: number, mean: number): number {
  let total = 0;
  for (let seed = 1; seed <= S; seed++) {
    const u = seedrandom.alea(`${tag}/${seed}`);
    let sum = 0;
    for (let i = 0; i < n; i++) sum += mean + sigma * Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
    total += sum / n;
  }
  return total / S;
}
const stage1 = (t: number[]) => -0.5 * ((seedMean('first', n1, t[0]) - y1) / se1) ** 2;
const stage2 = (t: number[]) => -0.5 * ((seedMean('second', n2, t[0] + t[1]) - y2) / se2) ** 2;

describe('delayed acceptance on a toy with a known posterior', () => {
  const prior: PriorBox = { min: [-5, -5], max: [5, 5], integer: [false, false] };
  const settings: SmcSettings = { particles: 1000, essFraction: 0.5, finalMoves: 4, maxGenerations: 40 };
  const e1 = seedMean('first', n1, 0), e2 = seedMean('second', n2, 0);
  const moments = (states: SmcState[]) => {
    const last = states[states.length - 1];
    expect(last.beta).toBe(1);
    const mu = last.particles.map((p) => p[0]), tau = last.particles.map((p) => p[1]);
    const mean = (x: number[]) => x.reduce((a, b) => a + b, 0) / x.length;
    const cov = (x: number[], y: number[]) => { const mx = mean(x), my = mean(y); return x.reduce((a, v, i) => a + (v - mx) * (y[i] - my), 0) / (x.length - 1); };
    return { mu: mean(mu), tau: mean(tau), sdMu: Math.sqrt(cov(mu, mu)), sdTau: Math.sqrt(cov(tau, tau)), corr: cov(mu, tau) / Math.sqrt(cov(mu, mu) * cov(tau, tau)) };
  };
  const sdTau = Math.sqrt(se1 ** 2 + se2 ** 2);
  const staged = runStaged(prior, settings, 11, [stage1, stage2]);
  const plain = runStaged(prior, settings, 11, [(t) => stage1(t) + stage2(t)]);

  it('recovers the posterior of both parameters and their correlation when the second target is checked only after the first', () => {
    const m = moments(staged.states);
    expect(Math.abs(m.mu - (y1 - e1))).toBeLessThan(0.25 * se1);
    expect(Math.abs(m.tau - (y2 - e2 - (y1 - e1)))).toBeLessThan(0.25 * sdTau);
    expect(m.sdMu / se1).toBeGreaterThan(0.85); expect(m.sdMu / se1).toBeLessThan(1.15);
    expect(m.sdTau / sdTau).toBeGreaterThan(0.85); expect(m.sdTau / sdTau).toBeLessThan(1.15);
    expect(Math.abs(m.corr - -se1 / sdTau)).toBeLessThan(0.1);
  });

  it('gives the posterior the one-stage sampler gives, and evaluates the second stage for fewer proposals', () => {
    const a = moments(staged.states), b = moments(plain.states);
    expect(Math.abs(a.mu - b.mu)).toBeLessThan(0.25 * se1);
    expect(Math.abs(a.tau - b.tau)).toBeLessThan(0.25 * sdTau);
    expect(Math.abs(a.sdTau / b.sdTau - 1)).toBeLessThan(0.15);
    // Every proposal ran the first stage; the second only where the first passed.
    expect(staged.evaluated[1]).toBeLessThan(0.8 * staged.evaluated[0]);
    // The particles' ℓ is the sum of their stages.
    const last = staged.states.at(-1)!;
    last.loglik.forEach((l, i) => expect(l).toBe(last.stageLoglik[i][0] + last.stageLoglik[i][1]));
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

  it('a stage passes with probability min(1, exp(beta (l - ancestor))); an undefined target never passes, an undefined ancestor always loses', () => {
    fc.assert(fc.property(fc.double({ min: -10, max: 0, noNaN: true }), fc.double({ min: -10, max: 0, noNaN: true }), fc.double({ min: 0.01, max: 1, noNaN: true }), (l, from, beta) => {
      // Over uniforms evenly spread on (0, 1), the share that pass is the acceptance probability.
      const n = 10_000;
      let passed = 0;
      for (let i = 0; i < n; i++) if (passesStage({ beta, ancestor: [from], u: [(i + 0.5) / n] }, 0, l)) passed++;
      expect(Math.abs(passed / n - Math.min(1, Math.exp(beta * (l - from))))).toBeLessThanOrEqual(1 / n);
      expect(passesStage({ beta, ancestor: [from], u: [1e-12] }, 0, -Infinity)).toBe(false);
      expect(passesStage({ beta, ancestor: [-Infinity], u: [0.999] }, 0, l)).toBe(true);
    }), { numRuns: 50 });
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
