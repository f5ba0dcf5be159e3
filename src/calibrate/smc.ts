/**
 * Adaptive sequential Monte Carlo for calibration: the ABC-SMC of Del Moral, Doucet & Jasra
 * (2012) with the targets' tolerances as a Gaussian error model (Wilkinson 2013), so the final
 * sample is a posterior, not a point, and it does not shrink to a point as generations go on.
 *
 *   target of generation t:  π_t(θ) ∝ π(θ) · exp(β_t · ℓ(θ)),   ℓ(θ) = −½ Σ_k w_k ((s_k(θ) − y_k) / σ_k)²
 *
 * with π the uniform prior box, s_k the model's value of target k (mean over the common seeds,
 * so ℓ is a deterministic function of θ: common random numbers), y_k the observed value and σ_k
 * its scale. β rises from 0 (the prior) to 1 (the posterior). Each generation:
 *
 *   1. reweight: choose β' so that the effective sample size of w_i · exp((β' − β) ℓ_i) is
 *      essFraction · N (Del Moral et al. 2012, §3), by bisection; β' = 1 when that is enough;
 *   2. resample N ancestors (systematic resampling), so weights are equal again;
 *   3. move: a Metropolis-Hastings step from each ancestor with a Gaussian random walk whose
 *      covariance is scale · the weighted particle covariance (scale 2.38²/d, Roberts, Gelman
 *      & Gilks 1997), reflected at the walls of the prior box: a reflected symmetric walk is
 *      still symmetric, so the flat prior cancels, and no proposal is wasted outside the box
 *      (with 15 parameters, 80-90% of unreflected proposals fell outside);
 *   4. run the proposals (the caller: worker pool, shards) and accept each with probability
 *      min(1, exp(β' (ℓ* − ℓ))); the prior is flat inside the box.
 *
 * Delayed acceptance (Christen & Fox 2005; Banterle, Grazian, Lee & Robert 2019): ℓ is a sum
 * of stages ℓ = ℓ_1 + … + ℓ_K, cheapest first (the targets a plain run gives, then those that
 * need the modes' counterfactual runs), and a proposal is accepted with probability
 * Π_k min(1, exp(β' (ℓ_k* − ℓ_k))), each stage checked with its own uniform and only if the
 * stages before it passed, so a proposal rejected early never pays for the later stages. Each
 * factor satisfies detailed balance for exp(β' ℓ_k) with the symmetric walk, so the product does
 * for π_t: the move leaves the same distribution invariant and the sample targets the same
 * posterior; it only accepts somewhat less often. With one stage it is the step above exactly.
 *
 * Once β = 1, `finalMoves` more generations move the sample at the posterior to let it mix.
 * Pure and seeded: every draw comes from a stream named by the seed and the generation, so the
 * same inputs give the same sample in any number of workers, shards or resumptions.
 */
import seedrandom from 'seedrandom';

/** A uniform prior on a box; integer parameters take whole values. */
export interface PriorBox {
  min: number[];
  max: number[];
  integer: boolean[];
}

export interface SmcSettings {
  /** N: particles in every generation, the size of the posterior sample. */
  particles: number;
  /** The ESS kept at each reweighting, as a fraction of N (α of Del Moral et al. 2012). */
  essFraction: number;
  /** Generations that move the sample at β = 1 before stopping. */
  finalMoves: number;
  /** A hard stop: the sample is then tempered (β < 1) and said to be. */
  maxGenerations: number;
}

/** The particle system after a generation: equal weights (every generation resamples). */
export interface SmcState {
  generation: number;
  beta: number;
  particles: number[][];
  /** ℓ of each particle (−Infinity where the model left a target undefined): the sum of its stages. */
  loglik: number[];
  /** Each particle's ℓ_k of each stage of the delayed acceptance. */
  stageLoglik: number[][];
  /** Generations completed with β = 1. */
  movesAtOne: number;
  /** Share of proposals accepted in this generation (1 for generation 0). */
  acceptance: number;
  /** Effective sample size after reweighting, before resampling (N for generation 0). */
  ess: number;
  /** Whether particle i is its proposal of this generation (true) or its ancestor kept (false). */
  moved: boolean[];
}

/** What a generation runs: for particle i, the proposal to evaluate, or null (outside the prior). */
export interface GenerationPlan {
  generation: number;
  beta: number;
  /** Normalised weights after reweighting (they sum to 1). */
  weights: number[];
  ess: number;
  /** ancestors[i]: the particle that proposal i moves from. */
  ancestors: number[];
  proposals: (number[] | null)[];
  /** What decides proposal i at each stage: its ancestor's ℓ_k and the stage's uniform (drawn for every particle). */
  gates: Gate[];
}

/** The acceptance test of one proposal, stage by stage (known before it runs, so a worker stops at the first stage it fails). */
export interface Gate {
  beta: number;
  /** The ancestor's ℓ_k of each stage. */
  ancestor: number[];
  /** One uniform per stage. */
  u: number[];
}

/** Whether a proposal with stage log-likelihood `l` passes that stage of its gate. */
export function passesStage(gate: Gate, stage: number, l: number): boolean {
  if (!(l > -Infinity)) return false;
  const from = gate.ancestor[stage];
  return from === -Infinity || Math.log(gate.u[stage]) < gate.beta * (l - from);
}

const stream = (seed: number, generation: number, purpose: string) => seedrandom.alea(`ipasim/calibrate/${seed}/${generation}/${purpose}`);

/** Generation 0's candidates: N independent draws from the prior box. */
export function priorSample(prior: PriorBox, n: number, seed: number): number[][] {
  const u = stream(seed, 0, 'prior');
  return Array.from({ length: n }, () => prior.min.map((lo, j) => snap(prior, j, lo + u() * (prior.max[j] - lo))));
}

/** Generation 0 as a state: the prior sample with its stages' log-likelihoods, β = 0. */
export function startState(particles: number[][], stageLoglik: number[][]): SmcState {
  return { generation: 0, beta: 0, particles, loglik: stageLoglik.map(total), stageLoglik, movesAtOne: 0, acceptance: 1, ess: particles.length, moved: particles.map(() => true) };
}

/** ℓ from its stages (one stage: ℓ itself). */
export const total = (stages: readonly number[]): number => stages.reduce((a, b) => a + b);

export function isDone(s: SmcState, o: SmcSettings): boolean {
  return (s.beta === 1 && s.movesAtOne >= o.finalMoves) || s.generation >= o.maxGenerations;
}

/** Steps 1-3: the next generation's proposals. Throws when no particle has a finite ℓ. */
export function planGeneration(s: SmcState, prior: PriorBox, o: SmcSettings, seed: number): GenerationPlan {
  const g = s.generation + 1;
  const n = s.particles.length;
  const beta = nextBeta(s.loglik, s.beta, o.essFraction);
  const weights = reweight(s.loglik, beta - s.beta);
  const ancestors = systematicResample(weights, stream(seed, g, 'resample')());
  const step = proposalCholesky(s.particles, weights, prior);
  const z = normals(stream(seed, g, 'propose'));
  const proposals = ancestors.map((a) => {
    const from = s.particles[a];
    const d = from.length;
    const e = Array.from({ length: d }, () => z());
    const theta = from.map((x, j) => {
      let dx = 0;
      for (let k = 0; k <= j; k++) dx += step[j][k] * e[k];
      return snap(prior, j, reflect(x + dx * (prior.max[j] - prior.min[j]), prior.min[j], prior.max[j]));
    });
    return theta.every((x, j) => x >= prior.min[j] && x <= prior.max[j]) ? theta : null;
  });
  // Drawn for every particle, stage by stage, so the stream does not depend on which proposals ran.
  const u = stream(seed, g, 'accept'), stages = s.stageLoglik[0]?.length ?? 1;
  const gates = ancestors.map((a) => ({ beta, ancestor: s.stageLoglik[a], u: Array.from({ length: stages }, () => u()) }));
  return { generation: g, beta, weights, ess: effectiveSampleSize(weights), ancestors, proposals, gates };
}

/**
 * Step 4: accept or keep, given the stage log-likelihoods of every proposal that ran (index →
 * ℓ_k, undefined for the stages after the first it failed: those never ran).
 */
export function completeGeneration(s: SmcState, plan: GenerationPlan, proposalLoglik: ReadonlyMap<number, readonly (number | undefined)[]>): SmcState {
  let tried = 0, accepted = 0;
  const particles: number[][] = [], loglik: number[] = [], stageLoglik: number[][] = [], moved: boolean[] = [];
  plan.ancestors.forEach((a, i) => {
    const proposal = plan.proposals[i];
    let keep = true;
    if (proposal) {
      const l = proposalLoglik.get(i);
      if (l === undefined) throw new Error(`generation ${plan.generation}: no result for candidate ${i}`);
      tried++;
      const gate = plan.gates[i];
      let passed = true;
      for (let k = 0; k < gate.u.length && passed; k++) {
        const lk = l[k];
        if (lk === undefined) throw new Error(`generation ${plan.generation}: candidate ${i} has no stage ${k + 1} though it passed the stages before`);
        passed = passesStage(gate, k, lk);
      }
      if (passed) { keep = false; accepted++; particles.push(proposal); stageLoglik.push(l as number[]); loglik.push(total(l as number[])); }
    }
    if (keep) { particles.push(s.particles[a]); stageLoglik.push(s.stageLoglik[a]); loglik.push(s.loglik[a]); }
    moved.push(!keep);
  });
  return {
    generation: plan.generation, beta: plan.beta, particles, loglik, stageLoglik,
    movesAtOne: s.movesAtOne + (plan.beta === 1 ? 1 : 0),
    acceptance: tried > 0 ? accepted / tried : 0, ess: plan.ess, moved,
  };
}

/** Normalised weights w_i ∝ exp(Δβ ℓ_i), computed stably (shifted by the largest ℓ). */
export function reweight(loglik: readonly number[], dBeta: number): number[] {
  if (dBeta === 0) return loglik.map(() => 1 / loglik.length);
  const top = Math.max(...loglik);
  if (top === -Infinity) throw new Error('every particle left a target undefined (NaN): check the targets against a single run');
  const w = loglik.map((l) => (l === -Infinity ? 0 : Math.exp(dBeta * (l - top))));
  const total = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / total);
}

/** Kish's effective sample size 1 / Σ w_i² of normalised weights. */
export function effectiveSampleSize(weights: readonly number[]): number {
  let s = 0;
  for (const w of weights) s += w * w;
  return 1 / s;
}

/**
 * The largest β' in (β, 1] whose reweighting keeps `fraction` of the current ESS (bisection, 60
 * halvings). The current ESS counts the particles with a finite ℓ: any step drops the others.
 */
export function nextBeta(loglik: readonly number[], beta: number, fraction: number): number {
  if (beta >= 1) return 1;
  const target = fraction * loglik.filter((l) => l > -Infinity).length;
  const ess = (b: number) => effectiveSampleSize(reweight(loglik, b - beta));
  if (ess(1) >= target) return 1;
  let lo = beta, hi = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (ess(mid) >= target) lo = mid; else hi = mid;
  }
  // Always advance, even when one particle dominates at once: the schedule cannot stall.
  return lo > beta ? lo : Math.min(1, Math.max(hi, beta + 1e-12));
}

/** Systematic resampling (Kitagawa 1996): N ancestors from one uniform u in [0, 1). */
export function systematicResample(weights: readonly number[], u: number): number[] {
  const n = weights.length;
  const out: number[] = [];
  let cum = weights[0], i = 0;
  for (let k = 0; k < n; k++) {
    const p = (k + u) / n;
    while (p > cum && i < n - 1) cum += weights[++i];
    out.push(i);
  }
  return out;
}

/**
 * The lower Cholesky factor of scale · weighted covariance, in units of each parameter's
 * prior width (so a narrow and a wide parameter are treated alike). A small ridge keeps it
 * positive definite when particles coincide (integers, a collapsed dimension).
 */
function proposalCholesky(particles: readonly number[][], w: readonly number[], prior: PriorBox): number[][] {
  const d = prior.min.length;
  const unit = particles.map((p) => p.map((x, j) => (x - prior.min[j]) / (prior.max[j] - prior.min[j])));
  const mean = Array.from({ length: d }, (_, j) => unit.reduce((a, p, i) => a + w[i] * p[j], 0));
  const scale = (2.38 * 2.38) / d;
  const cov = Array.from({ length: d }, (_, a) => Array.from({ length: d }, (_, b) => scale * unit.reduce((t, p, i) => t + w[i] * (p[a] - mean[a]) * (p[b] - mean[b]), 0)));
  for (let j = 0; j < d; j++) cov[j][j] += 1e-6 + (prior.integer[j] ? (0.5 / (prior.max[j] - prior.min[j])) ** 2 : 0);
  const L = cov.map(() => new Array<number>(d).fill(0));
  for (let i = 0; i < d; i++) for (let j = 0; j <= i; j++) {
    let s = cov[i][j];
    for (let k = 0; k < j; k++) s -= L[i][k] * L[j][k];
    L[i][j] = i === j ? Math.sqrt(Math.max(s, 1e-12)) : s / L[j][j];
  }
  return L;
}

/** Standard normal draws from a uniform stream (Box-Muller, both values used). */
function normals(u: () => number): () => number {
  let spare: number | undefined;
  return () => {
    if (spare !== undefined) { const s = spare; spare = undefined; return s; }
    const r = Math.sqrt(-2 * Math.log(1 - u())), t = 2 * Math.PI * u();
    spare = r * Math.sin(t);
    return r * Math.cos(t);
  };
}

/** x folded back into [lo, hi] by mirroring at the walls (as often as needed). */
export function reflect(x: number, lo: number, hi: number): number {
  const w = hi - lo;
  let y = (x - lo) % (2 * w);
  if (y < 0) y += 2 * w;
  return lo + (y <= w ? y : 2 * w - y);
}

/** Integer parameters take whole values; a real one is left as is. */
function snap(prior: PriorBox, j: number, x: number): number {
  return prior.integer[j] ? Math.round(x) : x;
}
